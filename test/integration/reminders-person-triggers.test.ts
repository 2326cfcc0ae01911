// Reminders a person gets because of what they chose: gathering dates they said
// they are going to and goal steps with a due date (check-ins falling due are in
// reminders-check-in-triggers.test.ts). Each is written in the same batch as its
// cause, at the right London time on either side of the October clock change,
// taken back when the cause goes away, only for people who chose a channel,
// and delivered in discreet words unless the person asked for names.
import { runImport } from "@kinship/api/directory/imports/run-import";
import { bannedWordIn } from "@kinship/api/reminders/banned-words";
import { createDevelopmentSink } from "@kinship/api/reminders/channels/development-sink";
import { sendDueReminders } from "@kinship/api/reminders/delivery/send-due-reminders";
import { type Database, newId, schema } from "@kinship/db";
import type { Role } from "@kinship/db/schema";
import { and, asc, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestAppHandle, type TestClient, testApp } from "../support/app";
import { createGathering, createOrganisation, createPerson, defaultPassword } from "../support/factories";
import { addStep, change, complete, goalInput, reopen, setGoal } from "../support/journey-goal-operations";
import { createReminderPerson } from "../support/reminder-factories";

const organisationName = "Hilltop Friends";
const gatheringName = "Monday Recovery Café";
const going = `mutation($id: ID!, $on: String!, $isGoing: Boolean!) { setGoing(gatheringId: $id, occurrenceOn: $on, isGoing: $isGoing) }`;
const changeOccurrence = `mutation($id: ID!, $input: OccurrenceChangeInput!) { changeOccurrence(id: $id, input: $input) { id } }`;
const changeListing = `mutation($id: ID!, $change: ListingStatusChange!) { changeListingStatus(id: $id, change: $change) { id } }`;

// Monday 12 October 2026, 10am in London (British Summer Time): the clocks go back on Sunday 25 October.
let clock = new Date("2026-10-12T09:00:00Z");
let t: TestAppHandle;
let organisationId: string;
let organiser: TestClient;

interface Person {
  id: string;
  email: string;
  client: TestClient;
}

async function signedIn(
  db: Database,
  channels: { sms?: boolean; email?: boolean; mayNameService?: boolean } | null,
  role: Role = "member",
): Promise<Person> {
  const person = channels
    ? await createReminderPerson(db, { sms: false, email: false, ...channels })
    : await createPerson(db);
  await db.insert(schema.memberships).values({ id: newId(), personId: person.id, organisationId, role });
  const client = t.client();
  await client.signIn(person.email, defaultPassword);
  return { id: person.id, email: person.email, client };
}

const remindersOf = (personId: string, keyPrefix = "") =>
  t.db
    .select()
    .from(schema.reminderMessages)
    .where(
      and(eq(schema.reminderMessages.personId, personId), like(schema.reminderMessages.dedupeKey, `${keyPrefix}%`)),
    )
    .orderBy(asc(schema.reminderMessages.dueAt), asc(schema.reminderMessages.channel));

/** What is waiting to be sent, as [key, channel, due (ISO), expires (ISO)]. */
const pendingOf = async (personId: string, keyPrefix = "") =>
  (await remindersOf(personId, keyPrefix))
    .filter((m) => m.status === "pending")
    .map((m) => [m.dedupeKey, m.channel, m.dueAt.toISOString(), m.expiresAt.toISOString()]);

async function ok<T>(result: Promise<{ data?: T | null; errors?: unknown[] }>) {
  const { data, errors } = await result;
  expect(errors).toBeUndefined();
  return data!;
}

beforeAll(async () => {
  t = await testApp({ now: () => clock });
  organisationId = (await createOrganisation(t.db, { name: organisationName })).id;
  const champion = await createPerson(t.db, { memberships: [{ organisationId, role: "recovery_champion" }] });
  organiser = t.client();
  await organiser.signIn(champion.email, defaultPassword);
});
afterAll(() => t.close());

