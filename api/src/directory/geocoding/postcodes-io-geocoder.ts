// A live postcode lookup against a postcodes.io server (the public one at
// https://api.postcodes.io, or a self-hosted copy), for exact positions of
// every UK postcode. Anything it cannot answer, or any failure, falls back to
// the offline geocoder so the finder never breaks because a service is down.
import { type Geocoder, type Located, readLocationQuery } from "./geocoder";

interface PostcodesIoResult {
  status: number;
  result?: { postcode?: string; outcode?: string; latitude: number | null; longitude: number | null } | null;
}

export function createPostcodesIoGeocoder(options: {
  baseUrl: string;
  fallback: Geocoder;
  fetch?: typeof fetch;
  timeoutMs?: number;
}): Geocoder {
  const { baseUrl, fallback, fetch: fetcher = fetch, timeoutMs = 3000 } = options;
  const lookup = async (path: string, label: string, precision: Located["precision"]) => {
    try {
      const response = await fetcher(new URL(path, baseUrl), { signal: AbortSignal.timeout(timeoutMs) });
      if (!response.ok) return null;
      const body = (await response.json()) as PostcodesIoResult;
      const { latitude, longitude } = body.result ?? {};
      return typeof latitude === "number" && typeof longitude === "number"
        ? ({ label, latitude, longitude, precision } satisfies Located)
        : null;
    } catch {
      return null;
    }
  };
  return {
    async locate(query) {
      const read = readLocationQuery(query);
      const found =
        read.kind === "postcode"
          ? await lookup(`/postcodes/${encodeURIComponent(read.postcode)}`, read.postcode, "postcode")
          : read.kind === "outcode"
            ? await lookup(`/outcodes/${encodeURIComponent(read.outcode)}`, read.outcode, "outcode")
            : null;
      return found ?? fallback.locate(query);
    },
  };
}
