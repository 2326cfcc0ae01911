// What operators can tune about the directory, and how a listing's freshness is judged.
import type { Database } from "@kinship/db";
import { createOfflineGeocoder, type Geocoder } from "./geocoding/geocoder";
import { createPostcodesIoGeocoder } from "./geocoding/postcodes-io-geocoder";

export interface DirectorySettings {
  geocoder: Geocoder;
  /** Listings not confirmed for this long are marked stale (default six months). */
  staleAfterDays: number;
  map: MapTiles;
}

/** Where the finder's optional map takes its pictures from, and the credit the tile provider requires. */
export interface MapTiles {
  /** A Leaflet tile URL template, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png */
  tileUrl: string;
  /** Plain text shown on the map. */
  attribution: string;
}

export const defaultStaleAfterDays = 183;
export const defaultMapTiles: MapTiles = {
  tileUrl: "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
  attribution: "© OpenStreetMap contributors",
};

export interface DirectoryConfig {
  /** e.g. https://api.postcodes.io; unset means offline lookups only. */
  postcodeServiceUrl?: string | undefined;
  staleAfterDays?: number | undefined;
  /** A tile URL template for the finder's map; the CSP's img-src allows its host. */
  mapTileUrl?: string | undefined;
  mapAttribution?: string | undefined;
}

export function directorySettings(db: Database, config: DirectoryConfig = {}): DirectorySettings {
  const offline = createOfflineGeocoder(db);
  return {
    geocoder: config.postcodeServiceUrl
      ? createPostcodesIoGeocoder({ baseUrl: config.postcodeServiceUrl, fallback: offline })
      : offline,
    staleAfterDays: config.staleAfterDays ?? defaultStaleAfterDays,
    map: {
      tileUrl: config.mapTileUrl ?? defaultMapTiles.tileUrl,
      attribution: config.mapAttribution ?? defaultMapTiles.attribution,
    },
  };
}

/**
 * The CSP img-src source for a tile URL template: its scheme and host, with a
 * subdomain placeholder such as {s}.tile.example.org widened to *.tile.example.org.
 */
export function mapTileImageSource(tileUrl: string): string {
  const match = /^(https?:\/\/)([^/]+)/i.exec(tileUrl);
  if (!match) throw new Error(`The map tile URL must start with https:// or http://, not ${tileUrl}`);
  return `${match[1]}${match[2]?.replace(/\{[a-z]+\}/gi, "*")}`;
}

export function isStale(lastConfirmedAt: Date, now: Date, staleAfterDays: number): boolean {
  return now.getTime() - lastConfirmedAt.getTime() > staleAfterDays * 86_400_000;
}