describe("gatherings someone is going to", () => {
  let gatheringId: string;
  const key = (on: string, which: string) => `gathering:${gatheringId}:${on}:${which}`;
  beforeAll(async () => {
    // Every Monday at 7pm (createGathering's default), in the venue "The Met Arts Centre".
    gatheringId = (await createGathering(t.db, organisationId, { name: gatheringName })).id;
  });

  it("reminds at 6pm the evening before and two hours before, on London time either side of the clock change", async () => {
    const person = await signedIn(t.db, { sms: true, email: true });
    await ok(person.client.gql(going, { id: gatheringId, on: "2026-10-19", isGoing: true }));
    await ok(person.client.gql(going, { id: gatheringId, on: "2026-10-26", isGoing: true }));
    expect(await pendingOf(person.id)).toEqual([
      // 19 October, BST: 7pm is 18:00 UTC.
      [key("2026-10-19", "day_before"), "email", "2026-10-18T17:00:00.000Z", "2026-10-19T18:00:00.000Z"],
      [key("2026-10-19", "day_before"), "sms", "2026-10-18T17:00:00.000Z", "2026-10-19T18:00:00.000Z"],
      [key("2026-10-19", "on_the_day"), "email", "2026-10-19T16:00:00.000Z", "2026-10-19T18:00:00.000Z"],
      [key("2026-10-19", "on_the_day"), "sms", "2026-10-19T16:00:00.000Z", "2026-10-19T18:00:00.000Z"],
      // 26 October, GMT since the day before: London time is UTC.
      [key("2026-10-26", "day_before"), "email", "2026-10-25T18:00:00.000Z", "2026-10-26T19:00:00.000Z"],
      [key("2026-10-26", "day_before"), "sms", "2026-10-25T18:00:00.000Z", "2026-10-26T19:00:00.000Z"],
      [key("2026-10-26", "on_the_day"), "email", "2026-10-26T17:00:00.000Z", "2026-10-26T19:00:00.000Z"],
      [key("2026-10-26", "on_the_day"), "sms", "2026-10-26T17:00:00.000Z", "2026-10-26T19:00:00.000Z"],
    ]);
    const [first] = await remindersOf(person.id);
    expect(first).toMatchObject({ kind: "gathering", text: expect.not.stringContaining(gatheringName) });
    expect(first!.namedText).toBe(`Reminder: ${gatheringName} on Monday 19 October at 7pm, The Met Arts Centre.`);
  });

  it("writes nothing for someone who chose no reminder channel", async () => {
    const person = await signedIn(t.db, null);
    await ok(person.client.gql(going, { id: gatheringId, on: "2026-10-19", isGoing: true }));
    expect(await remindersOf(person.id)).toEqual([]);
  });

  it("takes them back when the person is no longer going, and writes them again if they go after all", async () => {
    const person = await signedIn(t.db, { email: true });
    await ok(person.client.gql(going, { id: gatheringId, on: "2026-10-19", isGoing: true }));
    await ok(person.client.gql(going, { id: gatheringId, on: "2026-10-19", isGoing: false }));
    expect(await pendingOf(person.id)).toEqual([]);
    expect((await remindersOf(person.id)).map((m) => m.status)).toEqual(["cancelled", "cancelled"]);
    await ok(person.client.gql(going, { id: gatheringId, on: "2026-10-19", isGoing: true }));
    expect((await pendingOf(person.id)).map(([k]) => k)).toEqual([
      key("2026-10-19", "day_before"),
      key("2026-10-19", "on_the_day"),
    ]);
  });

  it("never reminds before 8am, and skips a reminder whose time has already gone", async () => {
    const early = (
      await createGathering(t.db, organisationId, { recurrence: null, startsOn: "2026-10-14", startTime: "09:00" })
    ).id;
    const person = await signedIn(t.db, { email: true });
    await ok(person.client.gql(going, { id: early, on: "2026-10-14", isGoing: true }));
    expect(await pendingOf(person.id)).toEqual([
      [`gathering:${early}:2026-10-14:day_before`, "email", "2026-10-13T17:00:00.000Z", "2026-10-14T08:00:00.000Z"],
      // Two hours before 9am would be 7am: 8am instead.
      [`gathering:${early}:2026-10-14:on_the_day`, "email", "2026-10-14T07:00:00.000Z", "2026-10-14T08:00:00.000Z"],
    ]);
    const saved = clock;
    clock = new Date("2026-10-18T18:30:00Z"); // 7:30pm the evening before the 19th
    try {
      const late = await signedIn(t.db, { email: true });
      await ok(late.client.gql(going, { id: gatheringId, on: "2026-10-19", isGoing: true }));
      expect((await pendingOf(late.id)).map(([k]) => k)).toEqual([key("2026-10-19", "on_the_day")]);
    } finally {
      clock = saved;
    }
  });

  it("cancels everyone's reminders when the organiser calls a date off, and restores them with it", async () => {
    const [first, second, notGoing] = [
      await signedIn(t.db, { email: true }),
      await signedIn(t.db, { sms: true }),
      await signedIn(t.db, { email: true }),
    ];
    for (const person of [first, second]) {
      await ok(person.client.gql(going, { id: gatheringId, on: "2026-11-02", isGoing: true }));
      await ok(person.client.gql(going, { id: gatheringId, on: "2026-11-09", isGoing: true }));
    }
    await ok(notGoing.client.gql(going, { id: gatheringId, on: "2026-11-09", isGoing: true }));

    await ok(
      organiser.gql(changeOccurrence, { id: gatheringId, input: { occurrenceOn: "2026-11-02", change: "CANCEL" } }),
    );
    for (const person of [first, second]) {
      expect((await pendingOf(person.id)).map(([k]) => k)).toEqual([
        key("2026-11-09", "day_before"),
        key("2026-11-09", "on_the_day"),
      ]);
    }
    expect(await pendingOf(notGoing.id)).toHaveLength(2);

    await ok(
      organiser.gql(changeOccurrence, { id: gatheringId, input: { occurrenceOn: "2026-11-02", change: "RESTORE" } }),
    );
    expect((await pendingOf(first.id, key("2026-11-02", ""))).map(([k, , due]) => [k, due])).toEqual([
      [key("2026-11-02", "day_before"), "2026-11-01T18:00:00.000Z"],
      [key("2026-11-02", "on_the_day"), "2026-11-02T17:00:00.000Z"],
    ]);
  });

  it("moves everyone's reminders with a date the organiser moves", async () => {
    const person = await signedIn(t.db, { email: true });
    await ok(person.client.gql(going, { id: gatheringId, on: "2026-11-16", isGoing: true }));
    const input = { occurrenceOn: "2026-11-16", change: "MOVE", movedToOn: "2026-11-17", movedToTime: "18:30" };
    await ok(organiser.gql(changeOccurrence, { id: gatheringId, input }));
    expect(await pendingOf(person.id)).toEqual([
      [
        `${key("2026-11-16", "day_before")}:2026-11-17T18:30`,
        "email",
        "2026-11-16T18:00:00.000Z",
        "2026-11-17T18:30:00.000Z",
      ],
      [
        `${key("2026-11-16", "on_the_day")}:2026-11-17T18:30`,
        "email",
        "2026-11-17T16:30:00.000Z",
        "2026-11-17T18:30:00.000Z",
      ],
    ]);
    const moved = await remindersOf(person.id);
    expect(moved.filter((m) => m.status === "cancelled").map((m) => m.dedupeKey)).toEqual([
      key("2026-11-16", "day_before"),
      key("2026-11-16", "on_the_day"),
    ]);
    expect(moved.at(-1)!.namedText).toContain("Tuesday 17 November at 6:30pm");
    // A date that does not exist is refused before anything is written.
    const impossible = { ...input, movedToOn: "2026-11-31" };
    const refused = await organiser.gql(changeOccurrence, { id: gatheringId, input: impossible });
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(["VALIDATION"]);
    expect(await remindersOf(person.id)).toEqual(moved);
  });

  it("cancels every date's reminders when the listing is cancelled or withdrawn, and writes them again when reinstated", async () => {
    const listing = (
      await createGathering(t.db, organisationId, { name: "Thursday walk", recurrence: "FREQ=WEEKLY;BYDAY=TH" })
    ).id;
    const person = await signedIn(t.db, { email: true });
    await ok(person.client.gql(going, { id: listing, on: "2026-10-15", isGoing: true }));
    await ok(person.client.gql(going, { id: listing, on: "2026-10-22", isGoing: true }));
    expect(await pendingOf(person.id)).toHaveLength(4);
    for (const off of ["CANCEL", "WITHDRAW"]) {
      await ok(organiser.gql(changeListing, { id: listing, change: off }));
      expect(await pendingOf(person.id)).toEqual([]);
      await ok(organiser.gql(changeListing, { id: listing, change: "REINSTATE" }));
      expect(await pendingOf(person.id)).toHaveLength(4);
    }
  });
});

