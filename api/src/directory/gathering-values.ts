// Checked organiser input → the stored row's values. The one async step is
// placing the venue on the map when the organiser gave only a postcode.
import type { gatherings } from "@kinship/db/schema";
import { validationError } from "../errors";
import type { Context } from "../graphql/context";
import type { GatheringInput } from "./gathering-input";

export type GatheringValues = Omit<
  typeof gatherings.$inferInsert,
  "id" | "organisationId" | "createdAt" | "lastConfirmedAt" | "cancelledAt" | "withdrawnAt"
>;

export async function gatheringValues(ctx: Context, input: GatheringInput): Promise<GatheringValues> {
  const { schedule, place, online } = input;
  const isInPerson = input.attendanceMode !== "online";
  const isOnline = input.attendanceMode !== "in_person";
  let position = place?.latitude != null && place.longitude != null ? place : null;
  if (isInPerson && place && !position) {
    const found = await ctx.directory.geocoder.locate(place.postcode);
    // Only a postcode-level answer is close enough to send someone to a door.
    if (!found || (found.precision !== "postcode" && found.precision !== "outcode")) {
      throw validationError({
        "place.postcode": ["We couldn't place that postcode on the map. Add the latitude and longitude too."],
      });
    }
    position = { ...place, latitude: found.latitude, longitude: found.longitude };
  }
  return {
    name: input.name,
    kind: input.kind,
    description: input.description,
    attendanceMode: input.attendanceMode,
    timezone: schedule.timezone,
    startsOn: schedule.startsOn,
    startTime: schedule.startTime,
    durationMinutes: schedule.durationMinutes,
    recurrence: schedule.recurrence,
    // Parts that do not apply to the mode are cleared, so a leftover link never
    // makes an in-person meeting look online, or the reverse.
    venueName: isInPerson ? (place?.venueName ?? null) : null,
    address: isInPerson ? (place?.address ?? null) : null,
    town: isInPerson ? (place?.town ?? null) : null,
    postcode: isInPerson ? (place?.postcode ?? null) : null,
    latitude: isInPerson ? (position?.latitude ?? null) : null,
    longitude: isInPerson ? (position?.longitude ?? null) : null,
    accessibility: isInPerson ? input.accessibility : [],
    accessibilityNotes: input.accessibilityNotes,
    onlineUrl: isOnline ? (online?.url ?? null) : null,
    onlinePhone: isOnline ? (online?.phone ?? null) : null,
    onlineNotes: isOnline ? (online?.notes ?? null) : null,
    tags: input.tags,
    contactEmail: input.contactEmail ?? null,
    contactPhone: input.contactPhone,
    website: input.website,
  };
}
