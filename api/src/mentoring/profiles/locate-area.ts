// Where a mentor lives, or where a person wants to meet, as a town or the first
// half of a postcode: enough to judge travelling distance, never a home address.
// A full postcode is cut to its outward code before it is stored or looked up.
import { readLocationQuery } from "../../directory/geocoding/geocoder";
import { validationError } from "../../errors";
import type { Context } from "../../graphql/context";

export interface LocatedArea {
  area: string | null;
  latitude: number | null;
  longitude: number | null;
}

export async function locateArea(ctx: Context, typed: string | null | undefined, field: string): Promise<LocatedArea> {
  const trimmed = typed?.trim() ?? "";
  if (!trimmed) return { area: null, latitude: null, longitude: null };
  const read = readLocationQuery(trimmed);
  const area = read.kind === "postcode" ? read.outcode : trimmed;
  const place = await ctx.directory.geocoder.locate(area);
  if (!place) {
    throw validationError({
      [field]: ["We couldn't find that place. Try a town, or the first half of a postcode like BL9."],
    });
  }
  return { area, latitude: place.latitude, longitude: place.longitude };
}
