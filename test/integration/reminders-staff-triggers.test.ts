// Reminders for staff and volunteers, on a fake clock over a real database: a
// mentor's vetting item running out (30 and 7 days before), a listing about to go
// stale (14 days before and on the day, to its organisers), and the 09:00 digest
// of volunteering hours waiting for approval. Each fires at its threshold and not
// before, once however often the sweep runs, stops when the cause is dealt with,
// reaches only people who chose reminders, and says nothing discreet people
// would not want on a lock screen.
import { addDays, londonDate, londonMidnight } from "@kinship/api/calendar-dates";
import { sweepVettingLapses } from "@kinship/api/mentoring/vetting/sweep-vetting-lapses";
import { bannedWordIn } from "@kinship/api/reminders/banned-words";
import { nextLondonClock } from "@kinship/api/reminders/london-clock";
import { runReminderSweeps } from "@kinship/api/reminders/scheduling/run-reminder-sweeps";
import { sendHoursDigests } from "@kinship/api/reminders/triggers/hours-digest";
import { remindListingOrganisers } from "@kinship/api/reminders/triggers/listing-reminders";
import { type Database, schema } from "@kinship/db";
import type { ReminderKind, Role } from "@kinship/db/schema";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestAppHandle, testApp } from "../support/app";
import { createGathering, createOrganisation } from "../support/factories";
import { signedInMentor, signedInPerson } from "../support/mentoring-factories";

let t: TestAppHandle;
const base = londonDate(new Date());
const day = (offset: number) => addDays(base, offset);
/** The London wall clock on the day `offset` days from today: the fake clock for a sweep. */
const at = (offset: number, clock: string) => nextLondonClock(new Date(londonMidnight(day(offset))), clock);

async function optInToEmailReminders(db: Database, personId: string) {
  await db
    .insert(schema.consents)
    .values({ personId, purpose: "reminders_by_email", isGranted: true, wordingVersion: 1, recordedAt: new Date() });
}

/** A signed-in person with one role; by default they chose reminders by email. */
async function staff(organisationId: string, role: Role, { reminders = true } = {}) {
  const person = await signedInPerson(t, [{ organisationId, role }], {
    withSecondFactor: role === "coordinator" || role === "admin",
  });
  if (reminders) await optInToEmailReminders(t.db, person.id);
  return person;
}

const remindersOf = (kind: ReminderKind, personIds: string[]) =>
  t.db
    .select()
    .from(schema.reminderMessages)
    .where(and(eq(schema.reminderMessages.kind, kind), inArray(schema.reminderMessages.personId, personIds)))
    .orderBy(schema.reminderMessages.createdAt);

beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe("vetting running out", () => {
  let organisations = 0;

  async function mentorWithCheckEnding(expiresOn: string, { reminders = true } = {}) {
    const name = `Bury Peer Support ${++organisations}`;
    const organisation = (await createOrganisation(t.db, { name })).id;
    const mentor = await signedInMentor(t, organisation);
    if (reminders) await optInToEmailReminders(t.db, mentor.id);
    await t.db
      .update(schema.vettingRecords)
      .set({ expiresOn })
      .where(
        and(
          eq(schema.vettingRecords.mentorProfileId, mentor.profile.id),
          eq(schema.vettingRecords.kind, "criminal_records_check"),
        ),
      );
    const coordinator = await staff(organisation, "coordinator");
    return { name, mentor, coordinator };
  }

  it("reminds the mentor 30 days and 7 days before, once each, in discreet words", async () => {
    const { name, mentor, coordinator } = await mentorWithCheckEnding(day(40));
    await sweepVettingLapses({ db: t.db, now: at(9, "12:00") });
    expect(await remindersOf("vetting_expiring", [mentor.id])).toEqual([]);

    for (const now of [at(10, "00:30"), at(10, "13:00"), at(20, "12:00"), at(32, "12:00")]) {
      await sweepVettingLapses({ db: t.db, now });
    }
    const first = await remindersOf("vetting_expiring", [mentor.id]);
    expect(first).toEqual([expect.objectContaining({ channel: "email", status: "pending", dueAt: at(10, "00:30") })]);
    expect(first[0]!.dedupeKey).toMatch(/:criminal_records_check:.*:30$/);

    await sweepVettingLapses({ db: t.db, now: at(33, "12:00") });
    await sweepVettingLapses({ db: t.db, now: at(33, "13:00") });
    const both = await remindersOf("vetting_expiring", [mentor.id]);
    expect(both.map((r) => r.dedupeKey.split(":").at(-1))).toEqual(["30", "7"]);
    for (const reminder of both) {
      // Not the check, not the organisation: "something on your volunteer record".
      expect(reminder.text).toMatch(/^Reminder: something on your volunteer record needs renewing by /);
      expect(reminder.text).not.toMatch(/criminal|DBS|Bury|Peer Support/i);
      expect(bannedWordIn(reminder.text)).toBeNull();
    }
    expect(both[0]!.namedText).toContain(`Reminder from ${name}: your criminal records (DBS) check runs out on`);
    // The coordinator is told in the app, as before, but is not sent the mentor's reminder.
    expect(await remindersOf("vetting_expiring", [coordinator.id])).toEqual([]);
    const notices = await t.db
      .select()
      .from(schema.notifications)
      .where(and(eq(schema.notifications.personId, mentor.id), eq(schema.notifications.kind, "vetting_expiring")));
    expect(notices).toHaveLength(1);
  });

  it("stops once the item is renewed", async () => {
    const { mentor, coordinator } = await mentorWithCheckEnding(day(40));
    await sweepVettingLapses({ db: t.db, now: at(10, "12:00") });
    expect(await remindersOf("vetting_expiring", [mentor.id])).toHaveLength(1);
    const renewed = await coordinator.client.gql(
      `mutation($id: ID!, $input: VettingInput!) { recordVetting(mentorProfileId: $id, input: $input) { id } }`,
      {
        id: mentor.profile.id,
        input: { kind: "CRIMINAL_RECORDS_CHECK", outcome: "SATISFACTORY", completedOn: day(0), expiresOn: day(1000) },
      },
    );
    expect(renewed.errors).toBeUndefined();
    await sweepVettingLapses({ db: t.db, now: at(33, "12:00") });
    await sweepVettingLapses({ db: t.db, now: at(39, "12:00") });
    expect(await remindersOf("vetting_expiring", [mentor.id])).toHaveLength(1);
  });

  it("sends nothing to a mentor who has not chosen reminders, who is still told in the app", async () => {
    const { mentor } = await mentorWithCheckEnding(day(20), { reminders: false });
    await sweepVettingLapses({ db: t.db, now: at(14, "12:00") });
    expect(await remindersOf("vetting_expiring", [mentor.id])).toEqual([]);
    const notices = await t.db.select().from(schema.notifications).where(eq(schema.notifications.personId, mentor.id));
    expect(notices.map((n) => n.kind)).toContain("vetting_expiring");
  });
});

