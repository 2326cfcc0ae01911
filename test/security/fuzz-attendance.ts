// Mutation fuzz of attendance (see fuzz-values.ts): the signed-in person, a recovery
// champion, opens check-in for a gathering that meets every day at about this time,
// checks in with a real code, and says they are going to its coming dates.
import { addDays, londonDate } from "@kinship/api/calendar-dates";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { expect } from "vitest";
import { createGathering } from "../support/factories";
import { anyBoolean, anyString, type FuzzFeature, realOrRandomId, text } from "./fuzz-values";

const today = londonDate(new Date());
// London's wall clock now, so the daily gathering's check-in is open while the fuzz runs.
const londonClockNow = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
}).format(new Date());
const dailyGathering = "daily gathering";
const anyGathering = fc.oneof(realOrRandomId(dailyGathering), realOrRandomId("home gathering"));
const comingDate = fc.integer({ min: 1, max: 60 }).map((days) => addDays(today, days));
const anyDate = fc.oneof(
  comingDate,
  fc.integer({ min: -30, max: 0 }).map((days) => addDays(today, days)),
  fc.constantFrom("2026-02-30", "2026-12-07", "1900-01-01", "9999-12-31", ""),
  text,
);

export const attendanceFuzz: FuzzFeature = {
  mutations: [
    {
      document: "mutation($g: ID!) { openCheckIn(gatheringId: $g) { code occurrenceOn } }",
      variables: { g: anyGathering },
      valid: fc.constant({ g: dailyGathering }),
    },
    {
      document: "mutation($c: String!) { checkIn(code: $c) { occurrenceOn status } }",
      variables: { c: fc.oneof(fc.constant("today's check-in code"), anyString) },
      valid: fc.constant({ c: "today's check-in code" }),
    },
    {
      document:
        "mutation($g: ID!, $d: String!, $going: Boolean!) { setGoing(gatheringId: $g, occurrenceOn: $d, isGoing: $going) }",
      variables: { g: anyGathering, d: anyDate, going: anyBoolean },
      valid: fc.record({ g: fc.constant(dailyGathering), d: comingDate, going: fc.boolean() }),
    },
  ],
  async setUp({ t, signedIn, organisationId }) {
    const gathering = await createGathering(t.db, organisationId, {
      name: "Daily drop-in",
      startsOn: addDays(today, -7),
      startTime: londonClockNow,
      durationMinutes: 240,
      recurrence: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU",
    });
    const opened = await signedIn.gql<{ openCheckIn: { code: string } }>(
      "mutation($g: ID!) { openCheckIn(gatheringId: $g) { code } }",
      { g: gathering.id },
    );
    return { [dailyGathering]: gathering.id, "today's check-in code": opened.data!.openCheckIn.code };
  },
  async checkDatabase(db, realIds) {
    // Check-ins are attended with a time, goings have a time and are for dates to come.
    const [stray] = await db.all<{ n: number }>(
      sql`select count(*) as n from gathering_attendance where (status = 'attended' and checked_in_at is null)
        or (status = 'going' and (going_at is null or occurrence_on < ${addDays(today, -1)}))
        or occurrence_on not glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`,
    );
    expect(stray?.n).toBe(0);
    const [stored] = await db.all<{ attended: number; codes: number }>(
      sql`select (select count(*) from gathering_attendance where status = 'attended') as attended,
        (select count(*) from check_in_codes where gathering_id = ${realIds.get(dailyGathering)}) as codes`,
    );
    expect(stored?.attended).toBeGreaterThan(0);
    expect(stored?.codes).toBeGreaterThan(1);
  },
};
