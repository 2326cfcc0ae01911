// The personal network map: a person adds, changes and takes off connections
// (labels sealed under their key), every change writes the day's snapshot, the
// growth series comes from those snapshots, and suggestions come only from
// activity the person is part of. Only the person changes their map; their
// mentor and their service read it only with consent, audited; nobody else at all.
import { newId, schema } from "@kinship/db";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, type TestAppHandle, type TestClient, testApp } from "../support/app";
import { createGathering, createOrganisation, createPerson, defaultPassword } from "../support/factories";
import { createMatch, createMentorProfile, createMentorRequest } from "../support/mentoring-factories";

let t: TestAppHandle;
// Monday 2 March 2026, half an hour before the SMART meeting below opens its doors.
let clock = new Date("2026-03-02T18:30:00Z");
const as: Record<string, TestClient> = {};
const ids: Record<string, string> = {};
let homeId = "";
let smartMeetingId = "";

const connectionFields = "id label kind influence closeness addedOn isRecoveryCommunity";
const add = `mutation($input: ConnectionInput!) { addConnection(input: $input) { ${connectionFields} } }`;
const update = `mutation($id: ID!, $input: ConnectionInput!) { updateConnection(id: $id, input: $input) { ${connectionFields} } }`;
const remove = "mutation($id: ID!) { removeConnection(id: $id) }";
const map = `query($personId: ID) { networkMap(personId: $personId) {
  connections { ${connectionFields} }
  counts { connectionCount supportiveCount neutralCount usingCount recoveryCommunityCount } } }`;
const growth = `query($personId: ID, $from: String, $to: String) { networkGrowth(personId: $personId, from: $from, to: $to) {
  on connectionCount supportiveCount supportiveShare usingCount recoveryCommunityCount } }`;
const suggestions = "{ networkSuggestions { key label kind reason } }";
const accept = `mutation($key: String!, $influence: ConnectionInfluence, $closeness: Int) {
  acceptSuggestion(key: $key, influence: $influence, closeness: $closeness) { ${connectionFields} } }`;
const dismiss = "mutation($key: String!) { dismissSuggestion(key: $key) }";
const consent = "mutation($p: ConsentPurpose!, $g: Boolean!) { setConsent(purpose: $p, isGranted: $g) { purpose } }";

interface Connection {
  id: string;
  label: string | null;
  kind: string;
  influence: string;
  closeness: number;
  addedOn: string;
  isRecoveryCommunity: boolean;
}
type MapResult = { networkMap: { connections: Connection[]; counts: Record<string, number> } };
type Suggestion = { key: string; label: string; kind: string; reason: string };

async function addAs(who: string, input: Record<string, unknown>) {
  const result = await as[who]!.gql<{ addConnection: Connection }>(add, { input });
  expect(result.errors).toBeUndefined();
  return result.data!.addConnection;
}
const mapOf = async (who: string, personId?: string) =>
  (await as[who]!.gql<MapResult>(map, { personId })).data?.networkMap;
const snapshotsOf = (personId: string) =>
  t.db.select().from(schema.networkSnapshots).where(eq(schema.networkSnapshots.personId, personId));
const suggestionsOf = async (who: string) =>
  (await as[who]!.gql<{ networkSuggestions: Suggestion[] }>(suggestions)).data!.networkSuggestions;