describe("a listing changed by its organiser or its source", () => {
  it("moves the reminders of everyone going when the organiser changes the start time", async () => {
    const listing = (await createGathering(t.db, organisationId, { name: "Friday group" })).id;
    const person = await signedIn(t.db, { email: true });
    await ok(person.client.gql(going, { id: listing, on: "2026-11-30", isGoing: true }));
    const input = `{ name: "Friday group", kind: RECOVERY_CAFE, description: "", attendanceMode: ONLINE,
      schedule: { repeat: WEEKLY, startsOn: "2026-10-05", startTime: "13:00", durationMinutes: 60, weekdays: [MO] },
      online: { url: "https://meet.example.org/friday" } }`;
    await ok(organiser.gql(`mutation($id: ID!) { updateGathering(id: $id, input: ${input}) { id } }`, { id: listing }));
    // Monday 30 November (GMT) at 1pm now: 6pm the evening before, and 11am on the day.
    expect((await pendingOf(person.id)).map(([, , due]) => due)).toEqual([
      "2026-11-29T18:00:00.000Z",
      "2026-11-30T11:00:00.000Z",
    ]);
  });

  it("cancels the reminders of a meeting that vanished from its import source", async () => {
    const { importSources, gatherings } = schema;
    const sourceId = newId();
    await t.db.insert(importSources).values({
      id: sourceId,
      organisationId,
      name: "Area feed",
      format: "meeting_guide",
      defaultKind: "narcotics_anonymous",
      createdAt: clock,
    });
    const listing = (await createGathering(t.db, organisationId, { name: "Imported meeting" })).id;
    await t.db.update(gatherings).set({ sourceId, sourceRecordId: "gone-1" }).where(eq(gatherings.id, listing));
    const person = await signedIn(t.db, { email: true });
    await ok(person.client.gql(going, { id: listing, on: "2026-11-30", isGoing: true }));
    expect(await pendingOf(person.id)).toHaveLength(2);
    const [source] = await t.db.select().from(importSources).where(eq(importSources.id, sourceId));
    const geocoder = { locate: async () => null };
    const report = await runImport({ db: t.db, source: source!, feed: [], geocoder, now: clock });
    expect(report.withdrawn).toEqual(["Imported meeting"]);
    expect(await pendingOf(person.id)).toEqual([]);
  });
});

