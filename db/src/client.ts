// One database client for the whole app: the embedded libSQL file by default,
// a remote libSQL/Turso database when DATABASE_URL says so, D1 on Workers.
import type { D1Database } from "@cloudflare/workers-types";
import { createClient } from "@libsql/client";
import { drizzle as drizzleD1 } from "drizzle-orm/d1";
import { drizzle, type LibSQLDatabase } from "drizzle-orm/libsql";
import { relations } from "./relations";

export type Relations = typeof relations;
// D1 and libSQL share drizzle's async SQLite API. The app types itself against
// the libSQL flavour and keeps to what both drivers do alike (no reliance on
// driver-specific run results, multi-statement writes through `batch`).
export type Database = LibSQLDatabase<Relations>;

export const defaultDatabaseUrl = "file:data/kinship.db";

export interface DatabaseConfig {
  url?: string;
  authToken?: string;
}

export async function openDatabase({ url = defaultDatabaseUrl, authToken }: DatabaseConfig = {}) {
  // `timeout` is SQLite's busy timeout: a writer waits for the lock instead of
  // surfacing SQLITE_BUSY to a person.
  const client = createClient({ url, authToken, timeout: 5000 });
  if (url.startsWith("file:")) {
    // WAL lets readers run beside the writer; FULL sync makes every acknowledged
    // commit survive a power cut. journal_mode is stored in the file itself.
    await client.execute("PRAGMA journal_mode = WAL");
  }
  const db = drizzle({ client, relations });
  return { db, close: () => client.close() };
}

export function openD1Database(binding: D1Database): Database {
  return drizzleD1(binding, { relations }) as unknown as Database;
}