beforeAll(async () => {
  t = await testApp({ now: () => clock });
  homeId = (await createOrganisation(t.db, { name: "Network Home" })).id;
  const otherId = (await createOrganisation(t.db, { name: "Network Elsewhere" })).id;
  for (const [name, organisationId, role, withSecondFactor] of [
    ["person", homeId, "member", false],
    ["grower", homeId, "member", false],
    ["otherMember", homeId, "member", false],
    ["mentor", homeId, "peer_mentor", false],
    ["otherMentor", homeId, "peer_mentor", false],
    ["champion", homeId, "recovery_champion", false],
    ["coordinator", homeId, "coordinator", true],
    ["outsider", otherId, "coordinator", true],
  ] as const) {
    const created = await createPerson(t.db, { memberships: [{ organisationId, role }] });
    ids[name] = created.id;
    as[name] = t.client();
    await as[name]!.signIn(created.email, defaultPassword);
    if (withSecondFactor) await as[name]!.enrolTotp(clock);
  }
  as.anonymous = t.client();
  await t.db.update(schema.people).set({ displayName: "Andrea" }).where(eq(schema.people.id, ids.mentor!));
  // The person's live match with their mentor; the other mentor supports the other member.
  const profile = await createMentorProfile(t.db, ids.mentor!, homeId);
  ids.match = (await createMatch(t.db, await createMentorRequest(t.db, ids.person!, homeId), profile)).id;
  const otherProfile = await createMentorProfile(t.db, ids.otherMentor!, homeId);
  ids.otherMatch = (
    await createMatch(t.db, await createMentorRequest(t.db, ids.otherMember!, homeId), otherProfile)
  ).id;
  smartMeetingId = (await createGathering(t.db, homeId, { name: "Monday SMART Recovery", kind: "smart_recovery" })).id;
});
afterAll(() => t.close());

describe("a person's own map", () => {
  it("adds connections with their labels sealed, and counts them", async () => {
    const mum = await addAs("person", { label: "  Mum ", kind: "FAMILY", influence: "SUPPORTIVE", closeness: 1 });
    expect(mum).toEqual({
      id: expect.any(String),
      label: "Mum",
      kind: "FAMILY",
      influence: "SUPPORTIVE",
      closeness: 1,
      addedOn: "2026-03-02",
      isRecoveryCommunity: false,
    });
    ids.mum = mum.id;
    ids.dealer = (await addAs("person", { label: "Dean", kind: "USED_WITH", influence: "USING", closeness: 2 })).id;
    ids.cafe = (
      await addAs("person", { label: "Tuesday café", kind: "RECOVERY_CAFE", influence: "NEUTRAL", closeness: 3 })
    ).id;

    const [stored] = await t.db
      .select()
      .from(schema.networkConnections)
      .where(eq(schema.networkConnections.id, ids.mum));
    expect(stored!.labelCipher).toMatch(/^p1\./);
    expect(stored!.labelCipher).not.toContain("Mum");

    const mine = await mapOf("person");
    expect(mine!.connections.map((c) => c.label)).toEqual(["Mum", "Dean", "Tuesday café"]);
    expect(mine!.counts).toEqual({
      connectionCount: 3,
      supportiveCount: 1,
      neutralCount: 1,
      usingCount: 1,
      recoveryCommunityCount: 1,
    });
  });

  it("changes and takes off connections; removed ones stay in the history but leave the map", async () => {
    const changed = await as.person!.gql<{ updateConnection: Connection }>(update, {
      id: ids.cafe,
      input: { label: "Tuesday café", kind: "RECOVERY_CAFE", influence: "SUPPORTIVE", closeness: 2 },
    });
    expect(changed.data?.updateConnection).toMatchObject({ influence: "SUPPORTIVE", closeness: 2 });
    expect(await as.person!.gql(remove, { id: ids.dealer })).toMatchObject({ data: { removeConnection: true } });

    const mine = await mapOf("person");
    expect(mine!.connections.map((c) => c.label)).toEqual(["Mum", "Tuesday café"]);
    expect(mine!.counts).toMatchObject({ connectionCount: 2, supportiveCount: 2, usingCount: 0 });
    const [removed] = await t.db
      .select()
      .from(schema.networkConnections)
      .where(eq(schema.networkConnections.id, ids.dealer!));
    expect(removed!.removedOn).toBe("2026-03-02");
    // Gone from the map means it can no longer be changed or removed again.
    const input = { label: "Dean", kind: "USED_WITH", influence: "NEUTRAL", closeness: 3 };
    expect(errorCodes(await as.person!.gql(update, { id: ids.dealer, input }))).toEqual(["NOT_FOUND"]);
    expect(errorCodes(await as.person!.gql(remove, { id: ids.dealer }))).toEqual(["NOT_FOUND"]);
  });

  it("writes one snapshot per day, upserted by each change, holding counts and no names", async () => {
    const snapshots = await snapshotsOf(ids.person!);
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]).toMatchObject({
      takenOn: "2026-03-02",
      connectionCount: 2,
      supportiveCount: 2,
      usingCount: 0,
      recoveryCommunityCount: 1,
    });
    expect(snapshots[0]!.connections).toEqual(
      expect.arrayContaining([
        { connectionId: ids.mum, kind: "family", influence: "supportive", closeness: 1 },
        { connectionId: ids.cafe, kind: "recovery_cafe", influence: "supportive", closeness: 2 },
      ]),
    );
    expect(JSON.stringify(snapshots)).not.toMatch(/Mum|Dean|Tuesday/);
  });

  it("refuses labels that are empty or too long, unknown kinds and closeness outside 1–3", async () => {
    const valid = { label: "Sam", kind: "FRIEND", influence: "SUPPORTIVE", closeness: 2 };
    for (const input of [
      { ...valid, label: "   " },
      { ...valid, label: "x".repeat(61) },
      { ...valid, closeness: 0 },
      { ...valid, closeness: 4 },
    ]) {
      const result = await as.person!.gql(add, { input });
      expect(errorCodes(result), JSON.stringify(input)).toEqual(["VALIDATION"]);
    }
    expect(errorCodes(await as.person!.gql(add, { input: { ...valid, kind: "ENEMY" } }))).toHaveLength(1);
    expect(errorCodes(await as.anonymous!.gql(add, { input: valid }))).toEqual(["UNAUTHENTICATED"]);
    expect((await mapOf("person"))!.counts.connectionCount).toBe(2);
  });
});

