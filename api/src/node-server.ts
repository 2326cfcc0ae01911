// Runs the app on Node: the embedded database file (or a remote libSQL URL), the
// API, and the built web app from web/dist, all from one process at one URL.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { getConnInfo } from "@hono/node-server/conninfo";
import { serveStatic } from "@hono/node-server/serve-static";
import { defaultDatabaseUrl, openDatabase } from "@kinship/db";
import { accountMessagesStarter } from "./accounts/messages/account-message-sender";
import { createApp } from "./app";
import { createFieldCipher } from "./crypto/field-cipher";
import { loadEncryptionKeys } from "./crypto/node-keys";
import { type DirectoryConfig, directorySettings } from "./directory/settings";
import { configuredChannels, describeChannels } from "./reminders/channels/configured-channels";
import { createSmtpAdapter } from "./reminders/channels/smtp-adapter";
import type { ReminderConfig } from "./reminders/config";
import { scheduledJobs } from "./scheduled-jobs";
import { describeDemoSignIns, prepareDatabase } from "./startup";

export interface NodeServerOptions {
  port: number;
  hostname?: string;
  databaseUrl?: string;
  databaseAuthToken?: string;
  publicOrigin?: string;
  /** `id:key,…` (see crypto/field-cipher.ts); in development a key file is made if unset. */
  encryptionKeys?: string;
  isProduction?: boolean;
  /** Run only the web client's own GraphQL documents (graphql/trusted-documents.ts); default: isProduction. */
  trustedDocumentsOnly?: boolean;
  seedDemo?: boolean;
  directory?: DirectoryConfig;
  /** Reminder providers (Notify, SMTP); with none, development uses the development sink. */
  reminders?: ReminderConfig;
  webDist?: string;
  log?: (message: string) => void;
}

export const defaultWebDist = fileURLToPath(new URL("../../web/dist", import.meta.url));

export async function startNodeServer(options: NodeServerOptions) {
  const { port, hostname = "127.0.0.1", databaseUrl = defaultDatabaseUrl, log = console.log } = options;
  if (databaseUrl.startsWith("file:")) mkdirSync(dirname(databaseUrl.slice("file:".length)), { recursive: true });
  const { db, close } = await openDatabase({ url: databaseUrl, authToken: options.databaseAuthToken });
  const cipher = await createFieldCipher(
    loadEncryptionKeys({
      configured: options.encryptionKeys,
      databaseUrl,
      isProduction: options.isProduction ?? false,
    }),
  );
  const { seeded } = await prepareDatabase(db, { seedDemo: options.seedDemo ?? true, cipher });
  if (seeded) log(describeDemoSignIns());

  // Built before the app: account messages (codes) go through the same adapters, straight after each request.
  const adapters = configuredChannels({
    db,
    config: options.reminders ?? {},
    isProduction: options.isProduction ?? false,
    smtp: options.reminders?.smtp ? createSmtpAdapter(options.reminders.smtp) : undefined,
  });
  const app = createApp({
    getDb: () => db,
    getCipher: async () => cipher,
    getClientAddress: (c) => getConnInfo(c).remote.address ?? "unknown",
    publicOrigin: options.publicOrigin,
    isProduction: options.isProduction,
    trustedDocumentsOnly: options.trustedDocumentsOnly ?? options.isProduction ?? false,
    directory: options.directory,
    startAccountMessages: accountMessagesStarter({ adapters: () => adapters, log }),
    vapidPublicKey: options.reminders?.webPush?.publicKey,
  });
  const root = options.webDist ?? defaultWebDist;
  app.use("/*", serveStatic({ root }));
  // The web app routes in the browser: any other page gets its shell.
  app.get("*", serveStatic({ root, path: "index.html" }));

  const server = serve({ fetch: app.fetch, port, hostname });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  const url = `http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${actualPort}`;
  // Scheduled work (scheduled-jobs.ts): one timer that ticks each minute and
  // runs the jobs whose turn it is.
  log(describeChannels(adapters));
  const jobs = scheduledJobs({
    db,
    directory: directorySettings(db, options.directory),
    adapters,
    origin: options.publicOrigin ?? url,
    log,
    cipher,
  });
  let minutesRunning = 0;
  const scheduler = setInterval(() => {
    minutesRunning += 1;
    const now = new Date();
    for (const job of jobs) {
      if (minutesRunning % job.everyMinutes !== 0) continue;
      job.run(now).catch((error) => log(`${job.name} failed: ${String(error)}`));
    }
  }, 60_000);
  scheduler.unref();
  return {
    url,
    db,
    stop: () =>
      new Promise<void>((resolve) => {
        clearInterval(scheduler);
        server.close(() => {
          close();
          resolve();
        });
      }),
  };
}
