// Who may see or add to a mentor's supervision record: the mentor themself, and
// the coordinators and admins of the profile's organisation (second factor).
import { schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import type { Context } from "../../graphql/context";

export type MentorProfileRecord = Pick<
  typeof schema.mentorProfiles.$inferSelect,
  "id" | "personId" | "organisationId" | "createdAt"
>;

export async function loadMentorProfile(ctx: Pick<Context, "db">, id: string): Promise<MentorProfileRecord | null> {
  const { mentorProfiles } = schema;
  const [profile] = await ctx.db
    .select({
      id: mentorProfiles.id,
      personId: mentorProfiles.personId,
      organisationId: mentorProfiles.organisationId,
      createdAt: mentorProfiles.createdAt,
    })
    .from(mentorProfiles)
    .where(eq(mentorProfiles.id, id));
  return profile ?? null;
}

/** authScopes for a mentor's own record: the mentor, or staff of its organisation. */
export async function mentorProfileScopes(ctx: Context, id: string, isMentorAllowed: boolean) {
  const profile = await loadMentorProfile(ctx, id);
  if (!profile) return false;
  if (isMentorAllowed && ctx.viewer?.personId === profile.personId) return true;
  return { staffOf: profile.organisationId };
}
