// Disengagement: a live match with no contact is noticed on the organisation's
// thresholds (default 14 days, then 7 more): the mentor is nudged once per quiet
// spell, then the coordinators are alerted once, with the history in the app.
// A paused match never triggers, a resume or a session starts the count afresh,
// and a missed contact is not contact. The sweep runs on a fake clock here.
import { addDays, londonDate, londonMidnight } from "@kinship/api/calendar-dates";
import { sweepDisengagement } from "@kinship/api/mentoring/disengagement/sweep-disengagement";
import { runReminderSweeps } from "@kinship/api/reminders/scheduling/run-reminder-sweeps";
import { type Database, schema } from "@kinship/db";
import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, type TestAppHandle, testApp } from "../support/app";
import { createOrganisation, defaultPassword } from "../support/factories";
import {
  createMatch,
  createMentorRequest,
  createSupportSession,
  signedInMentor,
  signedInPerson,
} from "../support/mentoring-factories";

let t: TestAppHandle;
let home: string;
type Person = Awaited<ReturnType<typeof signedInPerson>>;
let coordinator: Person;
let admin: Person;

const base = londonDate(new Date());
const day = (offset: number) => addDays(base, offset);
/** Midday in London on the day `offset` days from today: the fake clock for a sweep. */
const middayOn = (offset: number) => new Date(londonMidnight(day(offset)) + 12 * 3_600_000);

async function optInToEmailReminders(db: Database, personId: string) {
  await db
    .insert(schema.consents)
    .values({ personId, purpose: "reminders_by_email", isGranted: true, wordingVersion: 1, recordedAt: new Date() });
}

async function liveMatch(overrides: Partial<typeof schema.mentoringMatches.$inferInsert> = {}) {
  const mentor = await signedInMentor(t, home);
  const mentee = await signedInPerson(t, [{ organisationId: home, role: "member" }]);
  await optInToEmailReminders(t.db, mentor.id);
  const request = await createMentorRequest(t.db, mentee.id, home);
  const match = await createMatch(t.db, request, mentor.profile, { startedOn: day(-40), ...overrides });
  return { mentor, mentee, match };
}

const signalsOf = (matchId: string) =>
  t.db
    .select()
    .from(schema.disengagementSignals)
    .where(eq(schema.disengagementSignals.matchId, matchId))
    .orderBy(schema.disengagementSignals.createdAt);
const remindersAbout = (matchId: string) =>
  t.db
    .select()
    .from(schema.reminderMessages)
    .where(like(schema.reminderMessages.dedupeKey, `disengagement:${matchId}:%`));
const noticesAbout = (matchId: string) =>
  t.db
    .select()
    .from(schema.notifications)
    .where(eq(schema.notifications.link, `/mentoring/matches/${matchId}/sessions`));

beforeAll(async () => {
  t = await testApp();
  home = (await createOrganisation(t.db, { name: "Quiet Spells" })).id;
  coordinator = await signedInPerson(t, [{ organisationId: home, role: "coordinator" }], { withSecondFactor: true });
  admin = await signedInPerson(t, [{ organisationId: home, role: "admin" }], { withSecondFactor: true });
  await optInToEmailReminders(t.db, coordinator.id);
});
afterAll(() => t.close());

