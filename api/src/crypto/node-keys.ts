// Where the Node server gets its encryption keys: ENCRYPTION_KEYS in production;
// in development, a key file created beside the database on first start, so the
// quick start needs no setup and data stays readable across restarts.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { generateKeyEntry } from "./field-cipher";

export function loadEncryptionKeys({
  configured,
  databaseUrl,
  isProduction,
}: {
  configured: string | undefined;
  databaseUrl: string;
  isProduction: boolean;
}): string {
  if (configured) return configured;
  if (isProduction) {
    throw new Error(
      "ENCRYPTION_KEYS is not set. Generate one with `pnpm --filter @kinship/api keys:new` and keep it secret.",
    );
  }
  const folder = databaseUrl.startsWith("file:") ? dirname(databaseUrl.slice("file:".length)) : "data";
  const path = join(folder, "encryption-keys");
  if (!existsSync(path)) {
    mkdirSync(folder, { recursive: true });
    writeFileSync(path, `${generateKeyEntry("dev")}\n`, { mode: 0o600 });
  }
  return readFileSync(path, "utf8").trim();
}
