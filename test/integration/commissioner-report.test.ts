// The commissioner report over seeded activity: exact counts where 5 or more
// people are behind them, "not shown" where fewer, secondary suppression in the
// tables, journeys counted only with consent, refusals for everyone but the
// organisation's staff with a second factor, the same numbers in the PDF, and no
// person's name or id anywhere in either.
import { inflateSync } from "node:zlib";
import { newId, schema } from "@kinship/db";
import { builtInInstrumentId } from "@kinship/db/journey-defaults";
import type { MatchEndReason, Role } from "@kinship/db/schema";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, type TestAppHandle, type TestClient, testApp } from "../support/app";
import { createGathering, createOrganisation, createPerson, defaultPassword } from "../support/factories";
import { createMatch, createMentorProfile, createMentorRequest } from "../support/mentoring-factories";

// Wednesday 15 July 2026; the report covers April to June 2026.
const clock = new Date("2026-07-15T11:00:00Z");
const period = { from: "2026-04-01", to: "2026-06-30" };
const inPeriod = new Date("2026-05-12T10:00:00Z");
let t: TestAppHandle;
let homeId: string;
let otherId: string;
const everyone: { id: string; name: string }[] = [];
const viewers: Record<string, TestClient> = {};

const reportQuery = `query($org: ID!, $from: String!, $to: String!) {
  commissionerReport(organisationId: $org, from: $from, to: $to) {
    organisationName from to generatedOn howToRead
    sections {
      key title notes
      figures { key label value text }
      tables { key title caption columns totalLabel hasRowTotals total columnTotals rows { label cells total } }
    }
  }
}`;
type Report = {
  organisationName: string;
  howToRead: string[];
  sections: {
    key: string;
    notes: string[];
    figures: { key: string; value: number | null; text: string }[];
    tables: {
      key: string;
      total: number | null;
      columnTotals: (number | null)[];
      rows: { label: string; cells: (number | null)[]; total: number | null }[];
    }[];
  }[];
};

const report = (client: TestClient, variables: Record<string, unknown> = {}) =>
  client.gql<{ commissionerReport: Report }>(reportQuery, { org: homeId, ...period, ...variables });
const pdf = (client: TestClient | null, query: Record<string, string>) =>
  t.app.request(`http://localhost/reports/commissioner.pdf?${new URLSearchParams(query)}`, {
    headers: client?.cookie ? { cookie: client.cookie } : {},
  });

async function person(memberships: { organisationId: string; role: Role }[] = []) {
  const created = await createPerson(t.db, { memberships });
  const row = await t.db.query.people.findFirst({ where: { id: created.id } });
  everyone.push({ id: created.id, name: row!.displayName });
  return created;
}

async function signedIn(role: Role, organisationId: string, withSecondFactor: boolean) {
  const created = await person([{ organisationId, role }]);
  const client = t.client();
  await client.signIn(created.email, defaultPassword);
  if (withSecondFactor) await client.enrolTotp(clock);
  return client;
}

/** A member of the home organisation, counted in anonymous reports or not (or having withdrawn). */
async function member(consent: "granted" | "never" | "withdrawn") {
  const { id } = await person([{ organisationId: homeId, role: "member" }]);
  const choices = { granted: [true], never: [], withdrawn: [true, false] }[consent];
  for (const [index, isGranted] of choices.entries()) {
    await t.db.insert(schema.consents).values({
      personId: id,
      purpose: "include_in_anonymous_reports",
      isGranted,
      wordingVersion: 1,
      recordedAt: new Date(inPeriod.getTime() + index * 1000),
    });
  }
  return id;
}

const answersAll = (value: number) =>
  Object.fromEntries(
    ["substance_use", "feelings", "body", "community", "people", "days", "home", "trouble", "everyday", "hope"].map(
      (code) => [code, value],
    ),
  );