describe("goal steps with a due date", () => {
  let person: Person;
  let goalId: string;
  const addDated = async (dueOn: string | null) => {
    const goal = (
      await ok(
        person.client.gql<{ addGoalStep: { steps: { id: string; dueOn: string | null }[] } }>(addStep, {
          goalId,
          title: "Ring the leisure centre",
          dueOn,
        }),
      )
    ).addGoalStep;
    return goal.steps.at(-1)!.id;
  };
  beforeAll(async () => {
    person = await signedIn(t.db, { email: true });
    goalId = (await ok(person.client.gql<{ setGoal: { id: string } }>(setGoal, { input: goalInput() }))).setGoal.id;
  });

  it("reminds at 9am London on the day, in summer time and after the clocks go back, until the end of that day", async () => {
    const summer = await addDated("2026-10-20");
    const winter = await addDated("2026-10-27");
    expect(await pendingOf(person.id, "goal-step:")).toEqual([
      [`goal-step:${summer}:2026-10-20`, "email", "2026-10-20T08:00:00.000Z", "2026-10-20T23:00:00.000Z"],
      [`goal-step:${winter}:2026-10-27`, "email", "2026-10-27T09:00:00.000Z", "2026-10-28T00:00:00.000Z"],
    ]);
    const [reminder] = await remindersOf(person.id, `goal-step:${summer}`);
    expect(reminder).toMatchObject({
      kind: "goal_step_due",
      text: "Reminder: something you planned is due on Tuesday 20 October.",
    });
  });

  it("writes none for a step with no date, or due today after 9am, or for someone without a channel", async () => {
    const before = (await remindersOf(person.id)).length;
    await addDated(null);
    await addDated("2026-10-12"); // today, and it is 10am already
    expect(await remindersOf(person.id)).toHaveLength(before);
    const quiet = await signedIn(t.db, null);
    const quietGoal = (await ok(quiet.client.gql<{ setGoal: { id: string } }>(setGoal, { input: goalInput() }))).setGoal
      .id;
    await ok(quiet.client.gql(addStep, { goalId: quietGoal, title: "Go once", dueOn: "2026-10-20" }));
    expect(await remindersOf(quiet.id)).toEqual([]);
  });

  it("is taken back when the step is done and comes back when it is un-ticked", async () => {
    const step = await addDated("2026-10-21");
    await ok(person.client.gql(complete, { id: step }));
    expect(await pendingOf(person.id, `goal-step:${step}`)).toEqual([]);
    expect((await remindersOf(person.id, `goal-step:${step}`)).map((m) => m.status)).toEqual(["cancelled"]);
    await ok(person.client.gql(reopen, { id: step }));
    expect(await pendingOf(person.id, `goal-step:${step}`)).toHaveLength(1);
  });

  it("stops while the goal is set aside, returns when it is picked up again, and stops when it is achieved", async () => {
    const step = await addDated("2026-10-22");
    await ok(person.client.gql(change("setGoalAside"), { id: goalId }));
    expect(await pendingOf(person.id, "goal-step:")).toEqual([]);
    await ok(person.client.gql(change("resumeGoal"), { id: goalId }));
    expect((await pendingOf(person.id, "goal-step:")).map(([k]) => k)).toContain(`goal-step:${step}:2026-10-22`);
    await ok(person.client.gql(change("achieveGoal"), { id: goalId }));
    expect(await pendingOf(person.id, "goal-step:")).toEqual([]);
  });
});

