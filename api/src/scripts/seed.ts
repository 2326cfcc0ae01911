// `pnpm db:seed`: migrates the configured database and adds the demo town if it is empty.
import { defaultDatabaseUrl, openDatabase } from "@kinship/db";
import { createFieldCipher } from "../crypto/field-cipher";
import { loadEncryptionKeys } from "../crypto/node-keys";
import { describeDemoSignIns, prepareDatabase } from "../startup";

const url = process.env.DATABASE_URL ?? defaultDatabaseUrl;
const { db, close } = await openDatabase({ url, authToken: process.env.DATABASE_AUTH_TOKEN });
// The same keys the server will use, so the demo's sealed notes stay readable.
const cipher = await createFieldCipher(
  loadEncryptionKeys({
    configured: process.env.ENCRYPTION_KEYS,
    databaseUrl: url,
    isProduction: process.env.NODE_ENV === "production",
  }),
);
const { seeded } = await prepareDatabase(db, { seedDemo: true, cipher });
console.log(seeded ? describeDemoSignIns() : "The database already has data; nothing was added.");
close();