describe("growth over time", () => {
  it("gives one point per day the map changed, with the supportive share, within an optional range", async () => {
    const input = (label: string, kind: string, influence: string) => ({ label, kind, influence, closeness: 2 });
    await addAs("grower", input("Old mate", "USED_WITH", "USING"));
    await addAs("grower", input("Sister", "FAMILY", "SUPPORTIVE"));
    clock = new Date("2026-03-03T09:00:00Z");
    await addAs("grower", input("SMART group", "MUTUAL_AID_GROUP", "SUPPORTIVE"));
    clock = new Date("2026-03-05T09:00:00Z");
    const walk = await addAs("grower", input("Sunday walk", "RECOVERY_WALK", "SUPPORTIVE"));
    await as.grower!.gql(update, { id: walk.id, input: { ...input("Sunday walk", "RECOVERY_WALK", "NEUTRAL") } });

    const points = (await as.grower!.gql<{ networkGrowth: unknown[] }>(growth, {})).data!.networkGrowth;
    expect(points).toEqual([
      {
        on: "2026-03-02",
        connectionCount: 2,
        supportiveCount: 1,
        supportiveShare: 0.5,
        usingCount: 1,
        recoveryCommunityCount: 0,
      },
      {
        on: "2026-03-03",
        connectionCount: 3,
        supportiveCount: 2,
        supportiveShare: 2 / 3,
        usingCount: 1,
        recoveryCommunityCount: 1,
      },
      {
        on: "2026-03-05",
        connectionCount: 4,
        supportiveCount: 2,
        supportiveShare: 0.5,
        usingCount: 1,
        recoveryCommunityCount: 2,
      },
    ]);
    const ranged = await as.grower!.gql<{ networkGrowth: { on: string }[] }>(growth, {
      from: "2026-03-03",
      to: "2026-03-04",
    });
    expect(ranged.data!.networkGrowth.map((point) => point.on)).toEqual(["2026-03-03"]);
    expect(errorCodes(await as.grower!.gql(growth, { from: "2026-02-30" }))).toEqual(["VALIDATION"]);
    // An emptied map is a point too, with no share rather than a made-up one.
    clock = new Date("2026-03-06T09:00:00Z");
    for (const connection of (await mapOf("grower"))!.connections) await as.grower!.gql(remove, { id: connection.id });
    const last = (await as.grower!.gql<{ networkGrowth: unknown[] }>(growth, { from: "2026-03-06" })).data!;
    expect(last.networkGrowth).toEqual([
      {
        on: "2026-03-06",
        connectionCount: 0,
        supportiveCount: 0,
        supportiveShare: null,
        usingCount: 0,
        recoveryCommunityCount: 0,
      },
    ]);
    clock = new Date("2026-03-02T18:30:00Z");
  });
});

