// Column helpers shared by schema files (not a table, so not exported by index.ts).
import { sql } from "drizzle-orm";
import { text } from "drizzle-orm/sqlite-core";

/** A JSON list column that starts empty. */
export const json = <T>(name: string) => text(name, { mode: "json" }).$type<T>().notNull().default(sql`'[]'`);