async function checkIns(personId: string, values: [string, number][]) {
  for (const [takenOn, value] of values) {
    await t.db.insert(schema.recoveryCheckIns).values({
      id: newId(),
      personId,
      instrumentId: builtInInstrumentId,
      takenOn,
      answers: answersAll(value),
      scorePercent: ((value - 1) / 5) * 100,
      createdAt: inPeriod,
    });
  }
}
async function snapshots(personId: string, counts: [string, number, number][]) {
  for (const [takenOn, supportiveCount, recoveryCommunityCount] of counts) {
    await t.db.insert(schema.networkSnapshots).values({
      id: newId(),
      personId,
      takenOn,
      connectionCount: supportiveCount + 1,
      supportiveCount,
      usingCount: 1,
      recoveryCommunityCount,
      connections: [],
      createdAt: inPeriod,
    });
  }
}
async function achievedGoal(personId: string, needs: ("housing" | "work_education_training" | "justice")[]) {
  await t.db.insert(schema.journeyGoals).values({
    id: newId(),
    personId,
    titleCipher: "sealed",
    needs,
    status: "achieved",
    createdAt: inPeriod,
    achievedAt: inPeriod,
  });
}

beforeAll(async () => {
  t = await testApp({ now: () => clock });
  homeId = (await createOrganisation(t.db, { name: "Irwell Recovery" })).id;
  otherId = (await createOrganisation(t.db, { name: "Roch Valley Service" })).id;
  viewers.coordinator = await signedIn("coordinator", homeId, true);
  viewers.admin = await signedIn("admin", homeId, true);
  viewers.coordinatorWithoutSecondFactor = await signedIn("coordinator", homeId, false);
  viewers.member = await signedIn("member", homeId, false);
  viewers.mentor = await signedIn("peer_mentor", homeId, false);
  viewers.otherCoordinator = await signedIn("coordinator", otherId, true);

  // Matches: 6 started in the period; 14 ended in it (6 + 5 + 3 by reason); one ended before it.
  const mentor = await person([{ organisationId: homeId, role: "peer_mentor" }]);
  const profile = await createMentorProfile(t.db, mentor.id, homeId);
  const match = async (overrides: Parameters<typeof createMatch>[3]) => {
    const mentee = await person([{ organisationId: homeId, role: "member" }]);
    const request = await createMentorRequest(t.db, mentee.id, homeId);
    return createMatch(t.db, request, profile, overrides);
  };
  const active = [];
  for (let i = 0; i < 6; i++) active.push(await match({ startedOn: "2026-04-10" }));
  const endings: [MatchEndReason, number][] = [
    ["planned_ending", 6],
    ["goals_met", 5],
    ["mentee_disengaged", 3],
  ];
  for (const [endReason, count] of endings) {
    for (let i = 0; i < count; i++) {
      await match({ status: "ended", startedOn: "2025-10-01", endedOn: "2026-05-20", endReason });
    }
  }
  await match({ status: "ended", startedOn: "2025-06-01", endedOn: "2026-03-01", endReason: "goals_met" });
  await match({ startedOn: "2026-07-02" });

  // Two sessions of an hour in each active match (6 people): shown. Hours from 3 volunteers: not shown.
  for (const { id, menteePersonId } of active) {
    for (const heldOn of ["2026-04-20", "2026-05-20"]) {
      await t.db.insert(schema.supportSessions).values({
        id: newId(),
        matchId: id,
        organisationId: homeId,
        mentorPersonId: mentor.id,
        menteePersonId,
        heldOn,
        durationMinutes: 60,
        contactMode: "in_person",
        createdAt: inPeriod,
      });
    }
  }
  for (let i = 0; i < 3; i++) {
    const volunteer = await person([{ organisationId: homeId, role: "volunteer" }]);
    await t.db.insert(schema.volunteeringHours).values({
      id: newId(),
      personId: volunteer.id,
      organisationId: homeId,
      activity: "cafe_shift",
      workedOn: "2026-05-02",
      minutes: 240,
      status: "approved",
      decidedAt: inPeriod,
    });
  }

  // Check-ins at gatherings: café 6 people twice (12), walk 2 people three times (6), group 5 people once (5).
  const cafe = await createGathering(t.db, homeId, { kind: "recovery_cafe" });
  const walk = await createGathering(t.db, homeId, { kind: "recovery_walk", name: "Sunday walk" });
  const group = await createGathering(t.db, homeId, { kind: "peer_support_group", name: "Thursday group" });
  const elsewhere = await createGathering(t.db, otherId, { kind: "recovery_cafe", name: "Their café" });
  const attend = async (
    gatheringId: string,
    people: number,
    dates: string[],
    status: "attended" | "going" = "attended",
  ) => {
    for (let i = 0; i < people; i++) {
      const { id } = await person();
      for (const occurrenceOn of dates) {
        await t.db
          .insert(schema.gatheringAttendance)
          .values({ id: newId(), gatheringId, personId: id, occurrenceOn, status });
      }
    }
  };
  await attend(cafe.id, 6, ["2026-04-06", "2026-04-13"]);
  await attend(walk.id, 2, ["2026-04-05", "2026-04-12", "2026-04-19"]);
  await attend(group.id, 5, ["2026-05-07"]);
  await attend(cafe.id, 3, ["2026-03-30", "2026-07-06"]);
  await attend(cafe.id, 2, ["2026-05-04"], "going");
  await attend(elsewhere.id, 4, ["2026-05-05"]);

  // Progression: 5 members became volunteers, 2 volunteers became peer mentors; joining is not progression.
  const roleChange = async (fromRole: Role | null, toRole: Role, organisationId = homeId) => {
    const { id } = await person([{ organisationId, role: toRole }]);
    await t.db
      .insert(schema.roleChanges)
      .values({ personId: id, organisationId, fromRole, toRole, changedAt: inPeriod });
  };
  for (let i = 0; i < 5; i++) await roleChange("member", "volunteer");
  for (let i = 0; i < 2; i++) await roleChange("volunteer", "peer_mentor");
  await roleChange(null, "member");
  await roleChange("member", "volunteer", otherId);

  // Journeys. Counted: 6 better by 20 points, 5 the same. Not counted: 4 worse without consent,
  // 1 worse who withdrew it, and 1 with a single check-in.
  for (let i = 0; i < 6; i++) {
    const id = await member("granted");
    await checkIns(id, [
      ["2026-04-03", 3],
      ["2026-06-20", 4],
    ]);
    await snapshots(id, [
      ["2026-04-03", 2, 1],
      ["2026-06-20", 4, 3],
    ]);
    await achievedGoal(id, i === 0 ? ["housing", "work_education_training"] : ["housing"]);
  }
  for (let i = 0; i < 5; i++) {
    const id = await member("granted");
    await checkIns(id, [
      ["2026-04-03", 3],
      ["2026-05-03", 2],
      ["2026-06-20", 3],
    ]);
    if (i === 0)
      await snapshots(id, [
        ["2026-04-03", 2, 1],
        ["2026-06-20", 2, 1],
      ]);
    if (i === 0) await achievedGoal(id, ["work_education_training"]);
  }
  for (const consent of ["never", "never", "never", "never", "withdrawn"] as const) {
    const id = await member(consent);
    await checkIns(id, [
      ["2026-04-03", 4],
      ["2026-06-20", 2],
    ]);
    await snapshots(id, [
      ["2026-04-03", 4, 3],
      ["2026-06-20", 1, 0],
    ]);
    await achievedGoal(id, ["justice"]);
  }
  await checkIns(await member("granted"), [["2026-05-03", 6]]);
});
afterAll(() => t.close());

