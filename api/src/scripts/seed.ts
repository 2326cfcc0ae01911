// `pnpm db:seed`: migrates the configured database and adds the demo town if it is empty.
import { openDatabase } from "@kinship/db";
import { describeDemoSignIns, prepareDatabase } from "../startup";

const { db, close } = await openDatabase({ url: process.env.DATABASE_URL, authToken: process.env.DATABASE_AUTH_TOKEN });
const { seeded } = await prepareDatabase(db, { seedDemo: true });
console.log(seeded ? describeDemoSignIns() : "The database already has data; nothing was added.");
close();