describe("who may see and change a map", () => {
  const input = { label: "Hijacked", kind: "FRIEND", influence: "USING", closeness: 1 };

  it("lets nobody else change someone's connections, not even a mentor who may read them", async () => {
    await as.person!.gql(consent, { p: "SHARE_JOURNEY_WITH_MENTOR", g: true });
    for (const who of ["otherMember", "mentor", "coordinator", "anonymous"]) {
      const updated = await as[who]!.gql(update, { id: ids.mum, input });
      const removed = await as[who]!.gql(remove, { id: ids.mum });
      const expected = who === "anonymous" ? "UNAUTHENTICATED" : "NOT_FOUND";
      expect(errorCodes(updated), who).toEqual([expected]);
      expect(errorCodes(removed), who).toEqual([expected]);
    }
    const mum = (await mapOf("person"))!.connections.find((c) => c.id === ids.mum);
    expect(mum).toMatchObject({ label: "Mum", influence: "SUPPORTIVE", closeness: 1 });
    await as.person!.gql(consent, { p: "SHARE_JOURNEY_WITH_MENTOR", g: false });
  });

  it("shows the map to the matched mentor only while the person shares it, and audits each read", async () => {
    expect(errorCodes(await as.mentor!.gql(map, { personId: ids.person }))).toEqual(["FORBIDDEN"]);
    await as.person!.gql(consent, { p: "SHARE_JOURNEY_WITH_MENTOR", g: true });
    const before = await auditRows(ids.mentor!);
    const seen = await mapOf("mentor", ids.person);
    expect(seen!.connections.map((c) => c.label)).toEqual(["Mum", "Tuesday café"]);
    const grown = await as.mentor!.gql<{ networkGrowth: unknown[] }>(growth, { personId: ids.person });
    expect(grown.data!.networkGrowth).toHaveLength(1);
    const audits = (await auditRows(ids.mentor!)).slice(before.length);
    expect(audits.map((row) => [row.via, row.relationship])).toEqual([
      ["Query.networkMap", "mentor, journey shared"],
      ["Query.networkGrowth", "mentor, journey shared"],
    ]);
    expect(audits[0]!.fields).toContain("connections.label");
    // Another mentor in the organisation, another member: never, consent or not.
    for (const who of ["otherMentor", "otherMember", "champion"]) {
      expect(errorCodes(await as[who]!.gql(map, { personId: ids.person })), who).toEqual(["FORBIDDEN"]);
      expect(errorCodes(await as[who]!.gql(growth, { personId: ids.person })), who).toEqual(["FORBIDDEN"]);
    }
    await as.person!.gql(consent, { p: "SHARE_JOURNEY_WITH_MENTOR", g: false });
    expect(errorCodes(await as.mentor!.gql(map, { personId: ids.person }))).toEqual(["FORBIDDEN"]);
  });

  it("shows it to the person's own service only with their consent, and never to another organisation", async () => {
    expect(errorCodes(await as.coordinator!.gql(map, { personId: ids.person }))).toEqual(["FORBIDDEN"]);
    await as.person!.gql(consent, { p: "SHARE_JOURNEY_WITH_SERVICE", g: true });
    expect((await mapOf("coordinator", ids.person))!.counts.connectionCount).toBe(2);
    expect(errorCodes(await as.outsider!.gql(map, { personId: ids.person }))).toEqual(["FORBIDDEN"]);
    await as.person!.gql(consent, { p: "SHARE_JOURNEY_WITH_SERVICE", g: false });
    expect(errorCodes(await as.coordinator!.gql(map, { personId: ids.person }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await as.anonymous!.gql(map, {}))).toEqual(["UNAUTHENTICATED"]);
  });
});

async function auditRows(viewerPersonId: string) {
  return t.db
    .select()
    .from(schema.accessAudit)
    .where(eq(schema.accessAudit.viewerPersonId, viewerPersonId))
    .orderBy(schema.accessAudit.id);
}

describe("suggestions from the person's own activity", () => {
  it("suggests their mentor, a gathering they checked in at and an organisation that approved their hours", async () => {
    // A real check-in: the champion opens it and the person scans the code.
    const opened = await as.champion!.gql<{ openCheckIn: { code: string } }>(
      "mutation($id: ID!) { openCheckIn(gatheringId: $id) { code } }",
      { id: smartMeetingId },
    );
    const checkedIn = await as.person!.gql("mutation($code: String!) { checkIn(code: $code) { status } }", {
      code: opened.data!.openCheckIn.code,
    });
    expect(checkedIn.errors).toBeUndefined();
    // Real hours, approved by a coordinator.
    const logged = await as.person!.gql<{ logVolunteeringHours: { id: string } }>(
      `mutation($org: ID!, $input: HoursInput!) { logVolunteeringHours(organisationId: $org, input: $input) { id } }`,
      { org: homeId, input: { activity: "CAFE_SHIFT", workedOn: "2026-03-01", minutes: 120 } },
    );
    const approved = await as.coordinator!.gql(
      "mutation($ids: [ID!]!) { decideHours(ids: $ids, decision: APPROVE) { id } }",
      { ids: [logged.data!.logVolunteeringHours.id] },
    );
    expect(approved.errors).toBeUndefined();

    expect(await suggestionsOf("person")).toEqual([
      { key: `match:${ids.match}`, label: "Andrea", kind: "MENTOR", reason: "Your mentor at Network Home" },
      {
        key: `gathering:${smartMeetingId}`,
        label: "Monday SMART Recovery",
        kind: "MUTUAL_AID_GROUP",
        reason: "You checked in on 2 March 2026",
      },
      {
        key: `volunteering:${homeId}`,
        label: "Network Home volunteers",
        kind: "VOLUNTEERING_TEAM",
        reason: "Network Home approved hours you volunteered",
      },
    ]);
  });

  it("never suggests from anything the person is not part of, or has only said they're going to", async () => {
    // Someone else's match, a gathering they are only going to, and hours still waiting.
    const walk = await createGathering(t.db, homeId, { name: "Riverside walk", kind: "recovery_walk" });
    await t.db.insert(schema.gatheringAttendance).values({
      id: newId(),
      gatheringId: walk.id,
      personId: ids.person!,
      occurrenceOn: "2026-03-09",
      status: "going",
    });
    await t.db.insert(schema.volunteeringHours).values({
      id: newId(),
      personId: ids.person!,
      organisationId: (await createOrganisation(t.db, { name: "Pending Place" })).id,
      activity: "cafe_shift",
      workedOn: "2026-03-01",
      minutes: 60,
    });
    const keys = (await suggestionsOf("person")).map((s) => s.key);
    expect(keys).toHaveLength(3);
    expect(keys).not.toContain(`match:${ids.otherMatch}`);
    expect(keys).not.toContain(`gathering:${walk.id}`);
    expect(await suggestionsOf("otherMember")).toEqual([
      expect.objectContaining({ key: `match:${ids.otherMatch}`, kind: "MENTOR" }),
    ]);
    // Keys the viewer is not offered cannot be accepted or set aside.
    for (const key of [`match:${ids.otherMatch}`, `gathering:${walk.id}`, "volunteering:nowhere"]) {
      expect(errorCodes(await as.person!.gql(accept, { key })), key).toEqual(["NOT_FOUND"]);
      expect(errorCodes(await as.person!.gql(dismiss, { key })), key).toEqual(["NOT_FOUND"]);
    }
    expect(errorCodes(await as.person!.gql(accept, { key: "friend:1" }))).toEqual(["VALIDATION"]);
    expect(errorCodes(await as.anonymous!.gql(suggestions))).toEqual(["UNAUTHENTICATED"]);
  });

  it("accepts a suggestion (supportive, middle ring unless chosen) and sets another aside for good", async () => {
    const accepted = await as.person!.gql<{ acceptSuggestion: Connection }>(accept, { key: `match:${ids.match}` });
    expect(accepted.data?.acceptSuggestion).toMatchObject({
      label: "Andrea",
      kind: "MENTOR",
      influence: "SUPPORTIVE",
      closeness: 2,
      isRecoveryCommunity: true,
    });
    const chosen = await as.person!.gql<{ acceptSuggestion: Connection }>(accept, {
      key: `gathering:${smartMeetingId}`,
      influence: "NEUTRAL",
      closeness: 3,
    });
    expect(chosen.data?.acceptSuggestion).toMatchObject({
      kind: "MUTUAL_AID_GROUP",
      influence: "NEUTRAL",
      closeness: 3,
    });
    expect(await as.person!.gql(dismiss, { key: `volunteering:${homeId}` })).toMatchObject({
      data: { dismissSuggestion: true },
    });
    expect(await suggestionsOf("person")).toEqual([]);
    // Accepted once is on the map once; taking it off does not bring the suggestion back.
    expect(errorCodes(await as.person!.gql(accept, { key: `match:${ids.match}` }))).toEqual(["NOT_FOUND"]);
    await as.person!.gql(remove, { id: chosen.data!.acceptSuggestion.id });
    expect(await suggestionsOf("person")).toEqual([]);
    const mine = await mapOf("person");
    expect(mine!.counts).toMatchObject({ connectionCount: 3, supportiveCount: 3, recoveryCommunityCount: 2 });
    const [today] = await snapshotsOf(ids.person!);
    expect(today).toMatchObject({ takenOn: "2026-03-02", connectionCount: 3, recoveryCommunityCount: 2 });
  });
});

describe("the person's data", () => {
  it("downloads their connections with labels, snapshots and set-aside suggestions", async () => {
    const response = await t.app.request("http://localhost/api/my-data", {
      headers: { cookie: as.person!.cookie! },
    });
    const data = (await response.json()) as { networkMap: Record<string, { [key: string]: unknown }[]> };
    expect(data.networkMap.connections!.map((c) => [c.label, c.removedOn])).toEqual([
      ["Mum", null],
      ["Dean", "2026-03-02"],
      ["Tuesday café", null],
      ["Andrea", null],
      ["Monday SMART Recovery", "2026-03-02"],
    ]);
    expect(data.networkMap.connections![3]).toMatchObject({ kind: "mentor", suggestedFrom: `match:${ids.match}` });
    expect(data.networkMap.snapshots).toEqual([expect.objectContaining({ takenOn: "2026-03-02", connectionCount: 3 })]);
    expect(data.networkMap.suggestionsSetAside).toEqual([
      { suggestion: `volunteering:${homeId}`, setAsideAt: expect.any(String) },
    ]);
  });

  it("leaves nothing of the map behind when the person erases their account", async () => {
    const erased = await as.person!.gql("mutation($p: String!) { eraseMyAccount(password: $p) }", {
      p: defaultPassword,
    });
    expect(erased.data).toEqual({ eraseMyAccount: true });
    for (const table of ["network_connections", "network_snapshots", "network_suggestion_dismissals"]) {
      const [row] = await t.db.all<{ n: number }>(
        sql`select count(*) as n from ${sql.identifier(table)} where person_id = ${ids.person}`,
      );
      expect(row?.n, table).toBe(0);
    }
    const keys = await t.db.select().from(schema.personDataKeys).where(eq(schema.personDataKeys.personId, ids.person!));
    expect(keys).toEqual([]);
  });
});