const section = (result: Report, key: string) => result.sections.find((s) => s.key === key)!;
const figure = (result: Report, sectionKey: string, key: string) =>
  section(result, sectionKey).figures.find((f) => f.key === key)!;
const table = (result: Report, key: string) => result.sections.flatMap((s) => s.tables).find((tb) => tb.key === key)!;
const column = (result: Report, key: string) =>
  Object.fromEntries(table(result, key).rows.map((row) => [row.label, row.cells[0]]));

describe("the commissioner report", () => {
  let result: Report;
  beforeAll(async () => {
    const answer = await report(viewers.coordinator!);
    expect(answer.errors).toBeUndefined();
    result = answer.data!.commissionerReport;
  });

  it("counts people, matches, sessions and hours exactly where 5 or more people are behind them", () => {
    expect(result.organisationName).toBe("Irwell Recovery");
    expect(figure(result, "people-supported", "mentees")).toMatchObject({ value: 20, text: "20" });
    expect(figure(result, "people-supported", "attendees")).toMatchObject({ value: 13, text: "13" });
    expect(figure(result, "matches", "matches-started")).toMatchObject({ value: 6, text: "6" });
    expect(figure(result, "support", "sessions")).toMatchObject({ value: 12, text: "12 sessions" });
    expect(figure(result, "support", "support-hours")).toMatchObject({ value: 12, text: "12 hours" });
    expect(figure(result, "support", "volunteering-hours")).toMatchObject({
      value: null,
      text: "not shown: fewer than 5 people",
    });
  });

  it("hides the 3 matches ended for one reason, and the 5 beside it so they cannot be worked out from the total", () => {
    const ended = table(result, "matches-ended");
    expect(column(result, "matches-ended")).toEqual({
      "Came to its planned end": 6,
      "The person got what they wanted from it": null,
      "The person moved on (moved away, started work…)": 0,
      "Lost touch": null,
      "The mentor stepped back": 0,
      "Rematched with another mentor": 0,
      "A safeguarding reason": 0,
      "Another reason": 0,
    });
    expect(ended.total).toBe(14);
  });

  it("hides check-ins with fewer than 5 people behind them, and one more kind to protect them", () => {
    expect(column(result, "attendance")).toEqual({
      "Recovery café": 12,
      "Recovery walk": null,
      "Peer support group": null,
    });
    expect(table(result, "attendance").total).toBe(23);
  });

  it("counts progression by the role reached, hiding the 2 new peer mentors and the 5 new volunteers with them", () => {
    expect(column(result, "progression")).toEqual({
      "Became a volunteer": null,
      "Became a peer mentor": null,
      "Became a recovery champion": 0,
    });
    expect(table(result, "progression").total).toBe(7);
  });

  it("counts journeys only of people who agreed to be counted in anonymous reports", () => {
    expect(column(result, "recovery-capital")).toEqual({ Better: 6, "About the same": 5, Worse: 0 });
    expect(table(result, "recovery-capital").total).toBe(11);
    // (6 × 20 + 5 × 0) / 11 = 10.9 points.
    expect(figure(result, "recovery-capital", "mean-change")).toMatchObject({ value: 10.9, text: "+10.9 points" });
    expect(column(result, "network")).toEqual({ Grew: null, "Stayed the same": null, Fell: 0 });
    expect(table(result, "network").total).toBe(7);
    expect(figure(result, "network", "community-start")).toMatchObject({ value: 1, text: "1.0" });
    expect(figure(result, "network", "community-end")).toMatchObject({ value: 2.7, text: "2.7" });
    const outcomes = table(result, "outcomes");
    expect(outcomes.rows.map((row) => [row.label, ...row.cells, row.total])).toEqual([
      ["Drug and alcohol use", 6, 5, 0, 11],
      ["Employment, education and training", 6, 5, 0, 11],
      ["Housing", 6, 5, 0, 11],
      ["Offending", 6, 5, 0, 11],
      ["Health and wellbeing", 6, 5, 0, 11],
    ]);
    expect([outcomes.columnTotals, outcomes.total]).toEqual([[30, 25, 0], 55]);
    // Housing 6 goals by 6 people; work 2 goals by 2 people (hidden) so housing is hidden too; justice only without consent.
    expect(column(result, "goals")).toEqual({
      Housing: null,
      "Work, education or training": null,
      "Justice (courts, probation, police)": 0,
      Health: 0,
    });
    expect(table(result, "goals").total).toBe(8);
  });

  it("says in words what the outcomes are drawn from and how to read the numbers", () => {
    expect(section(result, "outcomes").notes.join(" ")).toContain("we do not hold police, court or probation records");
    const howToRead = result.howToRead.join(" ");
    expect(howToRead).toContain("“fewer than 5”");
    expect(howToRead).toContain("cannot be worked out by taking the others away from a total");
    expect(howToRead).toContain("agreed to be counted in anonymous reports");
  });

  it("never publishes a number from 1 to 4 anywhere", () => {
    const numbers = result.sections.flatMap((s) => [
      ...s.figures.filter((f) => !f.key.startsWith("community") && f.key !== "mean-change").map((f) => f.value),
      ...s.tables.flatMap((tb) => [
        ...tb.rows.flatMap((row) => [...row.cells, row.total]),
        ...tb.columnTotals,
        tb.total,
      ]),
    ]);
    expect(numbers.filter((n) => n !== null && n > 0 && n < 5)).toEqual([]);
  });

  it("is the same for an administrator, and names no one and reads no one's record", async () => {
    const audits = async () => (await t.db.all<{ n: number }>(sql`select count(*) as n from access_audit`))[0]!.n;
    const before = await audits();
    const byAdmin = await report(viewers.admin!);
    expect(byAdmin.data!.commissionerReport.sections).toEqual(result.sections);
    const text = JSON.stringify(byAdmin.data);
    for (const { id, name } of everyone) {
      expect(text).not.toContain(id);
      expect(text).not.toContain(name);
    }
    expect(await audits()).toBe(before);
  });
});