describe("delivery", () => {
  it("goes through the development sink in discreet words, naming the gathering only for someone who asked", async () => {
    const gatheringId = (
      await createGathering(t.db, organisationId, { name: gatheringName, recurrence: null, startsOn: "2026-10-13" })
    ).id;
    const discreet = await signedIn(t.db, { sms: true, email: true });
    const named = await signedIn(t.db, { email: true, mayNameService: true });
    for (const person of [discreet, named]) {
      await ok(person.client.gql(going, { id: gatheringId, on: "2026-10-13", isGoing: true }));
    }
    const at = new Date("2026-10-12T17:00:00Z"); // 6pm the evening before, BST
    const sink = createDevelopmentSink(t.db, () => at);
    const run = await sendDueReminders({
      db: t.db,
      adapters: { sms: sink, email: sink },
      now: () => at,
      origin: "http://localhost",
      workerId: "person-triggers-test",
    });
    expect(run.sent).toBe(3);
    const outbox = await t.db.select().from(schema.developmentOutbox);
    const to = (personId: string) => outbox.filter((row) => row.personId === personId);
    expect(
      to(discreet.id)
        .map((row) => row.channel)
        .sort(),
    ).toEqual(["email", "sms"]);
    for (const row of to(discreet.id)) {
      // The words before the stop link (a random token, which could spell anything).
      const words = row.body.split("\n")[0]!;
      expect(words).toBe("Reminder: the get-together you said you'd go to is on Tuesday 13 October at 7pm.");
      expect(bannedWordIn(words)).toBeNull();
      expect(row.body).not.toContain(gatheringName);
      expect(row.body).not.toContain(organisationName);
      expect(row.subject ?? "").not.toContain("Kinship");
    }
    expect(to(named.id).map((row) => row.body)).toEqual([
      expect.stringMatching(/^Reminder: Monday Recovery Café on Tuesday 13 October at 7pm, The Met Arts Centre\./),
    ]);
  });
});
