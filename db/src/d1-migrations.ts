// Turns drizzle-kit's migration folders into the flat files `wrangler d1
// migrations apply` reads. drizzle-kit 1.0 writes `migrations/<timestamp>_<name>/
// migration.sql`; wrangler wants `NNNN_name.sql` in one folder and records each
// applied file by name, so the numbering must stay stable: folders are numbered
// in timestamp order, and migrations are only ever appended, never reordered.
// Run: pnpm --filter @kinship/db d1:migrations (wrangler.toml points at the output).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { migrationsFolder } from "./migrate";

// Git-ignored: the files are derived, and the committed folders stay the one source.
export const d1MigrationsFolder = fileURLToPath(new URL("../../.cache/d1-migrations", import.meta.url));

const folderPattern = /^(\d{14})_(.+)$/;

export function writeD1Migrations({ from = migrationsFolder, to = d1MigrationsFolder } = {}) {
  const folders = readdirSync(from, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && folderPattern.test(entry.name))
    .map((entry) => entry.name)
    .sort(); // 14-digit timestamps sort correctly as text
  // Start clean so a migration removed upstream does not linger here.
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  const written = folders.map((folder, index) => {
    const [, , name] = folder.match(folderPattern)!;
    const sql = readFileSync(join(from, folder, "migration.sql"), "utf8");
    // D1 splits statements on `;` itself; the markers are drizzle's own convention.
    const flat = sql.replaceAll("--> statement-breakpoint", "\n").trimEnd();
    const file = `${String(index).padStart(4, "0")}_${name}.sql`;
    writeFileSync(join(to, file), `-- Generated from db/migrations/${folder}/migration.sql; do not edit.\n${flat}\n`);
    return file;
  });
  return { folder: to, files: written };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { folder, files } = writeD1Migrations();
  console.log(`Wrote ${files.length} D1 migrations to ${folder}: ${files.join(", ")}`);
}