describe("who may see the report", () => {
  it("refuses members, mentors, another organisation's coordinator, and staff without a second factor", async () => {
    expect(errorCodes(await report(viewers.member!))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await report(viewers.mentor!))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await report(viewers.otherCoordinator!))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await report(viewers.coordinatorWithoutSecondFactor!))).toEqual(["SECOND_FACTOR_REQUIRED"]);
    expect(errorCodes(await report(t.client()))).toEqual(["UNAUTHENTICATED"]);
  });

  it("refuses periods that are not real, run backwards or are longer than five years", async () => {
    const problems = async (from: string, to: string) => {
      const answer = await report(viewers.coordinator!, { from, to });
      expect(errorCodes(answer)).toEqual(["VALIDATION"]);
      return answer.errors![0]!.extensions!.fields;
    };
    expect(await problems("2026-02-30", "2026-03-31")).toEqual({ from: ["Use a real date like 2026-01-01."] });
    expect(await problems("2026-04-01", "2026-13-01")).toEqual({ to: ["Use a real date like 2026-12-31."] });
    expect(await problems("2026-06-30", "2026-04-01")).toEqual({
      to: ["The end date must be on or after the start date."],
    });
    expect(await problems("2021-04-01", "2026-04-01")).toEqual({ to: ["Choose a period of 5 years or less."] });
    expect(errorCodes(await report(viewers.coordinator!, { from: "2021-04-02", to: "2026-04-01" }))).toEqual([]);
  });
});

