// Supervision: coordinators record supervision with a mentor (notes sealed under
// the mentor's key); a mentor sees their own supervision. Staff reads are
// audited and everyone else is refused.
import { addDays } from "@kinship/api/calendar-dates";
import { schema } from "@kinship/db";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, type TestAppHandle, type TestClient } from "../support/app";
import { defaultPassword } from "../support/factories";
import { type Caseload, caseloads, daysAgo, supervisionWorld, today } from "../support/supervision-world";

let t: TestAppHandle;
let as: Record<string, TestClient>;
let ids: Record<string, string>;
let organisationId: string;
let profileB: string;

beforeAll(async () => {
  ({ t, as, ids, organisationId, profileB } = await supervisionWorld());
});
afterAll(() => t.close());

const logSupervision = `mutation($profile: ID!, $input: SupervisionInput!) {
  logSupervision(mentorProfileId: $profile, input: $input) { id heldOn durationMinutes notes supervisorName } }`;
const history = `query($profile: ID!) { supervisionSessions(mentorProfileId: $profile) {
  id heldOn durationMinutes notes supervisorName createdAt } }`;
const notes = "Finding it hard to switch off after sessions. Agreed to take a week's break next month.";

describe("supervision", () => {
  it("is recorded by a coordinator, with the notes sealed under the mentor's key", async () => {
    const result = await as.coordinator!.gql<{ logSupervision: Record<string, unknown> }>(logSupervision, {
      profile: profileB,
      input: { heldOn: today(), durationMinutes: 50, notes: `  ${notes} ` },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.logSupervision).toMatchObject({
      heldOn: today(),
      durationMinutes: 50,
      notes,
      supervisorName: expect.stringMatching(/^Person /),
    });
    const [stored] = await t.db
      .select()
      .from(schema.supervisionSessions)
      .where(eq(schema.supervisionSessions.mentorProfileId, profileB));
    expect(stored?.notesCipher).toMatch(/^p1\./);
    expect(stored?.notesCipher).not.toContain("switch off");
    expect(stored?.supervisorPersonId).toBe(ids.coordinator);
    const [caseload] = (
      await as.coordinator!.gql<{ mentorCaseloads: Caseload[] }>(caseloads, { org: organisationId })
    ).data!.mentorCaseloads.filter((c) => c.mentorProfileId === profileB);
    expect(caseload).toMatchObject({ lastSupervisionOn: today(), isSupervisionOverdue: false });
  });

  it("explains wrong input", async () => {
    for (const [input, field] of [
      [{ heldOn: addDays(today(), 1), durationMinutes: 50 }, "heldOn"],
      [{ heldOn: daysAgo(400), durationMinutes: 50 }, "heldOn"],
      [{ heldOn: "2026-13-01", durationMinutes: 50 }, "heldOn"],
      [{ heldOn: today(), durationMinutes: 4 }, "durationMinutes"],
      [{ heldOn: today(), durationMinutes: 601 }, "durationMinutes"],
      [{ heldOn: today(), durationMinutes: 50, notes: "x".repeat(4001) }, "notes"],
    ] as const) {
      const result = await as.coordinator!.gql(logSupervision, { profile: profileB, input });
      expect(errorCodes(result), field).toEqual(["VALIDATION"]);
      expect(Object.keys((result.errors?.[0]?.extensions?.fields ?? {}) as object)).toEqual([field]);
    }
  });

  it("is recorded only by the mentor's organisation's staff", async () => {
    const input = { heldOn: today(), durationMinutes: 30 };
    for (const [name, code] of [
      ["mentorB", "FORBIDDEN"],
      ["mentorA", "FORBIDDEN"],
      ["member", "FORBIDDEN"],
      ["outsider", "FORBIDDEN"],
      ["unconfirmedCoordinator", "SECOND_FACTOR_REQUIRED"],
      ["anonymous", "UNAUTHENTICATED"],
    ] as const) {
      expect(errorCodes(await as[name]!.gql(logSupervision, { profile: profileB, input })), name).toEqual([code]);
    }
    expect(errorCodes(await as.coordinator!.gql(logSupervision, { profile: "no-such-profile", input }))).toEqual([
      "FORBIDDEN",
    ]);
  });

  it("is shown to the mentor unaudited, and to staff with an audit row", async () => {
    const own = await as.mentorB!.gql<{ supervisionSessions: { notes: string }[] }>(history, { profile: profileB });
    expect(own.data?.supervisionSessions.map((s) => s.notes)).toEqual([notes]);
    const audited = () =>
      t.db.select().from(schema.accessAudit).where(eq(schema.accessAudit.via, "Query.supervisionSessions"));
    expect(await audited()).toEqual([]);
    const staff = await as.admin!.gql<{ supervisionSessions: { notes: string }[] }>(history, { profile: profileB });
    expect(staff.data?.supervisionSessions.map((s) => s.notes)).toEqual([notes]);
    expect(await audited()).toEqual([
      expect.objectContaining({
        viewerPersonId: ids.admin,
        subjectPersonId: ids.mentorB,
        organisationId,
        relationship: "staff of the mentor's organisation",
      }),
    ]);
  });

  it("is refused to other mentors, members and other organisations", async () => {
    for (const [name, code] of [
      ["mentorA", "FORBIDDEN"],
      ["member", "FORBIDDEN"],
      ["outsider", "FORBIDDEN"],
      ["unconfirmedCoordinator", "SECOND_FACTOR_REQUIRED"],
      ["anonymous", "UNAUTHENTICATED"],
    ] as const) {
      expect(errorCodes(await as[name]!.gql(history, { profile: profileB })), name).toEqual([code]);
    }
  });

  it("is in the mentor's own data download, decrypted", async () => {
    const response = await t.app.request("http://localhost/api/my-data", { headers: { cookie: as.mentorB!.cookie! } });
    const data = (await response.json()) as { supervision: Record<string, unknown>[] };
    expect(data.supervision).toEqual([
      expect.objectContaining({ organisation: "Supervision Home", heldOn: today(), durationMinutes: 50, notes }),
    ]);
  });

  it("goes with the mentor's account when they erase it", async () => {
    const erased = await as.mentorB!.gql("mutation($p: String!) { eraseMyAccount(password: $p) }", {
      p: defaultPassword,
    });
    expect(erased.errors).toBeUndefined();
    const count = async (query: ReturnType<typeof sql>) => Number((await t.db.all<{ n: number }>(query))[0]?.n);
    expect(await count(sql`select count(*) as n from supervision_sessions where mentor_profile_id = ${profileB}`)).toBe(
      0,
    );
    expect(await count(sql`select count(*) as n from person_data_keys where person_id = ${ids.mentorB}`)).toBe(0);
    expect(await count(sql`select count(*) as n from mentor_profiles where person_id = ${ids.mentorB}`)).toBe(0);
  });
});
