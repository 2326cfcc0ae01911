// What a certificate states: a person's APPROVED hours only, per organisation
// and activity, within an optional period. Grouped in SQL; the organisations'
// names say who verified them (never the coordinator's own name).
import { type Database, schema } from "@kinship/db";
import type { VolunteeringActivity } from "@kinship/db/schema";
import { and, asc, eq, gte, lte, max, min, sql } from "drizzle-orm";

export interface CertificateOrganisation {
  name: string;
  minutes: number;
  activities: { activity: VolunteeringActivity; minutes: number }[];
}

export async function certificateHours(
  db: Database,
  personId: string,
  period: { from: string | null; to: string | null },
) {
  const { organisations, volunteeringHours: hours } = schema;
  const minutes = sql<number>`sum(${hours.minutes})`.mapWith(Number);
  const [person, rows] = await Promise.all([
    db.query.people.findFirst({ columns: { displayName: true }, where: { id: personId } }),
    db
      .select({
        organisationId: organisations.id,
        organisationName: organisations.name,
        activity: hours.activity,
        minutes,
        firstOn: min(hours.workedOn),
        lastOn: max(hours.workedOn),
      })
      .from(hours)
      .innerJoin(organisations, eq(organisations.id, hours.organisationId))
      .where(
        and(
          eq(hours.personId, personId),
          eq(hours.status, "approved"),
          period.from ? gte(hours.workedOn, period.from) : undefined,
          period.to ? lte(hours.workedOn, period.to) : undefined,
        ),
      )
      .groupBy(organisations.id, hours.activity)
      .orderBy(asc(organisations.name), asc(organisations.id), asc(hours.activity)),
  ]);
  if (!person) return null;
  const byOrganisation = new Map<string, CertificateOrganisation>();
  for (const row of rows) {
    const organisation = byOrganisation.get(row.organisationId) ?? {
      name: row.organisationName,
      minutes: 0,
      activities: [],
    };
    organisation.minutes += row.minutes;
    organisation.activities.push({ activity: row.activity, minutes: row.minutes });
    byOrganisation.set(row.organisationId, organisation);
  }
  const organisationList = [...byOrganisation.values()];
  for (const organisation of organisationList) organisation.activities.sort((a, b) => b.minutes - a.minutes);
  const dates = rows
    .flatMap((row) => [row.firstOn, row.lastOn])
    .filter((on): on is string => Boolean(on))
    .sort();
  return {
    displayName: person.displayName,
    organisations: organisationList,
    totalMinutes: organisationList.reduce((total, organisation) => total + organisation.minutes, 0),
    // The period as asked, or as the hours themselves span when left open.
    from: period.from ?? dates[0] ?? null,
    to: period.to ?? dates.at(-1) ?? null,
  };
}
export type CertificateHours = NonNullable<Awaited<ReturnType<typeof certificateHours>>>;
