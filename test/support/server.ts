// The real Node server (API + built web app) on a free port over a fresh copy of
// the template database, with the demo town seeded, for the browser tests.
import { existsSync } from "node:fs";
import { generateKeyEntry } from "@kinship/api/crypto/field-cipher";
import { defaultWebDist, startNodeServer } from "@kinship/api/node-server";
import { freshDatabase } from "./database";

export async function startTestServer() {
  // Global setup builds web/dist for the browser project; say so if it is missing.
  if (!existsSync(`${defaultWebDist}/index.html`)) {
    throw new Error(`${defaultWebDist}/index.html is missing: run \`pnpm --filter @kinship/web build\`.`);
  }
  const database = await freshDatabase();
  // The server opens its own connection; this one was only needed to make the copy.
  database.close();
  const server = await startNodeServer({
    port: 0,
    databaseUrl: database.url,
    // A throwaway key, rather than a key file written beside the test databases.
    encryptionKeys: generateKeyEntry("test"),
    seedDemo: true,
    log: () => {},
  });
  // databaseUrl lets a test set up data the demo town lacks, through its own connection.
  return { url: server.url, databaseUrl: database.url, stop: server.stop };
}
