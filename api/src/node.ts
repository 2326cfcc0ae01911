// Node entry point: configuration from the environment (see README "Configuration").
import { trustedDocumentsOnlyFromEnv } from "./graphql/trusted-documents";
import { startNodeServer } from "./node-server";
import { reminderConfigFromEnv } from "./reminders/config";

const env = process.env;
const isProduction = env.NODE_ENV === "production";
const { url } = await startNodeServer({
  port: Number(env.PORT ?? 8787),
  hostname: env.HOST ?? "127.0.0.1",
  databaseUrl: env.DATABASE_URL,
  databaseAuthToken: env.DATABASE_AUTH_TOKEN,
  publicOrigin: env.PUBLIC_ORIGIN,
  encryptionKeys: env.ENCRYPTION_KEYS,
  isProduction,
  trustedDocumentsOnly: trustedDocumentsOnlyFromEnv(env.KINSHIP_TRUSTED_DOCUMENTS_ONLY, isProduction),
  seedDemo: env.SEED_DEMO_DATA !== "false",
  directory: {
    postcodeServiceUrl: env.POSTCODE_SERVICE_URL,
    mapTileUrl: env.MAP_TILE_URL,
    mapAttribution: env.MAP_ATTRIBUTION,
    staleAfterDays: env.LISTING_STALE_AFTER_DAYS ? Number(env.LISTING_STALE_AFTER_DAYS) : undefined,
  },
  reminders: reminderConfigFromEnv(env),
});
console.log(`Kinship is running at ${url}`);
