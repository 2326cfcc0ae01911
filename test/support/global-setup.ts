// Builds the template database once per run: migrated and empty. Each test file
// copies it (see database.ts), which is far faster than migrating per test.
import { mkdirSync, rmSync } from "node:fs";
import { openDatabase } from "@kinship/db";
import { migrateDatabase } from "@kinship/db/migrate";
import type { TestProject } from "vitest/node";
import { testDatabaseDir } from "./paths";

export default async function setup(project: TestProject) {
  // Projects run side by side and each runs this setup: each gets its own folder.
  const dir = testDatabaseDir(project.name);
  const templatePath = `${dir}/template.db`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { db, close } = await openDatabase({ url: `file:${templatePath}` });
  await migrateDatabase(db);
  // Fold the WAL into the main file so a plain file copy holds everything.
  await db.$client.execute("PRAGMA wal_checkpoint(TRUNCATE)");
  close();
  project.provide("templatePath", templatePath);
}

declare module "vitest" {
  export interface ProvidedContext {
    templatePath: string;
  }
}
