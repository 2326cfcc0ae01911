// One finder result as the list shows it: when next in local time, how far,
// and anything that changed (a moved or skipped date, a stale listing).
import type { MapPoint, ResultView } from "@kinship/web/public/results-list";
import { describeSchedule, longDate } from "../describe-schedule";
import { occurrencesBetween } from "../schedule";
import type { GatheringSearchHit } from "../search-gatherings";
import { attendanceModeLabels, gatheringKindLabels } from "../vocabulary";
import { distanceInWords, isoWithOffset, movedNote, occurrenceStart, staleWarning } from "./page-words";

export const gatheringPath = (id: string) => `/gatherings/${encodeURIComponent(id)}`;

/** A cancelled date before the next one is worth saying: someone may remember the usual day. */
function changeNote(hit: GatheringSearchHit, now: Date): string | null {
  if (hit.next.status === "moved") return movedNote(hit.next);
  const skipped = occurrencesBetween(
    hit.gathering,
    hit.gathering.exceptions,
    now,
    new Date(hit.next.start.epochMilliseconds),
  ).find((occurrence) => occurrence.status === "cancelled");
  return skipped ? `Not on ${longDate(skipped.start)}: that date is cancelled.` : null;
}

export function resultView(hit: GatheringSearchHit, now: Date, staleAfterDays: number): ResultView {
  const { gathering } = hit;
  return {
    id: gathering.id,
    href: gatheringPath(gathering.id),
    name: gathering.name,
    kindLabel: gatheringKindLabels[gathering.kind],
    modeLabel: attendanceModeLabels[gathering.attendanceMode],
    nextText: occurrenceStart(hit.next),
    nextDateTime: isoWithOffset(hit.next.start),
    scheduleText: describeSchedule(gathering),
    distanceText:
      hit.distanceMiles !== null
        ? distanceInWords(hit.distanceMiles)
        : gathering.attendanceMode === "online"
          ? "Online"
          : null,
    town: gathering.attendanceMode === "online" ? null : gathering.town,
    changeNote: changeNote(hit, now),
    staleText: staleWarning(gathering.lastConfirmedAt, now, staleAfterDays),
  };
}

export function mapPoints(hits: GatheringSearchHit[]): MapPoint[] {
  return hits.flatMap(({ gathering, next }) =>
    gathering.attendanceMode !== "online" && gathering.latitude != null && gathering.longitude != null
      ? [
          {
            latitude: gathering.latitude,
            longitude: gathering.longitude,
            name: gathering.name,
            href: gatheringPath(gathering.id),
            nextText: occurrenceStart(next),
          },
        ]
      : [],
  );
}