/** The text drawn on the PDF's pages: standard fonts show WinAnsi hex strings with Tj. */
function pdfText(bytes: Buffer) {
  const raw = bytes.toString("latin1");
  const lines: string[] = [];
  const streamStart = /<<((?:(?!>>)[\s\S])*?)\/Length (\d+)((?:(?!>>)[\s\S])*?)>>\s*stream\r?\n/g;
  for (const match of raw.matchAll(streamStart)) {
    const start = match.index + match[0].length;
    const data = bytes.subarray(start, start + Number(match[2]));
    const source = (`${match[1]}${match[3]}`.includes("/FlateDecode") ? inflateSync(data) : data).toString("latin1");
    for (const [, hex] of source.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g))
      lines.push(Buffer.from(hex!, "hex").toString("latin1"));
  }
  return lines;
}

describe("the report as a PDF", () => {
  it("gives staff a PDF with the same suppressed numbers and no names", async () => {
    const response = await pdf(viewers.coordinator!, { organisationId: homeId, ...period });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="kinship-commissioner-report-2026-04-01-to-2026-06-30.pdf"',
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const lines = pdfText(bytes);
    expect(lines).toContain("Report to commissioners");
    expect(lines).toContain("Irwell Recovery");
    expect(lines).toContain("Support sessions held: 12 sessions");
    expect(lines).toContain("Volunteering hours checked and approved: not shown: fewer than 5 people");
    // The ended-by-reason table: label, then its value, as drawn.
    const lostTouch = lines.indexOf("Lost touch");
    expect(lines.slice(lostTouch, lostTouch + 2)).toEqual(["Lost touch", "*"]);
    const planned = lines.indexOf("Came to its planned end");
    expect(lines.slice(planned, planned + 2)).toEqual(["Came to its planned end", "6"]);
    const text = lines.join("\n");
    for (const { id, name } of everyone) {
      expect(text).not.toContain(id);
      expect(text).not.toContain(name);
    }
  });

  it("refuses everyone else, and dates that don't work", async () => {
    const query = { organisationId: homeId, ...period };
    expect((await pdf(null, query)).status).toBe(401);
    expect((await pdf(viewers.member!, query)).status).toBe(403);
    expect((await pdf(viewers.mentor!, query)).status).toBe(403);
    expect((await pdf(viewers.otherCoordinator!, query)).status).toBe(403);
    const withoutSecondFactor = await pdf(viewers.coordinatorWithoutSecondFactor!, query);
    expect(withoutSecondFactor.status).toBe(403);
    expect(await withoutSecondFactor.text()).toContain("Confirm it's you first");
    expect((await pdf(viewers.coordinator!, { ...query, from: "2026-07-01" })).status).toBe(400);
    expect((await pdf(viewers.coordinator!, { organisationId: homeId, from: "soon", to: "2026-06-30" })).status).toBe(
      400,
    );
    expect((await pdf(viewers.coordinator!, { organisationId: otherId, ...period })).status).toBe(403);
  });
});
