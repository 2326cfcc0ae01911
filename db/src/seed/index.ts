// Seeds the demo town into an empty database. The caller hashes the demo
// password once (hashing lives with authentication in the API) and every demo
// account shares it: demo accounts are for trying Kinship, not for real use.
import type { Database } from "../client";
import { newId } from "../ids";
import { memberships, organisations, people } from "../schema";
import { demoDirectoryInserts } from "./demo-directory";
import { demoOrganisations, demoPeople } from "./demo-town";

export { demoPassword, demoSignIns } from "./demo-town";

export async function isEmpty(db: Database) {
  return (await db.query.organisations.findFirst({ columns: { id: true } })) === undefined;
}

/** `now` anchors the directory's dates, so its gatherings are always coming up. */
export async function seedDemoData(
  db: Database,
  { passwordHash, now = new Date() }: { passwordHash: string; now?: Date },
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
  await db.batch([
    db.insert(organisations).values(organisationRows),
    db.insert(people).values(personRows),
    db.insert(memberships).values(membershipRows),
    ...demoDirectoryInserts(db, { now, organisationIds }),
  ]);
}
