// Loading mentor profiles as their owner or their organisation's staff see them:
// the profile, the mentor's name and role, their organisation, caseload and live
// vetting. A staff read is audited in the same batch as the read itself.
import { schema } from "@kinship/db";
import { and, eq, ne, type SQL } from "drizzle-orm";
import { type AccessDescription, recordPeopleRead } from "../../audit/access-record";
import { londonDate } from "../../calendar-dates";
import type { Context } from "../../graphql/context";
import { requireViewer } from "../../graphql/viewer";
import { describeProfiles, type PoolMember } from "../load-candidates";

export type OrganisationRow = typeof schema.organisations.$inferSelect;
export interface ProfileView extends PoolMember {
  organisation: OrganisationRow;
}

/** The fields of MentorProfile a staff read is recorded as reading. */
export const profileFieldsRead = ["profile", "vetting"];

export async function loadProfileViews(
  ctx: Context,
  where: SQL | undefined,
  audit?: AccessDescription,
): Promise<ProfileView[]> {
  const { mentorProfiles, memberships, organisations, people } = schema;
  const read = ctx.db
    .select({
      profile: mentorProfiles,
      displayName: people.displayName,
      role: memberships.role,
      organisation: organisations,
    })
    .from(mentorProfiles)
    .innerJoin(people, eq(people.id, mentorProfiles.personId))
    .innerJoin(organisations, eq(organisations.id, mentorProfiles.organisationId))
    .leftJoin(
      memberships,
      and(
        eq(memberships.personId, mentorProfiles.personId),
        eq(memberships.organisationId, mentorProfiles.organisationId),
      ),
    )
    .where(where)
    .orderBy(people.displayName, mentorProfiles.id);
  let rows: Awaited<typeof read>;
  if (audit) {
    const viewer = requireViewer(ctx);
    const others = and(where, ne(mentorProfiles.personId, viewer.personId));
    [, rows] = await ctx.db.batch([
      recordPeopleRead(ctx, viewer, { table: mentorProfiles, personId: mentorProfiles.personId, where: others }, audit),
      read,
    ]);
  } else {
    rows = await read;
  }
  const described = await describeProfiles(ctx.db, rows, londonDate(ctx.now()));
  return described.map((member, i) => ({ ...member, organisation: rows[i]!.organisation }));
}
