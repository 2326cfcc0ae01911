// A fresh database for one test file: a copy of the migrated template.
import { copyFileSync } from "node:fs";
import { dirname } from "node:path";
import { openDatabase } from "@kinship/db";
import type { Logger } from "drizzle-orm/logger";
import { inject } from "vitest";

let counter = 0;

export async function freshDatabase({ logger }: { logger?: Logger } = {}) {
  const templatePath = inject("templatePath");
  const path = `${dirname(templatePath)}/test-${process.pid}-${++counter}-${Date.now()}.db`;
  copyFileSync(templatePath, path);
  const url = `file:${path}`;
  const { db, close } = await openDatabase({ url, logger });
  return { db, close, url, path };
}
