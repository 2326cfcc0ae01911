// Seeds the demo town into an empty database. The caller hashes the demo
// password once (hashing lives with authentication in the API) and every demo
// account shares it: demo accounts are for trying Kinship, not for real use.
import type { Database } from "../client";
import { newId } from "../ids";
import { memberships, organisations, people } from "../schema";
import { demoDirectoryInserts } from "./demo-directory";
import { seedDemoJourney } from "./demo-journey";
import { demoGatheringsByName } from "./demo-journey-attendance";
import { type SealNote, seedDemoMentoring } from "./demo-mentoring";
import { demoOrganisations, demoPeople } from "./demo-town";

export type { SealNote } from "./demo-mentoring";
export { demoPassword, demoSignIns } from "./demo-town";

export async function isEmpty(db: Database) {
  return (await db.query.organisations.findFirst({ columns: { id: true } })) === undefined;
}

/**
 * `now` anchors every date, so gatherings are always coming up and the mentoring
 * story always ends today. Mentoring and recovery journeys are seeded only with
 * `sealNote` (the API's per-person encryption), because their notes must never
 * be stored in the clear.
 */
export async function seedDemoData(
  db: Database,
  { passwordHash, now = new Date(), sealNote }: { passwordHash: string; now?: Date; sealNote?: SealNote },
) {
  const organisationIds = new Map(demoOrganisations.map((o) => [o.slug, newId()]));
  const organisationRows = demoOrganisations.map((o) => ({ id: organisationIds.get(o.slug)!, ...o }));
  const personRows = demoPeople.map((p) => ({
    id: newId(),
    displayName: p.displayName,
    email: p.email,
    mobile: p.mobile,
    passwordHash,
  }));
  const membershipRows = demoPeople.flatMap((p, i) =>
    p.memberships.map((m) => ({
      id: newId(),
      personId: personRows[i]!.id,
      organisationId: organisationIds.get(m.organisation)!,
      role: m.role,
    })),
  );
  const directory = demoDirectoryInserts(db, { now, organisationIds });
  await db.batch([
    db.insert(organisations).values(organisationRows),
    db.insert(people).values(personRows),
    db.insert(memberships).values(membershipRows),
    ...directory.inserts,
  ]);
  if (!sealNote) return;
  const townPeople = new Map(
    demoPeople.map((p, i) => [
      p.displayName,
      { id: personRows[i]!.id, organisationId: organisationIds.get(p.memberships[0]!.organisation)! },
    ]),
  );
  const coordinatorOf = new Map(
    membershipRows.filter((m) => m.role === "coordinator").map((m) => [m.organisationId, m.personId]),
  );
  const town = { now, people: townPeople, coordinatorOf, sealNote };
  const { matches } = await seedDemoMentoring(db, town);
  await seedDemoJourney(db, {
    ...town,
    organisationIds,
    passwordHash,
    matches,
    gatherings: demoGatheringsByName(directory.gatheringRows, directory.exceptionRows),
  });
}
