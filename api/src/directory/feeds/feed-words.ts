// The plain words feeds carry about a listing, where a field is free text: its
// place on one line, its zone in words, and how to join online.
import type { GatheringRecord } from "../gathering-record";

/** "The Met Arts Centre, Market Street, Bury, BL9 0BW" (empty for online-only listings). */
export function placeLine(gathering: GatheringRecord): string {
  if (gathering.attendanceMode === "online") return "";
  return [gathering.venueName, gathering.address, gathering.town, gathering.postcode]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(", ");
}

/** "UK time" for Europe/London, which is nearly every listing; otherwise the zone's own name. */
export const zoneWords = (timezone: string) => (timezone === "Europe/London" ? "UK time" : `${timezone} time`);

/** How to join online, one line each, or nothing for in-person and called-off listings. */
export function joiningLines(gathering: GatheringRecord): string[] {
  if (gathering.attendanceMode === "in_person" || gathering.cancelledAt) return [];
  return [
    gathering.onlineUrl ? `Join online: ${gathering.onlineUrl}` : "",
    gathering.onlinePhone ? `Join by phone: ${gathering.onlinePhone}` : "",
    gathering.onlineNotes?.trim() ?? "",
  ].filter(Boolean);
}
