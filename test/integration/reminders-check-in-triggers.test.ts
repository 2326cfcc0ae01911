// Check-in reminders from the hourly sweep: one per cycle from 10am London on the
// due day, counted from the last check-in (or joining), only for people who chose
// a channel, bounded per run, and taken back when the person checks in.
import { addDays, londonDate } from "@kinship/api/calendar-dates";
import { runReminderSweeps } from "@kinship/api/reminders/scheduling/run-reminder-sweeps";
import { dueCheckInsQuery, remindDueCheckIns } from "@kinship/api/reminders/triggers/check-in-reminders";
import { newId, schema } from "@kinship/db";
import { builtInDefinition, builtInInstrumentId } from "@kinship/db/journey-defaults";
import type { Role } from "@kinship/db/schema";
import { and, asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestAppHandle, testApp } from "../support/app";
import { createOrganisation, createPerson, defaultPassword } from "../support/factories";
import { createReminderPerson } from "../support/reminder-factories";

async function ok<T>(result: Promise<{ data?: T | null; errors?: unknown[] }>) {
  const { data, errors } = await result;
  expect(errors).toBeUndefined();
  return data!;
}

describe("check-ins falling due (hourly sweep)", () => {
  let c: TestAppHandle;
  let home: string;
  let other: string;
  const at = (iso: string) => new Date(iso);
  const checkInRemindersOf = (personId: string) =>
    c.db
      .select()
      .from(schema.reminderMessages)
      .where(and(eq(schema.reminderMessages.personId, personId), eq(schema.reminderMessages.kind, "check_in_due")))
      .orderBy(asc(schema.reminderMessages.dueAt), asc(schema.reminderMessages.channel));
  const summary = async (personId: string) =>
    (await checkInRemindersOf(personId)).map((m) => [m.dedupeKey, m.channel, m.dueAt.toISOString()]);

  async function member({
    channels = { email: true },
    joinedOn,
    role = "member" as Role,
    organisation = home,
  }: {
    channels?: { sms?: boolean; email?: boolean } | null;
    joinedOn: string;
    role?: Role;
    organisation?: string;
  }) {
    const person = channels
      ? await createReminderPerson(c.db, { sms: false, email: false, ...channels })
      : await createPerson(c.db);
    await c.db.insert(schema.memberships).values({
      id: newId(),
      personId: person.id,
      organisationId: organisation,
      role,
      createdAt: new Date(`${joinedOn}T12:00:00Z`),
    });
    return person.id;
  }
  const checkedIn = (personId: string, takenOn: string) =>
    c.db.insert(schema.recoveryCheckIns).values({
      id: newId(),
      personId,
      instrumentId: builtInInstrumentId,
      takenOn,
      answers: {},
      scorePercent: 50,
      createdAt: new Date(`${takenOn}T12:00:00Z`),
    });

  beforeAll(async () => {
    // A database of its own: nobody from the tests above is due here.
    c = await testApp();
    home = (await createOrganisation(c.db, { name: "Fortnightly" })).id;
    other = (await createOrganisation(c.db, { name: "Default Interval" })).id;
    await c.db.insert(schema.journeySettings).values({
      organisationId: home,
      instrumentId: builtInInstrumentId,
      checkInEveryWeeks: 2,
      updatedAt: new Date("2026-01-01T00:00:00Z"),
    });
  });
  afterAll(() => c.close());

  it("reminds once a cycle after the last check-in, from 10am London on the due day, in summer and winter time", async () => {
    const person = await member({ channels: { sms: true, email: true }, joinedOn: "2026-06-01" });
    await checkedIn(person, "2026-10-12");
    // Due Monday 26 October (GMT). Not before 10am...
    await remindDueCheckIns({ db: c.db, now: at("2026-10-26T09:30:00Z") });
    expect(await summary(person)).toEqual([]);
    // ...then at 10am, once, however many sweeps run.
    await remindDueCheckIns({ db: c.db, now: at("2026-10-26T10:05:00Z") });
    await remindDueCheckIns({ db: c.db, now: at("2026-10-26T11:05:00Z") });
    await remindDueCheckIns({ db: c.db, now: at("2026-10-28T11:05:00Z") });
    expect(await summary(person)).toEqual([
      ["check-in:2026-10-26", "email", "2026-10-26T10:00:00.000Z"],
      ["check-in:2026-10-26", "sms", "2026-10-26T10:00:00.000Z"],
    ]);
    const [reminder] = await checkInRemindersOf(person);
    expect(reminder!.text).toBe("Reminder: it's time for your check-in. It takes about five minutes.");
    expect(reminder!.namedText).toContain("Fortnightly");
    // Still no check-in a cycle later: reminded again, for that cycle.
    await remindDueCheckIns({ db: c.db, now: at("2026-11-09T10:30:00Z") });
    expect((await summary(person)).map(([k]) => k)).toEqual([
      "check-in:2026-10-26",
      "check-in:2026-10-26",
      "check-in:2026-11-09",
      "check-in:2026-11-09",
    ]);
    // A check-in starts the count again.
    await checkedIn(person, "2026-11-10");
    await remindDueCheckIns({ db: c.db, now: at("2026-11-23T10:30:00Z") });
    expect(await summary(person)).toHaveLength(4);
    await remindDueCheckIns({ db: c.db, now: at("2026-11-24T10:30:00Z") });
    expect((await summary(person)).at(-1)).toEqual(["check-in:2026-11-24", "sms", "2026-11-24T10:00:00.000Z"]);
  });

  it("takes back a reminder still waiting (quiet hours, the daily cap) once the person checks in", async () => {
    const person = await createReminderPerson(c.db, { sms: false, email: true });
    await c.db
      .insert(schema.memberships)
      .values({ id: newId(), personId: person.id, organisationId: home, role: "member" });
    await checkedIn(person.id, addDays(londonDate(new Date()), -15));
    await remindDueCheckIns({ db: c.db, now: new Date() });
    expect((await checkInRemindersOf(person.id)).map((m) => m.status)).toEqual(["pending"]);
    const client = c.client();
    await client.signIn(person.email, defaultPassword);
    const input = {
      instrumentId: builtInInstrumentId,
      answers: builtInDefinition.items.map((item) => ({ itemCode: item.code, value: 4 })),
    };
    await ok(
      client.gql("mutation($input: CheckInInput!) { completeCheckIn(input: $input) { checkIn { id } } }", { input }),
    );
    expect((await checkInRemindersOf(person.id)).map((m) => m.status)).toEqual(["cancelled"]);
  });

  it("counts from joining for someone who never checked in; uses the default interval without settings", async () => {
    const joined = await member({ joinedOn: "2026-09-01" });
    const elsewhere = await member({ joinedOn: "2026-09-01", organisation: other });
    // Two weeks after joining: Tuesday 15 September, BST, so 10am London is 09:00 UTC.
    await remindDueCheckIns({ db: c.db, now: at("2026-09-15T09:10:00Z") });
    expect(await summary(joined)).toEqual([["check-in:2026-09-15", "email", "2026-09-15T09:00:00.000Z"]]);
    expect(await summary(elsewhere)).toEqual([]);
    // The built-in instrument's six weeks: 13 October.
    await remindDueCheckIns({ db: c.db, now: at("2026-10-13T09:10:00Z") });
    expect(await summary(elsewhere)).toEqual([["check-in:2026-10-13", "email", "2026-10-13T09:00:00.000Z"]]);
  });

  it("reminds nobody without a channel, and no staff who never checked in", async () => {
    const noChannel = await member({ channels: null, joinedOn: "2026-09-01" });
    const coordinator = await member({ joinedOn: "2026-09-01", role: "coordinator" });
    await remindDueCheckIns({ db: c.db, now: at("2026-09-15T09:10:00Z") });
    expect(await summary(noChannel)).toEqual([]);
    expect(await summary(coordinator)).toEqual([]);
  });

  it("does a bounded amount each run, leaving the rest for the next hour", async () => {
    const people = [
      await member({ joinedOn: "2026-05-01" }),
      await member({ joinedOn: "2026-05-01" }),
      await member({ joinedOn: "2026-05-01" }),
    ];
    const now = at("2026-05-15T09:30:00Z");
    expect(await remindDueCheckIns({ db: c.db, now, limit: 2 })).toEqual({ checkInReminders: 2 });
    expect(await remindDueCheckIns({ db: c.db, now, limit: 2 })).toEqual({ checkInReminders: 1 });
    expect(await remindDueCheckIns({ db: c.db, now, limit: 2 })).toEqual({ checkInReminders: 0 });
    for (const person of people) expect(await summary(person)).toHaveLength(1);
  });

  it("runs from the hourly sweep once per hour, and never twice for one cycle across hours", async () => {
    const person = await member({ joinedOn: "2026-08-03" });
    const first = await runReminderSweeps({ db: c.db, now: at("2026-08-17T09:05:00Z") });
    expect(first).toMatchObject({ checkInReminders: 1 });
    expect(await runReminderSweeps({ db: c.db, now: at("2026-08-17T09:40:00Z") })).toBeNull();
    expect(await runReminderSweeps({ db: c.db, now: at("2026-08-17T10:05:00Z") })).toMatchObject({
      checkInReminders: 0,
    });
    expect(await summary(person)).toEqual([["check-in:2026-08-17", "email", "2026-08-17T09:00:00.000Z"]]);
  });

  it("finds who is due in one pass over the consents index, with index seeks for everything else", async () => {
    const query = dueCheckInsQuery(at("2026-10-26T10:30:00Z"), 500);
    const plan = await c.db.all<{ detail: string }>(sql`explain query plan ${query}`);
    const details = plan.map((row) => row.detail);
    // The one pass: the consents of people who chose a channel, read from the index alone; then
    // the query's own lists of those people and their cycles. Every table is reached by an index seek.
    expect(details.filter((d) => /^SCAN /.test(d))).toEqual([
      "SCAN consents USING COVERING INDEX consents_person_purpose_idx",
      "SCAN opted_in",
      "SCAN cycles",
    ]);
    expect(
      details.some((d) => /SEARCH recovery_check_ins USING (COVERING )?INDEX recovery_check_ins_person_idx/.test(d)),
    ).toBe(true);
    expect(
      details.some((d) => /SEARCH reminder_messages USING (COVERING )?INDEX reminder_messages_dedupe_unique/.test(d)),
    ).toBe(true);
  });
});
