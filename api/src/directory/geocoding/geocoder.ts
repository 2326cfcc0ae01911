// Turning what a person typed ("BL9 0SW", "BL9", "Bury") into a position.
// The offline geocoder works with no network and no keys; a live postcode
// service can be put in front of it (see postcodes-io-geocoder.ts).
import type { Database } from "@kinship/db";
import { gatherings } from "@kinship/db/schema";
import { avg, count, eq, like } from "drizzle-orm";
import { isValid, toNormalised, toOutcode, validOutcode } from "postcode";
import { findPlaceByName } from "./place-names";
import { postTownByArea } from "./postcode-areas";

export type LocatedPrecision = "point" | "postcode" | "outcode" | "town" | "postcode_area";

export interface Located {
  /** What to call the place back to the person: "BL9 0SW", "Bury". */
  label: string;
  latitude: number;
  longitude: number;
  precision: LocatedPrecision;
}

export interface Geocoder {
  locate(query: string): Promise<Located | null>;
}

export type PostcodeQuery =
  | { kind: "postcode"; postcode: string; outcode: string }
  | { kind: "outcode"; outcode: string }
  | { kind: "name"; name: string };

/** Reads a search box: a full postcode, an outward code, or a place name. */
export function readLocationQuery(query: string): PostcodeQuery {
  const trimmed = query.trim();
  const squashed = trimmed.replace(/\s+/g, "").toUpperCase();
  if (isValid(squashed)) {
    const postcode = toNormalised(squashed) as string;
    return { kind: "postcode", postcode, outcode: toOutcode(squashed) as string };
  }
  if (validOutcode(squashed)) return { kind: "outcode", outcode: squashed };
  return { kind: "name", name: trimmed };
}

export function createOfflineGeocoder(db: Database): Geocoder {
  // Our own venues are the best offline knowledge of where an outward code is.
  const venuesIn = async (postcodePattern: string) => {
    const [row] = await db
      .select({ latitude: avg(gatherings.latitude), longitude: avg(gatherings.longitude), venues: count() })
      .from(gatherings)
      .where(like(gatherings.postcode, postcodePattern));
    return row && row.venues > 0 && row.latitude !== null && row.longitude !== null
      ? { latitude: Number(row.latitude), longitude: Number(row.longitude) }
      : null;
  };
  const exactVenue = async (postcode: string) => {
    const [row] = await db
      .select({ latitude: gatherings.latitude, longitude: gatherings.longitude })
      .from(gatherings)
      .where(eq(gatherings.postcode, postcode))
      .limit(1);
    return row?.latitude != null && row.longitude != null ? { latitude: row.latitude, longitude: row.longitude } : null;
  };
  const areaTown = (outcode: string): Located | null => {
    const area = /^[A-Z]{1,2}/.exec(outcode)?.[0] ?? "";
    const town = postTownByArea[area];
    const place = town ? findPlaceByName(town) : undefined;
    return place
      ? { label: outcode, latitude: place.latitude, longitude: place.longitude, precision: "postcode_area" }
      : null;
  };

  return {
    async locate(query) {
      const read = readLocationQuery(query);
      if (read.kind === "name") {
        const place = findPlaceByName(read.name);
        return place
          ? { label: place.name, latitude: place.latitude, longitude: place.longitude, precision: "town" }
          : null;
      }
      if (read.kind === "postcode") {
        const venue = await exactVenue(read.postcode);
        if (venue) return { label: read.postcode, ...venue, precision: "postcode" };
      }
      const nearby = await venuesIn(`${read.outcode} %`);
      if (nearby)
        return { label: read.kind === "postcode" ? read.postcode : read.outcode, ...nearby, precision: "outcode" };
      const fallback = areaTown(read.outcode);
      return fallback && read.kind === "postcode" ? { ...fallback, label: read.postcode } : fallback;
    },
  };
}