describe("listings about to go stale", () => {
  // Confirmed at midday 170 days ago: the default stale period (183 days) ends
  // 13 days from now, so "14 days before" was yesterday.
  const confirmedAt = () => at(-170, "12:00");

  async function organisationWithOrganisers(name: string) {
    const organisation = (await createOrganisation(t.db, { name })).id;
    return {
      organisation,
      champion: await staff(organisation, "recovery_champion"),
      coordinator: await staff(organisation, "coordinator"),
      adminWithoutReminders: await staff(organisation, "admin", { reminders: false }),
      member: await staff(organisation, "member"),
    };
  }

  it("reminds the organisers 14 days before and on the day, once each, naming nothing", async () => {
    const org = await organisationWithOrganisers("Irwell Valley Recovery");
    const other = await staff((await createOrganisation(t.db, { name: "Elsewhere" })).id, "coordinator");
    await createGathering(t.db, org.organisation, { name: "Tuesday SMART Group", lastConfirmedAt: confirmedAt() });
    const everyone = [org.champion, org.coordinator, org.adminWithoutReminders, org.member, other].map((p) => p.id);

    await remindListingOrganisers({ db: t.db, now: at(-2, "12:00") });
    expect(await remindersOf("listing_stale", everyone)).toEqual([]);
    for (const now of [at(-1, "02:00"), at(-1, "15:00"), at(0, "12:00"), at(12, "12:00")]) {
      await remindListingOrganisers({ db: t.db, now });
    }
    const soon = await remindersOf("listing_stale", everyone);
    expect(soon.map((r) => r.personId).sort()).toEqual([org.champion.id, org.coordinator.id].sort());
    // A run in the small hours leaves it for the working day.
    expect(soon[0]!.dueAt).toEqual(at(-1, "09:00"));
    expect(soon[0]!.text).toBe(
      "Reminder: please check that one of your listings is still right. Sign in to confirm it.",
    );
    expect(soon[0]!.namedText).toContain('"Tuesday SMART Group" (Irwell Valley Recovery)');

    await remindListingOrganisers({ db: t.db, now: at(13, "10:00") });
    await remindListingOrganisers({ db: t.db, now: at(13, "11:00") });
    const due = await remindersOf("listing_stale", everyone);
    expect(due).toHaveLength(4);
    expect(new Set(due.map((r) => r.dedupeKey.split(":")[2]))).toEqual(new Set(["soon", "due"]));
  });

  it("counts one organisation's listings reaching the same point in one message", async () => {
    const org = await organisationWithOrganisers("Many Meetings");
    for (const name of ["Monday Walk", "Wednesday Café", "Friday Art"]) {
      await createGathering(t.db, org.organisation, { name, lastConfirmedAt: confirmedAt() });
    }
    await remindListingOrganisers({ db: t.db, now: at(-1, "10:00") });
    const sent = await remindersOf("listing_stale", [org.champion.id]);
    expect(sent.map((r) => r.text)).toEqual([
      "Reminder: please check that 3 of your listings are still right. Sign in to confirm them.",
    ]);
    expect(sent[0]!.namedText).toContain("3 listings for Many Meetings");
  });

  it("stops once the listing is confirmed, and leaves withdrawn, cancelled and finished ones alone", async () => {
    const org = await organisationWithOrganisers("Confirms Quickly");
    const listing = await createGathering(t.db, org.organisation, { lastConfirmedAt: confirmedAt() });
    await createGathering(t.db, org.organisation, { lastConfirmedAt: confirmedAt(), withdrawnAt: at(-5, "12:00") });
    await createGathering(t.db, org.organisation, { lastConfirmedAt: confirmedAt(), cancelledAt: at(-5, "12:00") });
    await createGathering(t.db, org.organisation, {
      lastConfirmedAt: confirmedAt(),
      recurrence: null,
      startsOn: day(-9),
    });
    await createGathering(t.db, org.organisation, {
      lastConfirmedAt: confirmedAt(),
      recurrence: `FREQ=WEEKLY;BYDAY=MO;UNTIL=${day(-3).replaceAll("-", "")}T235959Z`,
    });
    await remindListingOrganisers({ db: t.db, now: at(-1, "10:00") });
    const soon = await remindersOf("listing_stale", [org.champion.id]);
    // Only the live listing counted: the words name one listing, not five.
    expect(soon.map((r) => r.text)).toEqual([
      "Reminder: please check that one of your listings is still right. Sign in to confirm it.",
    ]);
    const confirmed = await org.champion.client.gql(
      "mutation($id: ID!) { changeListingStatus(id: $id, change: CONFIRM) { id isStale } }",
      { id: listing.id },
    );
    expect(confirmed.data).toEqual({ changeListingStatus: { id: listing.id, isStale: false } });
    await remindListingOrganisers({ db: t.db, now: at(13, "10:00") });
    expect(await remindersOf("listing_stale", [org.champion.id])).toHaveLength(1);
  });
});

