// The certificate of verified volunteering hours: a PDF for the signed-in person
// only, counting approved hours alone. The file is read back independently of
// the library that wrote it: its streams are inflated and the drawn text decoded.
import { inflateSync } from "node:zlib";
import { describeMinutes } from "@kinship/api/volunteering/minutes-words";
import { newId, schema } from "@kinship/db";
import type { HoursStatus, VolunteeringActivity } from "@kinship/db/schema";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestAppHandle, type TestClient, testApp } from "../support/app";
import { createOrganisation, createPerson, defaultPassword } from "../support/factories";

const clock = new Date("2026-11-30T12:00:00Z");
let t: TestAppHandle;
let zoe: { id: string; client: TestClient };
let coordinatorName: string;
let cafeId: string;
let serviceId: string;

/** Every stream of the file, inflated when compressed, after the file's own text. */
function pdfSources(bytes: Buffer) {
  const raw = bytes.toString("latin1");
  const sources = [raw];
  const streamStart = /<<((?:(?!>>)[\s\S])*?)\/Length (\d+)((?:(?!>>)[\s\S])*?)>>\s*stream\r?\n/g;
  for (const match of raw.matchAll(streamStart)) {
    const start = match.index + match[0].length;
    const data = bytes.subarray(start, start + Number(match[2]));
    const isCompressed = `${match[1]}${match[3]}`.includes("/FlateDecode");
    sources.push((isCompressed ? inflateSync(data) : data).toString("latin1"));
  }
  return sources;
}

/** The text drawn on the pages (standard fonts: WinAnsi hex strings shown with Tj), one line each. */
function pdfText(bytes: Buffer) {
  const lines: string[] = [];
  for (const source of pdfSources(bytes)) {
    for (const [, hex] of source.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) {
      lines.push(Buffer.from(hex!, "hex").toString("latin1"));
    }
  }
  return lines;
}

const pageCount = (bytes: Buffer) =>
  pdfSources(bytes).reduce((n, source) => n + (source.match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0), 0);

const certificate = (client: TestClient | null, query = "") =>
  t.app.request(`http://localhost/volunteering/certificate.pdf${query}`, {
    headers: client?.cookie ? { cookie: client.cookie } : {},
  });

async function hours(
  personId: string,
  organisationId: string,
  entries: [VolunteeringActivity, string, number, HoursStatus][],
) {
  await t.db.insert(schema.volunteeringHours).values(
    entries.map(([activity, workedOn, minutes, status]) => ({
      id: newId(),
      personId,
      organisationId,
      activity,
      workedOn,
      minutes,
      status,
      decidedAt: status === "pending" ? null : clock,
    })),
  );
}

beforeAll(async () => {
  t = await testApp({ now: () => clock });
  cafeId = (await createOrganisation(t.db, { name: "Riverside Recovery Café" })).id;
  serviceId = (await createOrganisation(t.db, { name: "Irwell Treatment Service" })).id;
  const person = await createPerson(t.db, {
    memberships: [
      { organisationId: cafeId, role: "volunteer" },
      { organisationId: serviceId, role: "peer_mentor" },
    ],
  });
  // A name the standard PDF fonts can only partly draw: the ë can be drawn, the emoji cannot.
  await t.db.update(schema.people).set({ displayName: "Zoë 🌻 Łukasiewicz" }).where(eq(schema.people.id, person.id));
  const client = t.client();
  await client.signIn(person.email, defaultPassword);
  zoe = { id: person.id, client };
  const coordinator = await createPerson(t.db, { memberships: [{ organisationId: cafeId, role: "coordinator" }] });
  coordinatorName = (await t.db.query.people.findFirst({ where: { id: coordinator.id } }))!.displayName;
  await hours(person.id, cafeId, [
    ["cafe_shift", "2026-03-05", 180, "approved"],
    ["cafe_shift", "2026-03-12", 195, "approved"],
    ["leading_walk", "2026-06-07", 90, "approved"],
    ["cafe_shift", "2026-11-26", 240, "pending"],
    ["admin", "2026-11-20", 120, "declined"],
  ]);
  await hours(person.id, serviceId, [
    ["mentoring", "2026-09-14", 50, "approved"],
    ["travel_preparation", "2026-09-14", 25, "approved"],
  ]);
  await t.db
    .update(schema.volunteeringHours)
    .set({ decidedByPersonId: coordinator.id })
    .where(eq(schema.volunteeringHours.personId, person.id));
});
afterAll(() => t.close());

