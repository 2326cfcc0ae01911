// A browser and a Node server of the test file's own, on an empty database (no
// demo town unless asked), for browser tests that set up exactly the records
// they need with the factories, or need server settings of their own.
import { generateKeyEntry } from "@kinship/api/crypto/field-cipher";
import { startNodeServer } from "@kinship/api/node-server";
import { launchBrowser } from "./browser";
import { freshDatabase } from "./database";

export type OwnServer = Awaited<ReturnType<typeof startNodeServer>>;

export async function launchBrowserAndOwnServer(options: Partial<Parameters<typeof startNodeServer>[0]> = {}) {
  const database = await freshDatabase();
  database.close();
  const [browser, server] = await Promise.all([
    launchBrowser(),
    startNodeServer({
      port: 0,
      databaseUrl: database.url,
      encryptionKeys: generateKeyEntry("test"),
      seedDemo: false,
      log: () => {},
      ...options,
    }),
  ]);
  return { browser, server };
}