describe("the hours digest", () => {
  const logHours = `mutation($org: ID!, $input: HoursInput!) { logVolunteeringHours(organisationId: $org, input: $input) { id } }`;
  const decide = "mutation($ids: [ID!]!) { decideHours(ids: $ids, decision: APPROVE) { id } }";

  async function log(person: Awaited<ReturnType<typeof staff>>, organisation: string) {
    const logged = await person.client.gql<{ logVolunteeringHours: { id: string } }>(logHours, {
      org: organisation,
      input: { activity: "CAFE_SHIFT", workedOn: day(-1), minutes: 120 },
    });
    expect(logged.errors).toBeUndefined();
    return logged.data!.logVolunteeringHours.id;
  }

  it("tells each coordinator and admin at 09:00 how many entries wait, once a day, until they are approved", async () => {
    const organisation = (await createOrganisation(t.db, { name: "Irwell Café Volunteers" })).id;
    const coordinator = await staff(organisation, "coordinator");
    const admin = await staff(organisation, "admin");
    const coordinatorWithoutReminders = await staff(organisation, "coordinator", { reminders: false });
    const volunteer = await staff(organisation, "volunteer");
    const otherOrganisation = (await createOrganisation(t.db, { name: "Quiet Organisation" })).id;
    const otherCoordinator = await staff(otherOrganisation, "coordinator");
    const everyone = [coordinator, admin, coordinatorWithoutReminders, volunteer, otherCoordinator].map((p) => p.id);
    const volunteerEntries = [await log(volunteer, organisation), await log(volunteer, organisation)];
    const coordinatorsOwn = await log(coordinator, organisation);

    await sendHoursDigests({ db: t.db, now: at(1, "08:59") });
    expect(await remindersOf("hours_digest", everyone)).toEqual([]);
    for (const now of [at(1, "09:05"), at(1, "10:05"), at(1, "11:05"), at(1, "15:00")]) {
      await sendHoursDigests({ db: t.db, now });
    }
    const first = await remindersOf("hours_digest", everyone);
    // The coordinator's own entry is not theirs to approve, so it is not counted for them.
    expect(first.map((r) => [r.personId, r.text]).sort()).toEqual(
      [
        [coordinator.id, "You have 2 entries waiting for you to check. Sign in to see them."],
        [admin.id, "You have 3 entries waiting for you to check. Sign in to see them."],
      ].sort(),
    );
    expect(first.every((r) => r.dedupeKey === `hours-digest:${organisation}:${day(1)}`)).toBe(true);
    expect(first.map((r) => r.namedText)).toContain(
      "Kinship: 3 entries of volunteering hours waiting for approval at Irwell Café Volunteers.",
    );
    expect(first[0]!.expiresAt).toEqual(at(2, "09:00"));

    expect((await coordinator.client.gql(decide, { ids: volunteerEntries })).errors).toBeUndefined();
    await sendHoursDigests({ db: t.db, now: at(2, "09:05") });
    const second = (await remindersOf("hours_digest", everyone)).slice(first.length);
    expect(second.map((r) => [r.personId, r.text])).toEqual([
      [admin.id, "You have 1 entry waiting for you to check. Sign in to see them."],
    ]);

    expect((await admin.client.gql(decide, { ids: [coordinatorsOwn] })).errors).toBeUndefined();
    await sendHoursDigests({ db: t.db, now: at(3, "09:05") });
    expect(await remindersOf("hours_digest", everyone)).toHaveLength(first.length + second.length);
  });

  it("is written at most `limit` at a time, the rest in the next hour of the morning", async () => {
    const organisation = (await createOrganisation(t.db, { name: "Bounded Digest" })).id;
    const coordinators = [await staff(organisation, "coordinator"), await staff(organisation, "coordinator")];
    await staff(organisation, "coordinator", { reminders: false });
    await log(await staff(organisation, "volunteer"), organisation);
    const ids = coordinators.map((c) => c.id);
    const sent = async () => (await remindersOf("hours_digest", ids)).length;
    const before = await sent();
    // Midday is past the morning's window: hours logged now wait for tomorrow's digest.
    await sendHoursDigests({ db: t.db, now: at(3, "12:00") });
    expect(await sent()).toBe(before);
    await sendHoursDigests({ db: t.db, now: at(4, "09:05"), limit: 1 });
    expect((await sent()) - before).toBe(1);
    await sendHoursDigests({ db: t.db, now: at(4, "10:05"), limit: 1 });
    expect((await sent()) - before).toBe(2);
  });
});

describe("the hourly sweep", () => {
  it("runs every staff trigger once per hour-slot and records what each did", async () => {
    const now = at(30, "09:30");
    const first = await runReminderSweeps({ db: t.db, now, claimedBy: "staff-test-a" });
    const again = await runReminderSweeps({ db: t.db, now: new Date(now.getTime() + 60_000), claimedBy: "b" });
    expect(first).toEqual(
      expect.objectContaining({
        vettingWarnings: expect.any(Number),
        listingReminders: expect.any(Number),
        hoursDigests: expect.any(Number),
      }),
    );
    expect(again).toBeNull();
  });
});
