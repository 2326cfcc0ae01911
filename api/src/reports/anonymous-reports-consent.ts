// Who is counted in anonymous aggregates: members whose newest
// include_in_anonymous_reports consent row is a grant (never asked means no).
// ADR 008: checked inside the very query that aggregates, so a withdrawal counts
// from the next request on and no list of people leaves the database.
import { sql } from "drizzle-orm";

/** A `consented(person_id)` CTE, for a WITH clause: the organisation's members who are counted. */
export const consentedMembers = (organisationId: string) => sql`consented as (
  select m.person_id from memberships m
  where m.organisation_id = ${organisationId} and coalesce((
    select c.is_granted from consents c
    where c.person_id = m.person_id and c.purpose = 'include_in_anonymous_reports'
    order by c.id desc limit 1
  ), 0) = 1
)`;
