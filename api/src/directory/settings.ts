// What operators can tune about the directory, and how a listing's freshness is judged.
import type { Database } from "@kinship/db";
import { createOfflineGeocoder, type Geocoder } from "./geocoding/geocoder";
import { createPostcodesIoGeocoder } from "./geocoding/postcodes-io-geocoder";

export interface DirectorySettings {
  geocoder: Geocoder;
  /** Listings not confirmed for this long are marked stale (default six months). */
  staleAfterDays: number;
}

export const defaultStaleAfterDays = 183;

export interface DirectoryConfig {
  /** e.g. https://api.postcodes.io; unset means offline lookups only. */
  postcodeServiceUrl?: string | undefined;
  staleAfterDays?: number | undefined;
}

export function directorySettings(db: Database, config: DirectoryConfig = {}): DirectorySettings {
  const offline = createOfflineGeocoder(db);
  return {
    geocoder: config.postcodeServiceUrl
      ? createPostcodesIoGeocoder({ baseUrl: config.postcodeServiceUrl, fallback: offline })
      : offline,
    staleAfterDays: config.staleAfterDays ?? defaultStaleAfterDays,
  };
}

export function isStale(lastConfirmedAt: Date, now: Date, staleAfterDays: number): boolean {
  return now.getTime() - lastConfirmedAt.getTime() > staleAfterDays * 86_400_000;
}
