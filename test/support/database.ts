// A fresh database for one test file: a copy of the migrated template.
import { copyFileSync } from "node:fs";
import { dirname } from "node:path";
import { openDatabase } from "@kinship/db";
import type { Client, InStatement } from "@libsql/client";
import { inject } from "vitest";

let counter = 0;

/** `onStatement` sees every SQL statement sent, batched ones included. */
export async function freshDatabase({ onStatement }: { onStatement?: (sql: string) => void } = {}) {
  const templatePath = inject("templatePath");
  const path = `${dirname(templatePath)}/test-${process.pid}-${++counter}-${Date.now()}.db`;
  copyFileSync(templatePath, path);
  const url = `file:${path}`;
  const { db, close } = await openDatabase({ url });
  if (onStatement) watchStatements(db.$client, onStatement);
  return { db, close, url, path };
}

// drizzle's logger does not see statements sent in a batch, so watch the client.
function watchStatements(client: Client, onStatement: (sql: string) => void) {
  const text = (statement: InStatement) => (typeof statement === "string" ? statement : statement.sql);
  const execute = client.execute.bind(client);
  const batch = client.batch.bind(client);
  client.execute = ((statement: InStatement, ...rest: unknown[]) => {
    onStatement(text(statement));
    return (execute as (...args: unknown[]) => ReturnType<Client["execute"]>)(statement, ...rest);
  }) as Client["execute"];
  client.batch = ((statements: InStatement[], ...rest: unknown[]) => {
    for (const statement of statements) onStatement(text(statement));
    return (batch as (...args: unknown[]) => ReturnType<Client["batch"]>)(statements, ...rest);
  }) as Client["batch"];
}