const approvedMinutes = async (organisationId?: string, from = "0000-01-01", to = "9999-12-31") => {
  const [row] = await t.db.all<{ minutes: number }>(
    sql`select coalesce(sum(minutes), 0) as minutes from volunteering_hours where person_id = ${zoe.id}
      and status = 'approved' and worked_on between ${from} and ${to}
      and (${organisationId ?? null} is null or organisation_id = ${organisationId ?? null})`,
  );
  return Number(row?.minutes);
};

describe("the certificate of volunteering", () => {
  it("is refused with a plain page when signed out", async () => {
    const response = await certificate(null);
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toContain("Please sign in");
  });

  it("is a PDF to save, never cached", async () => {
    const response = await certificate(zoe.client);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="kinship-volunteering-hours.pdf"');
    expect(response.headers.get("cache-control")).toBe("no-store");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pageCount(bytes)).toBe(1);
  });

  it("states the approved hours only, per organisation and activity, matching the database", async () => {
    const bytes = Buffer.from(await (await certificate(zoe.client)).arrayBuffer());
    const text = pdfText(bytes);
    const total = await approvedMinutes();
    expect(total).toBe(180 + 195 + 90 + 50 + 25);
    expect(text).toContain("Certificate of volunteering");
    // The name as far as the font can draw it: ë kept, the emoji left out, Ł as L.
    expect(text).toContain("Zoë Lukasiewicz");
    expect(text).toContain(`Total verified hours: ${describeMinutes(total)}`);
    expect(text).toContain(`Riverside Recovery Café: ${describeMinutes(await approvedMinutes(cafeId))}`);
    expect(text).toContain(`Irwell Treatment Service: ${describeMinutes(await approvedMinutes(serviceId))}`);
    expect(text).toContain(`Recovery café shifts: ${describeMinutes(375)}`);
    expect(text).toContain(`Leading walks: ${describeMinutes(90)}`);
    expect(text).toContain(`Peer mentoring: ${describeMinutes(50)}`);
    expect(text).toContain(`Travel and preparation for mentoring: ${describeMinutes(25)}`);
    expect(text).toContain("Period: 5 March 2026 to 14 September 2026");
    expect(text).toContain("Verified by: Irwell Treatment Service; Riverside Recovery Café");
    expect(text).toContain("Date of issue: 30 November 2026");
    const all = text.join(" ");
    expect(all).toContain("These hours were checked and approved by the organisation named beside them.");
    expect(all).not.toContain("Office and admin help"); // declined
    expect(all).not.toContain(describeMinutes(total + 240)); // pending
    expect(all).not.toContain(coordinatorName);
  });

  it("covers a chosen period", async () => {
    const response = await certificate(zoe.client, "?from=2026-03-01&to=2026-06-30");
    const text = pdfText(Buffer.from(await response.arrayBuffer()));
    const total = await approvedMinutes(undefined, "2026-03-01", "2026-06-30");
    expect(total).toBe(180 + 195 + 90);
    expect(text).toContain(`Total verified hours: ${describeMinutes(total)}`);
    expect(text).toContain("Period: 1 March 2026 to 30 June 2026");
    expect(text.join(" ")).not.toContain("Irwell Treatment Service");
  });

  it("says plainly when a period has no verified hours", async () => {
    const text = pdfText(
      Buffer.from(await (await certificate(zoe.client, "?from=2026-01-01&to=2026-01-31")).arrayBuffer()),
    );
    expect(text).toContain("Total verified hours: 0 minutes");
    expect(text.join(" ")).toContain("has no volunteering hours checked and approved in this period yet.");
  });

  it("refuses dates that are not real or the wrong way round", async () => {
    for (const query of ["?from=2026-02-30", "?to=soon", "?from=2026-12-01&to=2026-01-01"]) {
      const response = await certificate(zoe.client, query);
      expect(response.status, query).toBe(400);
      expect(await response.text()).toContain("Those dates don't work");
    }
  });

  it("flows onto more pages when the list is long", async () => {
    const person = await createPerson(t.db);
    for (let i = 0; i < 30; i++) {
      const organisationId = (await createOrganisation(t.db, { name: `Long List Group ${i}` })).id;
      await hours(person.id, organisationId, [
        ["cafe_shift", "2026-10-01", 60, "approved"],
        ["leading_walk", "2026-10-02", 30, "approved"],
      ]);
    }
    const client = t.client();
    await client.signIn(person.email, defaultPassword);
    const bytes = Buffer.from(await (await certificate(client)).arrayBuffer());
    expect(pageCount(bytes)).toBeGreaterThan(1);
    const text = pdfText(bytes);
    expect(text).toContain(`Total verified hours: ${describeMinutes(30 * 90)}`);
    expect(text).toContain("Long List Group 29: 1 hour 30 minutes");
  });
});