describe("the disengagement sweep", () => {
  it("nudges the mentor on day 14, alerts coordinators 7 days later, each once per spell", async () => {
    const { mentor, match } = await liveMatch();
    await createSupportSession(t.db, match, { heldOn: day(0) });

    await sweepDisengagement({ db: t.db, now: middayOn(13) });
    expect(await signalsOf(match.id)).toEqual([]);

    await sweepDisengagement({ db: t.db, now: middayOn(14) });
    await sweepDisengagement({ db: t.db, now: new Date(middayOn(14).getTime() + 3_600_000) });
    const nudged = await signalsOf(match.id);
    expect(nudged).toEqual([expect.objectContaining({ kind: "nudge", quietSinceOn: day(0), daysQuiet: 14 })]);
    const mentorNotices = await noticesAbout(match.id);
    expect(mentorNotices).toEqual([expect.objectContaining({ personId: mentor.id, kind: "contact_nudge" })]);
    const nudgeReminders = await remindersAbout(match.id);
    expect(nudgeReminders).toEqual([
      expect.objectContaining({ personId: mentor.id, kind: "mentor_nudge", channel: "email", status: "pending" }),
    ]);
    // Discreet by default: the mentee's first name and the days, nothing about what the service is.
    expect(nudgeReminders[0]!.text).toMatch(/^It's been 14 days since you last caught up with /);

    await sweepDisengagement({ db: t.db, now: middayOn(20) });
    expect((await signalsOf(match.id)).map((s) => s.kind)).toEqual(["nudge"]);

    await sweepDisengagement({ db: t.db, now: middayOn(21) });
    await sweepDisengagement({ db: t.db, now: middayOn(22) });
    expect((await signalsOf(match.id)).map((s) => [s.kind, s.daysQuiet])).toEqual([
      ["nudge", 14],
      ["alert", 21],
    ]);
    const alerts = (await noticesAbout(match.id)).filter((n) => n.kind === "disengagement_alert");
    expect(alerts.map((n) => n.personId).sort()).toEqual([coordinator.id, admin.id].sort());
    expect(alerts[0]!.message).toMatch(/for 21 days\. .* was nudged on /);
    const alertReminders = (await remindersAbout(match.id)).filter((r) => r.kind === "coordinator_alert");
    // Only the coordinator opted in to reminders; the text names nothing and no one.
    expect(alertReminders).toEqual([expect.objectContaining({ personId: coordinator.id })]);
    expect(alertReminders[0]!.text).toBe("Something needs your attention. Sign in to see it.");
  });

  it("starts a new spell after a session, and nudges again only when that one reaches the threshold", async () => {
    const { match } = await liveMatch();
    await createSupportSession(t.db, match, { heldOn: day(0) });
    await sweepDisengagement({ db: t.db, now: middayOn(14) });
    await createSupportSession(t.db, match, { heldOn: day(16) });
    await sweepDisengagement({ db: t.db, now: middayOn(21) });
    await sweepDisengagement({ db: t.db, now: middayOn(29) });
    expect((await signalsOf(match.id)).map((s) => [s.kind, s.quietSinceOn])).toEqual([["nudge", day(0)]]);
    await sweepDisengagement({ db: t.db, now: middayOn(30) });
    expect((await signalsOf(match.id)).map((s) => [s.kind, s.quietSinceOn])).toEqual([
      ["nudge", day(0)],
      ["nudge", day(16)],
    ]);
  });

  it("never fires for a paused match, and counts a resumed one from the resume", async () => {
    const { match } = await liveMatch({ status: "paused", startedOn: day(-90) });
    await createSupportSession(t.db, match, { heldOn: day(-80) });
    await sweepDisengagement({ db: t.db, now: middayOn(0) });
    await sweepDisengagement({ db: t.db, now: middayOn(60) });
    expect(await signalsOf(match.id)).toEqual([]);

    await t.db.batch([
      t.db.update(schema.mentoringMatches).set({ status: "active" }).where(eq(schema.mentoringMatches.id, match.id)),
      t.db
        .insert(schema.matchEvents)
        .values({ matchId: match.id, fromStatus: "paused", toStatus: "active", at: middayOn(0) }),
    ]);
    await sweepDisengagement({ db: t.db, now: middayOn(13) });
    expect(await signalsOf(match.id)).toEqual([]);
    await sweepDisengagement({ db: t.db, now: middayOn(14) });
    expect((await signalsOf(match.id)).map((s) => [s.kind, s.quietSinceOn])).toEqual([["nudge", day(0)]]);
  });

  it("does a bounded amount each run; what is left is done next time", async () => {
    const organisation = (await createOrganisation(t.db, { name: "Bounded" })).id;
    const saved = home;
    home = organisation;
    const first = await liveMatch({ startedOn: day(-100) });
    const second = await liveMatch({ startedOn: day(-100) });
    home = saved;
    const before = (await signalsOf(first.match.id)).length + (await signalsOf(second.match.id)).length;
    expect(before).toBe(0);
    const run = await sweepDisengagement({ db: t.db, now: middayOn(-50), limit: 1 });
    expect(run.nudges).toBe(1);
    await sweepDisengagement({ db: t.db, now: middayOn(-50), limit: 1 });
    expect((await signalsOf(first.match.id)).length + (await signalsOf(second.match.id)).length).toBe(2);
  });

  it("runs from the hourly schedule once per hour-slot", async () => {
    const now = middayOn(400);
    const first = await runReminderSweeps({ db: t.db, now, claimedBy: "test-a" });
    const again = await runReminderSweeps({ db: t.db, now: new Date(now.getTime() + 60_000), claimedBy: "test-b" });
    expect(first).toEqual(expect.objectContaining({ nudges: expect.any(Number), alerts: expect.any(Number) }));
    expect(again).toBeNull();
  });
});

describe("thresholds", () => {
  const settings =
    "query($o: ID!) { disengagementSettings(organisationId: $o) { nudgeAfterDays alertAfterDays isDefault } }";
  const update = `mutation($o: ID!, $input: DisengagementSettingsInput!) {
    updateDisengagementSettings(organisationId: $o, input: $input) { nudgeAfterDays alertAfterDays isDefault } }`;

  it("are the organisation's, set by its admins, and the sweep follows them", async () => {
    const organisation = (await createOrganisation(t.db, { name: "Own Thresholds" })).id;
    const orgAdmin = await signedInPerson(t, [{ organisationId: organisation, role: "admin" }], {
      withSecondFactor: true,
    });
    const orgCoordinator = await signedInPerson(t, [{ organisationId: organisation, role: "coordinator" }], {
      withSecondFactor: true,
    });
    expect((await orgCoordinator.client.gql(settings, { o: organisation })).data).toEqual({
      disengagementSettings: { nudgeAfterDays: 14, alertAfterDays: 7, isDefault: true },
    });
    const refused = await orgCoordinator.client.gql(update, {
      o: organisation,
      input: { nudgeAfterDays: 5, alertAfterDays: 2 },
    });
    expect(errorCodes(refused)).toEqual(["FORBIDDEN"]);
    const invalid = await orgAdmin.client.gql(update, {
      o: organisation,
      input: { nudgeAfterDays: 1, alertAfterDays: 2 },
    });
    expect(errorCodes(invalid)).toEqual(["VALIDATION"]);
    const otherAdmin = await orgAdmin.client.gql(update, { o: home, input: { nudgeAfterDays: 5, alertAfterDays: 2 } });
    expect(errorCodes(otherAdmin)).toEqual(["FORBIDDEN"]);
    const saved = await orgAdmin.client.gql(update, {
      o: organisation,
      input: { nudgeAfterDays: 5, alertAfterDays: 2 },
    });
    expect(saved.data).toEqual({
      updateDisengagementSettings: { nudgeAfterDays: 5, alertAfterDays: 2, isDefault: false },
    });

    const saved2 = home;
    home = organisation;
    const { match } = await liveMatch();
    home = saved2;
    await createSupportSession(t.db, match, { heldOn: day(0) });
    await sweepDisengagement({ db: t.db, now: middayOn(4) });
    expect(await signalsOf(match.id)).toEqual([]);
    await sweepDisengagement({ db: t.db, now: middayOn(5) });
    await sweepDisengagement({ db: t.db, now: middayOn(6) });
    expect((await signalsOf(match.id)).map((s) => s.kind)).toEqual(["nudge"]);
    await sweepDisengagement({ db: t.db, now: middayOn(7) });
    expect((await signalsOf(match.id)).map((s) => s.kind)).toEqual(["nudge", "alert"]);
    expect(
      (await noticesAbout(match.id))
        .filter((n) => n.kind === "disengagement_alert")
        .map((n) => n.personId)
        .sort(),
    ).toEqual([orgAdmin.id, orgCoordinator.id].sort());
  });
});

describe("missed contacts and the history", () => {
  const record = `mutation($m: ID!, $input: MissedContactInput!) {
    recordMissedContact(matchId: $m, input: $input) { plannedOn contactMode } }`;
  const history = `query($m: ID!) { matchContactHistory(matchId: $m) {
    quietSinceOn daysQuiet nudgeAfterDays alertAfterDays lastSessions { heldOn contactMode }
    missedContacts { plannedOn contactMode } signals { kind quietSinceOn daysQuiet } } }`;

  it("a missed contact is recorded by the mentor, is not contact, and shows in the history coordinators read", async () => {
    const { mentor, mentee, match } = await liveMatch({ startedOn: day(-30) });
    await createSupportSession(t.db, match, { heldOn: day(-15), contactMode: "phone" });
    const missed = await mentor.client.gql(record, {
      m: match.id,
      input: { plannedOn: day(-1), contactMode: "IN_PERSON" },
    });
    expect(missed.data).toEqual({ recordMissedContact: { plannedOn: day(-1), contactMode: "IN_PERSON" } });
    const future = await mentor.client.gql(record, { m: match.id, input: { plannedOn: day(2), contactMode: "PHONE" } });
    expect(errorCodes(future)).toEqual(["VALIDATION"]);
    const badDate = await mentor.client.gql(record, {
      m: match.id,
      input: { plannedOn: "2026-02-30", contactMode: "PHONE" },
    });
    expect(errorCodes(badDate)).toEqual(["VALIDATION"]);
    const byMentee = await mentee.client.gql(record, {
      m: match.id,
      input: { plannedOn: day(-1), contactMode: "PHONE" },
    });
    expect(errorCodes(byMentee)).toEqual(["FORBIDDEN"]);

    await sweepDisengagement({ db: t.db, now: middayOn(0) });
    expect((await signalsOf(match.id)).map((s) => [s.kind, s.quietSinceOn, s.daysQuiet])).toEqual([
      ["nudge", day(-15), 15],
    ]);

    const read = await coordinator.client.gql(history, { m: match.id });
    expect(read.data).toEqual({
      matchContactHistory: {
        quietSinceOn: day(-15),
        daysQuiet: 15,
        nudgeAfterDays: 14,
        alertAfterDays: 7,
        lastSessions: [{ heldOn: day(-15), contactMode: "PHONE" }],
        missedContacts: [{ plannedOn: day(-1), contactMode: "IN_PERSON" }],
        signals: [{ kind: "NUDGE", quietSinceOn: day(-15), daysQuiet: 15 }],
      },
    });
    const audited = await t.db
      .select()
      .from(schema.accessAudit)
      .where(
        and(eq(schema.accessAudit.viewerPersonId, coordinator.id), eq(schema.accessAudit.subjectPersonId, mentee.id)),
      );
    expect(audited.some((row) => row.via === "Query.matchContactHistory")).toBe(true);
    expect((await mentor.client.gql(history, { m: match.id })).data?.matchContactHistory).toBeTruthy();

    const otherMentor = await signedInMentor(t, home);
    const outsider = await signedInPerson(t, [], {});
    const otherCoordinator = await signedInPerson(
      t,
      [{ organisationId: (await createOrganisation(t.db)).id, role: "coordinator" }],
      { withSecondFactor: true },
    );
    for (const client of [otherMentor.client, mentee.client, outsider.client, otherCoordinator.client]) {
      expect(errorCodes(await client.gql(history, { m: match.id }))).toEqual(["FORBIDDEN"]);
    }
    expect(
      errorCodes(
        await otherMentor.client.gql(record, { m: match.id, input: { plannedOn: day(0), contactMode: "PHONE" } }),
      ),
    ).toEqual(["FORBIDDEN"]);
  });

  it("is in the mentee's data download, and gone when they erase their account", async () => {
    const { mentor, mentee, match } = await liveMatch({ startedOn: day(-30), createdAt: middayOn(-31) });
    const missed = await mentor.client.gql(record, {
      m: match.id,
      input: { plannedOn: day(-2), contactMode: "VIDEO" },
    });
    expect(missed.errors).toBeUndefined();
    await sweepDisengagement({ db: t.db, now: middayOn(0) });
    const response = await t.app.request("http://localhost/api/my-data", {
      headers: { cookie: mentee.client.cookie! },
    });
    const data = (await response.json()) as {
      keepingInTouch: { missedContacts: unknown[]; quietSpellSignals: unknown[] };
    };
    expect(data.keepingInTouch.missedContacts).toEqual([
      expect.objectContaining({ matchId: match.id, plannedOn: day(-2), contactMode: "video" }),
    ]);
    expect(data.keepingInTouch.quietSpellSignals).toEqual([
      expect.objectContaining({ matchId: match.id, kind: "nudge", quietSinceOn: day(-30), daysQuiet: 30 }),
    ]);

    const erased = await mentee.client.gql("mutation($p: String!) { eraseMyAccount(password: $p) }", {
      p: defaultPassword,
    });
    expect(erased.data).toEqual({ eraseMyAccount: true });
    expect(await signalsOf(match.id)).toEqual([]);
    expect(
      await t.db.select().from(schema.missedContacts).where(eq(schema.missedContacts.menteePersonId, mentee.id)),
    ).toEqual([]);
  });
});
