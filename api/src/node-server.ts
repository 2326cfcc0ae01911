// Runs the app on Node: the embedded database file (or a remote libSQL URL), the
// API, and the built web app from web/dist, all from one process at one URL.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { getConnInfo } from "@hono/node-server/conninfo";
import { serveStatic } from "@hono/node-server/serve-static";
import { defaultDatabaseUrl, openDatabase } from "@kinship/db";
import { createApp } from "./app";
import { createFieldCipher } from "./crypto/field-cipher";
import { loadEncryptionKeys } from "./crypto/node-keys";
import { runDueImports } from "./directory/imports/run-due-imports";
import { type DirectoryConfig, directorySettings } from "./directory/settings";
import { sweepVettingLapses } from "./mentoring/vetting/sweep-vetting-lapses";
import { configuredChannels, describeChannels } from "./reminders/channels/configured-channels";
import { createSmtpAdapter } from "./reminders/channels/smtp-adapter";
import type { ReminderConfig } from "./reminders/config";
import { reminderSweepsCheckEveryMs, runReminderSweeps } from "./reminders/scheduling/run-reminder-sweeps";
import { remindersEveryMs, runRemindersJob } from "./reminders/scheduling/run-reminders-job";
import { retentionCheckEveryMs, runRetentionJob } from "./retention/run-retention-job";
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
  seedDemo?: boolean;
  directory?: DirectoryConfig;
  /** Reminder providers (Notify, SMTP); with none, development uses the development sink. */
  reminders?: ReminderConfig;
  webDist?: string;
  log?: (message: string) => void;
}

const importIntervalMs = 10 * 60_000;
// The vetting sweep tells each lapse once (notices carry a dedupe key), so hourly is plenty.
const vettingSweepIntervalMs = 60 * 60_000;

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

  const app = createApp({
    getDb: () => db,
    getCipher: async () => cipher,
    getClientAddress: (c) => getConnInfo(c).remote.address ?? "unknown",
    publicOrigin: options.publicOrigin,
    isProduction: options.isProduction,
    directory: options.directory,
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
  // Scheduled directory imports. Each source is claimed in the database before
  // it runs, so several Node processes on one database never run it twice.
  const geocoder = directorySettings(db, options.directory).geocoder;
  const importTimer = setInterval(() => {
    runDueImports(db, geocoder, new Date()).catch((error) => log(`Scheduled import failed: ${String(error)}`));
  }, importIntervalMs);
  importTimer.unref();
  const vettingTimer = setInterval(() => {
    sweepVettingLapses({ db, now: new Date() }).catch((error) => log(`Vetting sweep failed: ${String(error)}`));
  }, vettingSweepIntervalMs);
  vettingTimer.unref();
  // Reminders: each minute-slot is claimed in the database first, and each message
  // under a lease, so several processes on one database never send one twice.
  const reminderChannels = configuredChannels({
    db,
    config: options.reminders ?? {},
    isProduction: options.isProduction ?? false,
    smtp: options.reminders?.smtp ? createSmtpAdapter(options.reminders.smtp) : undefined,
  });
  log(describeChannels(reminderChannels));
  const remindersTimer = setInterval(() => {
    runRemindersJob({
      db,
      adapters: reminderChannels,
      now: () => new Date(),
      origin: options.publicOrigin ?? url,
      log,
    }).catch((error) => log(`Sending reminders failed: ${String(error)}`));
  }, remindersEveryMs);
  remindersTimer.unref();
  // Retention (docs/security.md): each hour is claimed in the database first, so
  // several processes on one database never run it twice.
  const retentionTimer = setInterval(() => {
    runRetentionJob({ db, now: new Date() }).catch((error) => log(`Retention run failed: ${String(error)}`));
  }, retentionCheckEveryMs);
  retentionTimer.unref();
  // Nudges, alerts and reminders caused by time passing: once per hour-slot, claimed the same way.
  const sweepsTimer = setInterval(() => {
    runReminderSweeps({ db, now: new Date() }).catch((error) => log(`Reminder sweeps failed: ${String(error)}`));
  }, reminderSweepsCheckEveryMs);
  sweepsTimer.unref();
  return {
    url,
    db,
    stop: () =>
      new Promise<void>((resolve) => {
        clearInterval(importTimer);
        clearInterval(vettingTimer);
        clearInterval(remindersTimer);
        clearInterval(retentionTimer);
        clearInterval(sweepsTimer);
        server.close(() => {
          close();
          resolve();
        });
      }),
  };
}
