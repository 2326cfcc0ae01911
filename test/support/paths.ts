// Where test databases live: under the git-ignored .cache folder, one folder per
// vitest project and run, so two runs side by side (a developer's and a
// helper's) never delete each other's databases.
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const testDatabaseRoot = fileURLToPath(new URL("../../.cache/test-db", import.meta.url));

export const testDatabaseDir = (projectName: string, runId: number = process.pid) =>
  `${testDatabaseRoot}/${projectName || "default"}-${runId}`;

/** Folders left by runs whose process has gone (killed before its teardown). */
export function abandonedTestDatabaseDirs(): string[] {
  const entries = readdirSync(testDatabaseRoot, { withFileTypes: true, encoding: "utf8" });
  return entries
    .filter((entry) => entry.isDirectory())
    .filter((entry) => {
      const runId = Number(entry.name.split("-").at(-1));
      return !Number.isInteger(runId) || !isRunning(runId);
    })
    .map((entry) => `${testDatabaseRoot}/${entry.name}`);
}

function isRunning(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
