// What the demo town's reports have to count: a mix of consents kept as a
// history, enough consenting people per organisation for published totals (and
// some months too few), and members who became volunteers.
import { hasConsent } from "@kinship/api/consent/consent-state";
import { schema } from "@kinship/db";
import { type ConsentPurpose, roles } from "@kinship/db/schema";
import { beforeAll, describe, expect, it } from "vitest";
import type { TestAppHandle } from "../support/app";
import {
  type DemoJourneys,
  dayMs,
  demoOrganisations,
  journeyLookups,
  loadDemoJourneys,
  demoNow as now,
  seededDemoTown,
} from "../support/demo-town";

let t: TestAppHandle;
let data: DemoJourneys;
const { idOf, organisationId } = journeyLookups(() => data);

beforeAll(async () => {
  t = await seededDemoTown();
  data = await loadDemoJourneys(t);
});

describe("demo recovery journeys: what reports count", () => {
  it("has a mix of consents: four share with their mentor, Chris with the service, Jay and some others nothing", async () => {
    const granted = async (name: string, purpose: ConsentPurpose) => hasConsent(t.db, idOf(name), purpose);
    for (const name of ["Dee", "Marcus", "Wayne", "Roxy"]) {
      expect(await granted(name, "share_journey_with_mentor"), name).toBe(true);
      expect(await granted(name, "share_journey_with_service"), name).toBe(false);
    }
    expect(await granted("Chris P", "share_journey_with_service")).toBe(true);
    // Chris shared with his mentor while they met, and stopped when the mentoring ended.
    expect(await granted("Chris P", "share_journey_with_mentor")).toBe(false);
    expect(data.consents.filter((c) => c.personId === idOf("Chris P") && !c.isGranted)).toHaveLength(1);
    expect(data.consents.filter((c) => c.personId === idOf("Jay"))).toEqual([]);
    const journeyPeople = [...new Set(data.checkIns.map((c) => c.personId))];
    const counted = await Promise.all(journeyPeople.map((id) => hasConsent(t.db, id, "include_in_anonymous_reports")));
    const share = counted.filter(Boolean).length / counted.length;
    expect(share).toBeGreaterThan(0.7);
    expect(share).toBeLessThan(0.95);
    const sharingWithService = await Promise.all(
      journeyPeople.map((id) => hasConsent(t.db, id, "share_journey_with_service")),
    );
    expect(sharingWithService.filter(Boolean)).toHaveLength(1);
  });

  it("gives each organisation enough consenting people for published totals, and some months too few", async () => {
    const consenting = new Set<string>();
    for (const personId of new Set(data.checkIns.map((c) => c.personId))) {
      if (await hasConsent(t.db, personId, "include_in_anonymous_reports")) consenting.add(personId);
    }
    for (const slug of demoOrganisations) {
      const members = new Set(
        data.memberships.filter((m) => m.organisationId === organisationId(slug)).map((m) => m.personId),
      );
      const checkIns = data.checkIns.filter((c) => members.has(c.personId) && consenting.has(c.personId));
      const perPerson = new Map<string, number>();
      for (const c of checkIns) perPerson.set(c.personId, (perPerson.get(c.personId) ?? 0) + 1);
      expect([...perPerson.values()].filter((n) => n >= 2).length, slug).toBeGreaterThanOrEqual(20);
      // People checking in, month by month: most months publishable, the first few (only the
      // named people had started) not.
      const perMonth = new Map<string, Set<string>>();
      for (const c of checkIns) {
        perMonth.set(c.takenOn.slice(0, 7), (perMonth.get(c.takenOn.slice(0, 7)) ?? new Set()).add(c.personId));
      }
      const sizes = [...perMonth.values()].map((people) => people.size);
      expect(sizes.filter((n) => n >= 5).length, slug).toBeGreaterThanOrEqual(8);
      expect(sizes.filter((n) => n < 5).length, slug).toBeGreaterThanOrEqual(1);
    }
  });

  it("has members at each organisation who became volunteers in the last year, and hold that role or a later one", async () => {
    const changes = await t.db.select().from(schema.roleChanges);
    for (const slug of demoOrganisations) {
      const becameVolunteers = changes.filter(
        (c) =>
          c.organisationId === organisationId(slug) &&
          c.toRole === "volunteer" &&
          now.getTime() - c.changedAt.getTime() < 365 * dayMs,
      );
      expect(becameVolunteers.length, slug).toBeGreaterThanOrEqual(5);
      for (const change of becameVolunteers) {
        const membership = data.memberships.find(
          (m) => m.personId === change.personId && m.organisationId === change.organisationId,
        );
        expect(roles.indexOf(membership!.role)).toBeGreaterThanOrEqual(roles.indexOf("volunteer"));
        expect(membership!.role).not.toMatch(/coordinator|admin/);
      }
    }
  });
});
