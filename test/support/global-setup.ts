// Builds the template database once per run: migrated and empty. Each test file
// copies it (see database.ts), which is far faster than migrating per test.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { openDatabase } from "@kinship/db";
import { migrateDatabase } from "@kinship/db/migrate";
import type { TestProject } from "vitest/node";
import { abandonedTestDatabaseDirs, testDatabaseDir, testDatabaseRoot } from "./paths";

const webDir = fileURLToPath(new URL("../../web", import.meta.url));

export default async function setup(project: TestProject) {
  // The browser tests load the built web app; build it here, once, before any test file starts.
  if (project.name === "browser" && isWebDistStale()) {
    // NODE_ENV is "test" under vitest, which would give React's slow development build.
    const env = { ...process.env, NODE_ENV: "production" };
    execFileSync("pnpm", ["--filter", "@kinship/web", "build"], { cwd: webDir, stdio: "inherit", env });
  }
  // Projects, and whole runs, go side by side: each gets its own folder, removed when it ends.
  mkdirSync(testDatabaseRoot, { recursive: true });
  for (const abandoned of abandonedTestDatabaseDirs()) rmSync(abandoned, { recursive: true, force: true });
  const dir = testDatabaseDir(project.name);
  const templatePath = `${dir}/template.db`;
  mkdirSync(dir, { recursive: true });
  const { db, close } = await openDatabase({ url: `file:${templatePath}` });
  await migrateDatabase(db);
  // Fold the WAL into the main file so a plain file copy holds everything.
  await db.$client.execute("PRAGMA wal_checkpoint(TRUNCATE)");
  close();
  project.provide("templatePath", templatePath);
  return () => rmSync(dir, { recursive: true, force: true });
}

// Missing, or older than a source file: a stale build would test yesterday's pages.
function isWebDistStale() {
  const built = statSync(`${webDir}/dist/index.html`, { throwIfNoEntry: false });
  if (!built) return true;
  const sources = readdirSync(`${webDir}/src`, { recursive: true, encoding: "utf8" }).map((f) => `${webDir}/src/${f}`);
  return [`${webDir}/index.html`, `${webDir}/vite.config.ts`, ...sources].some(
    (file) => statSync(file).mtimeMs > built.mtimeMs,
  );
}

declare module "vitest" {
  export interface ProvidedContext {
    templatePath: string;
  }
}
