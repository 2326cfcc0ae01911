// Runs the app on Cloudflare Workers: D1 for the database, Workers static assets
// (web/dist, see wrangler.toml) for the web app. Node's equivalent is node-server.ts.
import type { D1Database, ExecutionContext, Fetcher, ScheduledController } from "@cloudflare/workers-types";
import { type Database, openD1Database } from "@kinship/db";
import type { Context as HonoContext } from "hono";
import { accountMessagesStarter } from "./accounts/messages/account-message-sender";
import { createApp } from "./app";
import { createFieldCipher, type FieldCipher } from "./crypto/field-cipher";
import { directorySettings } from "./directory/settings";
import { trustedDocumentsOnlyFromEnv } from "./graphql/trusted-documents";
import type { ChannelAdapters } from "./reminders/channels/channel-adapter";
import { configuredChannels } from "./reminders/channels/configured-channels";
import { reminderConfigFromEnv } from "./reminders/config";
import { scheduledJobs } from "./scheduled-jobs";

export interface Env {
  DB: D1Database;
  /** The built web app. Cloudflare serves it before the Worker runs, except for
   * the paths in wrangler.toml's `run_worker_first`. */
  ASSETS?: Fetcher;
  /** `id:key,…` (see crypto/field-cipher.ts): a secret, set with `wrangler secret put`. */
  ENCRYPTION_KEYS?: string;
  PUBLIC_ORIGIN?: string;
  ENVIRONMENT?: string;
  /** A postcodes.io server for exact postcode positions; unset means offline lookups only. */
  POSTCODE_SERVICE_URL?: string;
  LISTING_STALE_AFTER_DAYS?: string;
  /** Map tiles for the finder's map, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png, and their credit. */
  MAP_TILE_URL?: string;
  MAP_ATTRIBUTION?: string;
  /** Reminders through GOV.UK Notify (README "Reminders"); the key is a secret. SMTP is Node only. */
  NOTIFY_API_KEY?: string;
  NOTIFY_SMS_TEMPLATE_ID?: string;
  NOTIFY_EMAIL_TEMPLATE_ID?: string;
  NOTIFY_BASE_URL?: string;
  NOTIFY_REQUESTS_PER_SECOND?: string;
  /** Reminders as notifications (web push): `pnpm --filter @kinship/api vapid:new` makes the keys; the private one is a secret. */
  KINSHIP_VAPID_PUBLIC_KEY?: string;
  KINSHIP_VAPID_PRIVATE_KEY?: string;
  KINSHIP_VAPID_SUBJECT?: string;
  /** "true" or "false": run only the web client's own GraphQL documents; unset means on unless development. */
  KINSHIP_TRUSTED_DOCUMENTS_ONLY?: string;
}

// One drizzle instance per binding: building it (relations included) is not free,
// and an isolate serves many requests with the same binding.
const databases = new WeakMap<D1Database, Database>();
function databaseFor(binding: D1Database) {
  let db = databases.get(binding);
  if (!db) {
    db = openD1Database(binding);
    databases.set(binding, db);
  }
  return db;
}

// Unlike Node, a Worker has no disk to keep a development key on, so the keys are
// required everywhere; locally they come from `.dev.vars` or `wrangler dev --var`.
function cipherFor(env: Env): Promise<FieldCipher> {
  if (!env.ENCRYPTION_KEYS) {
    return Promise.reject(
      new Error(
        "ENCRYPTION_KEYS is not set. Generate one with `pnpm --filter @kinship/api keys:new`, then " +
          "`wrangler secret put ENCRYPTION_KEYS` (or put it in .dev.vars for `wrangler dev`).",
      ),
    );
  }
  return createFieldCipher(env.ENCRYPTION_KEYS);
}

const envOf = (c: HonoContext) => c.env as Env;

const directoryConfig = (env: Env) => ({
  postcodeServiceUrl: env.POSTCODE_SERVICE_URL,
  mapTileUrl: env.MAP_TILE_URL,
  mapAttribution: env.MAP_ATTRIBUTION,
  staleAfterDays: env.LISTING_STALE_AFTER_DAYS ? Number(env.LISTING_STALE_AFTER_DAYS) : undefined,
});

function createWorkerApp(env: Env) {
  const isProduction = env.ENVIRONMENT !== "development";
  const cipher = cipherFor(env);
  // Report a bad key list once, when the first request awaits it, not as an
  // unhandled rejection at start-up.
  cipher.catch(() => {});
  return createApp({
    getDb: (c) => databaseFor(envOf(c).DB),
    getCipher: () => cipher,
    // Cloudflare's edge sets this header itself and overwrites any value a client
    // sends, so on Workers it is the real client address (unlike X-Forwarded-For).
    getClientAddress: (c) => c.req.header("cf-connecting-ip") ?? "unknown",
    publicOrigin: env.PUBLIC_ORIGIN,
    isProduction,
    trustedDocumentsOnly: trustedDocumentsOnlyFromEnv(env.KINSHIP_TRUSTED_DOCUMENTS_ONLY, isProduction),
    directory: directoryConfig(env),
    // Account messages (codes) go once the answer is ready; waitUntil keeps the isolate alive for them.
    startAccountMessages: accountMessagesStarter({
      adapters: (c, db) => channelsFor(envOf(c), db),
      defer: (c, work) => c.executionCtx.waitUntil(work),
    }),
    vapidPublicKey: reminderConfigFromEnv(env as unknown as Record<string, string | undefined>).webPush?.publicKey,
  });
}

const everyMinute = "* * * * *";
// Adapters hold each provider's rate limit, so they live as long as the isolate.
let reminderChannels: ChannelAdapters | undefined;
function channelsFor(env: Env, db: Database) {
  reminderChannels ??= configuredChannels({
    db,
    config: reminderConfigFromEnv(env as unknown as Record<string, string | undefined>),
    isProduction: env.ENVIRONMENT !== "development",
  });
  return reminderChannels;
}

// Created on the first request, once per isolate: the configuration comes with
// `env`, which a module Worker only sees inside its handlers.
let app: ReturnType<typeof createWorkerApp> | undefined;

export default {
  fetch(request: Request, env: Env, ctx: ExecutionContext) {
    app ??= createWorkerApp(env);
    return app.fetch(request, env, ctx);
  },
  // Cron Triggers (wrangler.toml): the jobs of every minute (reminders) on the
  // every-minute trigger; every job in scheduled-jobs.ts on the quarter-hourly one.
  async scheduled(controller: ScheduledController, env: Env, ctx: ExecutionContext) {
    const db = databaseFor(env.DB);
    const cipher = await cipherFor(env);
    const jobs = scheduledJobs({
      db,
      cipher,
      directory: directorySettings(db, directoryConfig(env)),
      adapters: channelsFor(env, db),
      // Stop links need the public address; locally, wrangler dev's.
      origin: env.PUBLIC_ORIGIN ?? "http://localhost:8787",
    });
    const now = new Date();
    for (const job of jobs) {
      if (controller.cron === everyMinute && job.everyMinutes !== 1) continue;
      ctx.waitUntil(job.run(now));
    }
  },
};
