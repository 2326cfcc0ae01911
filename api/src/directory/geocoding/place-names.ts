// Town and city names to positions, offline, from the GeoNames extract in
// gb-places.json (CC BY 4.0; rebuilt by scripts/build-gb-places.ts).
import placesFile from "./gb-places.json" with { type: "json" };

export interface NamedPlace {
  name: string;
  latitude: number;
  longitude: number;
}

/** "St. Helens", "st helens" and "Saint Helens" all become "saint helens". */
export function placeKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .replace(/\bst\b/g, "saint")
    .trim();
}

let index: Map<string, NamedPlace> | undefined;

function placesByKey(): Map<string, NamedPlace> {
  if (index) return index;
  index = new Map();
  // Where two places share a name, the bigger one is what people usually mean.
  const rows = [...(placesFile.places as [string, number, number, number][])].sort((a, b) => b[3] - a[3]);
  for (const [name, latitude, longitude] of rows) {
    const key = placeKey(name);
    if (!index.has(key)) index.set(key, { name, latitude, longitude });
  }
  return index;
}

export function findPlaceByName(name: string): NamedPlace | undefined {
  return placesByKey().get(placeKey(name));
}
