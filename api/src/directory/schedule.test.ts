// Schedules across the clock changes, exceptions, and rules that run out.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeSchedule } from "./describe-schedule";
import { nextOccurrence, occurrencesBetween, type Schedule } from "./schedule";

const weekly: Schedule = {
  timezone: "Europe/London",
  startsOn: "2026-01-05",
  startTime: "19:00",
  durationMinutes: 90,
  recurrence: "FREQ=WEEKLY;BYDAY=MO",
};
// Ended: nothing left within ten years.
const hasEnded = (schedule: Schedule, now: Date) => nextOccurrence(schedule, [], now, 3660) === null;
const local = (o: { start: { toString(): string } }) => o.start.toString();

describe("occurrences", () => {
  it("keeps the local wall-clock time across both clock changes of 2026", () => {
    const spring = occurrencesBetween(weekly, [], new Date("2026-03-20"), new Date("2026-04-01"));
    expect(spring.map(local)).toEqual([
      "2026-03-23T19:00:00+00:00[Europe/London]",
      "2026-03-30T19:00:00+01:00[Europe/London]",
    ]);
    const autumn = occurrencesBetween(weekly, [], new Date("2026-10-20"), new Date("2026-11-01"));
    expect(autumn.map(local)).toEqual(["2026-10-26T19:00:00+00:00[Europe/London]"]);
    expect(autumn[0]?.start.epochMilliseconds).toBe(Date.parse("2026-10-26T19:00:00Z"));
  });

  it("is always at the stated local time and weekday, whatever the window (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 * 365 }),
        fc.constantFrom("00:30", "01:30", "07:15", "19:00", "23:59"),
        fc.constantFrom("Europe/London", "Europe/Dublin", "America/New_York"),
        (offsetDays, startTime, timezone) => {
          const schedule = { ...weekly, startTime, timezone, recurrence: "FREQ=WEEKLY;BYDAY=MO,TH" };
          const from = new Date(Date.UTC(2026, 0, 1) + offsetDays * 86_400_000);
          const found = occurrencesBetween(schedule, [], from, new Date(from.getTime() + 21 * 86_400_000));
          expect(found.length).toBeGreaterThanOrEqual(5);
          for (const o of found) {
            // 01:30 does not exist on spring-forward night; RFC 5545 moves it an hour on.
            if (o.start.toPlainTime().toString().slice(0, 5) !== startTime) {
              expect(o.start.hoursInDay).toBeLessThan(24);
            }
            expect([1, 4]).toContain(o.start.dayOfWeek);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("marks a cancelled date, puts a moved one at its new time, and skips cancelled ones when asked what is next", () => {
    const exceptions = [
      {
        occurrenceOn: "2026-12-21",
        change: "cancelled" as const,
        movedToOn: null,
        movedToTime: null,
        note: "Christmas",
      },
      {
        occurrenceOn: "2026-12-28",
        change: "moved" as const,
        movedToOn: "2026-12-29",
        movedToTime: "18:00",
        note: null,
      },
    ];
    const found = occurrencesBetween(weekly, exceptions, new Date("2026-12-20"), new Date("2027-01-06"));
    expect(found.map((o) => [o.status, o.originalOn, local(o)])).toEqual([
      ["cancelled", "2026-12-21", "2026-12-21T19:00:00+00:00[Europe/London]"],
      ["moved", "2026-12-28", "2026-12-29T18:00:00+00:00[Europe/London]"],
      ["scheduled", "2027-01-04", "2027-01-04T19:00:00+00:00[Europe/London]"],
    ]);
    expect(local(nextOccurrence(weekly, exceptions, new Date("2026-12-20"))!)).toBe(
      "2026-12-29T18:00:00+00:00[Europe/London]",
    );
  });

  it("counts one that has started and not finished as next", () => {
    const during = new Date("2026-11-30T19:45:00Z");
    expect(local(nextOccurrence(weekly, [], during)!)).toBe("2026-11-30T19:00:00+00:00[Europe/London]");
  });

  it("finds the last Friday of the month and knows when a one-off or a bounded series has ended", () => {
    const monthly = { ...weekly, recurrence: "FREQ=MONTHLY;BYDAY=-1FR" };
    expect(local(nextOccurrence(monthly, [], new Date("2027-02-01"))!)).toBe(
      "2027-02-26T19:00:00+00:00[Europe/London]",
    );
    const oneOff = { ...weekly, recurrence: null, startsOn: "2026-12-12", startTime: "11:00" };
    expect(hasEnded(oneOff, new Date("2026-12-01"))).toBe(false);
    expect(hasEnded(oneOff, new Date("2026-12-13"))).toBe(true);
    const bounded = { ...weekly, recurrence: "FREQ=WEEKLY;BYDAY=MO;UNTIL=20261231T235959Z" };
    expect(hasEnded(bounded, new Date("2027-01-01"))).toBe(true);
  });
});

describe("schedules in words", () => {
  it.each([
    ["FREQ=WEEKLY;BYDAY=MO", "Every Monday, 7pm to 8:30pm"],
    ["FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH", "Every other Tuesday and Thursday, 7pm to 8:30pm"],
    ["FREQ=WEEKLY;INTERVAL=3;BYDAY=SA", "Every 3 weeks on Saturday, 7pm to 8:30pm"],
    ["FREQ=MONTHLY;BYDAY=-1FR", "Last Friday of every month, 7pm to 8:30pm"],
    ["FREQ=MONTHLY;BYDAY=1WE,3WE", "First and third Wednesday of every month, 7pm to 8:30pm"],
    [null, "Monday 5 January 2026, 7pm to 8:30pm"],
  ])("%s → %s", (recurrence, words) => {
    expect(describeSchedule({ ...weekly, recurrence })).toBe(words);
  });
});
