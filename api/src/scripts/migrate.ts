// `pnpm db:migrate`: applies the committed migrations to the configured database.
import { openDatabase } from "@kinship/db";
import { migrateDatabase } from "@kinship/db/migrate";

const { db, close } = await openDatabase({ url: process.env.DATABASE_URL, authToken: process.env.DATABASE_AUTH_TOKEN });
await migrateDatabase(db);
console.log("Database is up to date.");
close();
