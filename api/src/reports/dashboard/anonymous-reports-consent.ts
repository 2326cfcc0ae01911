// Whether a person is counted in anonymous aggregates: the newest
// include_in_anonymous_reports consent row is a grant (never asked means no).
// ADR 008: checked inside the very query that aggregates, so a withdrawal counts
// from the next request on and no list of people leaves the database.
import { type SQL, sql } from "drizzle-orm";

/** A condition on `personId` (an SQL expression such as `sql.raw("m.person_id")`) for a WHERE clause. */
export const countsInAnonymousReports = (personId: SQL) => sql`coalesce((
  select c.is_granted from consents c
  where c.person_id = ${personId} and c.purpose = 'include_in_anonymous_reports'
  order by c.id desc limit 1
), 0) = 1`;
