// Who checked in at the demo town's gatherings over the months: the dates of
// each weekly series (or the one-off's own date) after it began and before today,
// skipping any date that was cancelled or moved.
import { newId } from "../ids";
import type { DemoGathering, JourneyContext, JourneyStory } from "./demo-journey-story";

const weekdayCodes = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

/** The demo directory's gatherings by name, with the dates they did not happen, from the rows the seed inserted. */
export function demoGatheringsByName(
  gatherings: readonly { id: string; name: string; startsOn: string; startTime: string; recurrence?: string | null }[],
  exceptions: readonly { gatheringId: string; occurrenceOn: string }[],
) {
  return new Map<string, DemoGathering>(
    gatherings.map((g) => [
      g.name,
      {
        id: g.id,
        startsOn: g.startsOn,
        startTime: g.startTime,
        recurrence: g.recurrence ?? null,
        exceptionDates: new Set(exceptions.filter((e) => e.gatheringId === g.id).map((e) => e.occurrenceOn)),
      },
    ]),
  );
}

const dayMs = 86_400_000;
const dateOfDay = (epochDay: number) => new Date(epochDay * dayMs).toISOString().slice(0, 10);

/**
 * The dates, oldest first, between `fromDaysAgo` and `toDaysAgo` on which the
 * gathering met. Only weekly series and one-offs are worked out here (the seed
 * cannot use the API's RFC 5545 engine); the demo stories only send people to those.
 */
export function datesMet(gathering: DemoGathering, now: Date, fromDaysAgo: number, toDaysAgo: number) {
  const rule = gathering.recurrence;
  if (rule && (!rule.includes("FREQ=WEEKLY") || /INTERVAL=(?!1;|1$)/.test(rule))) return [];
  const weekdays = (/BYDAY=([A-Z,]+)/.exec(rule ?? "")?.[1]?.split(",") ?? []).map((code) =>
    weekdayCodes.indexOf(code),
  );
  const today = Math.floor(now.getTime() / dayMs);
  const dates = [];
  // Day by day as whole days since 1970 (a Thursday), so the loop makes no Date objects.
  for (let day = today - fromDaysAgo; day <= today - toDaysAgo; day++) {
    if (rule && !weekdays.includes((day + 4) % 7)) continue;
    const date = dateOfDay(day);
    if (rule ? date < gathering.startsOn : date !== gathering.startsOn) continue;
    if (!gathering.exceptionDates.has(date)) dates.push(date);
  }
  return dates;
}

export function attendanceRows(story: JourneyStory, context: JourneyContext) {
  const { now, personId } = context;
  const rows = [];
  const seen = new Set<string>();
  for (const plan of story.attendance) {
    const gathering = context.gatheringNamed(plan.gathering);
    // Never today: today's gathering may not have happened yet.
    const dates = datesMet(gathering, now, plan.fromDaysAgo, Math.max(1, plan.toDaysAgo));
    for (const [i, occurrenceOn] of dates.entries()) {
      if (i % plan.oneIn !== 0 || seen.has(`${gathering.id} ${occurrenceOn}`)) continue;
      seen.add(`${gathering.id} ${occurrenceOn}`);
      rows.push({
        id: newId(),
        gatheringId: gathering.id,
        personId,
        occurrenceOn,
        status: "attended" as const,
        goingAt: null,
        // Checked in a few minutes after the start (times are UK local; near enough for a demo).
        checkedInAt: new Date(Date.parse(`${occurrenceOn}T${gathering.startTime}:00Z`) + 5 * 60_000),
      });
    }
  }
  return rows;
}
