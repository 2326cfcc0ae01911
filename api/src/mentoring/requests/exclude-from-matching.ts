// Safeguarding exclusions: a person blocking a mentor, or a coordinator recording
// that two people know each other (a former partner, someone they used with).
// The two are never proposed to each other again, and offers between them that
// nobody has answered yet are set aside at once.
import { newId, schema } from "@kinship/db";
import type { ExclusionReason } from "@kinship/db/schema";
import { and, eq, inArray } from "drizzle-orm";
import { AppError, validationError } from "../../errors";
import type { Context, Viewer } from "../../graphql/context";
import { notifyStatement, staffOf } from "../../notifications/notify";
import type { Actor } from "../matches/match-lifecycle";
import { between, setAsideOffers } from "./set-aside-offers";

async function exclude(
  ctx: Context,
  {
    personId,
    excludedPersonId,
    reason,
    viewer,
    actor,
    organisationId,
  }: {
    personId: string;
    excludedPersonId: string;
    reason: ExclusionReason;
    viewer: Viewer;
    actor: Actor;
    /** Offers are set aside in this organisation: staff act only within their own. */
    organisationId: string;
  },
) {
  if (personId === excludedPersonId) throw validationError({ excludedPersonId: ["Choose someone else."] });
  const at = ctx.now();
  const { mentoringExclusions } = schema;
  const inOrganisation = eq(schema.mentoringMatches.organisationId, organisationId);
  const offers = await setAsideOffers(ctx, and(between(personId, excludedPersonId), inOrganisation), {
    at,
    byPersonId: viewer.personId,
    actor,
    reason: reason === "blocked" ? "mentor_blocked" : "people_know_each_other",
  });
  const values = { personId, excludedPersonId, reason, recordedByPersonId: viewer.personId, createdAt: at };
  return [
    ctx.db
      .insert(mentoringExclusions)
      .values({ id: newId(), ...values })
      .onConflictDoUpdate({
        target: [mentoringExclusions.personId, mentoringExclusions.excludedPersonId],
        set: values,
      }),
    ...offers,
  ] as const;
}

/** The person blocks a mentor of an organisation where they asked for one. */
export async function blockMentor({ ctx, viewer, profileId }: { ctx: Context; viewer: Viewer; profileId: string }) {
  const { mentorProfiles, mentorRequests, mentoringMatches: m, organisations } = schema;
  const [profile] = await ctx.db
    .select({
      personId: mentorProfiles.personId,
      organisationId: mentorProfiles.organisationId,
      slug: organisations.slug,
    })
    .from(mentorProfiles)
    .innerJoin(organisations, eq(organisations.id, mentorProfiles.organisationId))
    .where(eq(mentorProfiles.id, profileId));
  const [asked] = profile
    ? await ctx.db
        .select({ id: mentorRequests.id })
        .from(mentorRequests)
        .where(
          and(eq(mentorRequests.personId, viewer.personId), eq(mentorRequests.organisationId, profile.organisationId)),
        )
        .limit(1)
    : [];
  if (!profile || !asked)
    throw new AppError("NOT_FOUND", "We couldn't find that mentor among the ones offered to you.");
  const [first, ...rest] = await exclude(ctx, {
    personId: viewer.personId,
    excludedPersonId: profile.personId,
    reason: "blocked",
    viewer,
    actor: "mentee",
    organisationId: profile.organisationId,
  });
  // Blocking a mentor they are working with is a safeguarding signal: the
  // coordinators are told (without saying who), and decide about the match.
  const [working] = await ctx.db
    .select({ id: m.id })
    .from(m)
    .where(
      and(
        eq(m.menteePersonId, viewer.personId),
        eq(m.mentorPersonId, profile.personId),
        inArray(m.status, ["accepted", "active", "paused"]),
      ),
    )
    .limit(1);
  const staff = working ? await staffOf(ctx, profile.organisationId) : [];
  await ctx.db.batch([
    first,
    ...rest,
    ...(staff.length > 0
      ? [
          notifyStatement(ctx, staff, {
            kind: "match_changed",
            message: "Someone has blocked the mentor they are matched with. Please look at their match soon.",
            link: `/organisations/${profile.slug}/mentoring`,
          }),
        ]
      : []),
  ]);
}

/** A coordinator records that two of the organisation's people must never be matched. */
export async function recordExclusion({
  ctx,
  viewer,
  organisationId,
  personId,
  excludedPersonId,
  reason,
}: {
  ctx: Context;
  viewer: Viewer;
  organisationId: string;
  personId: string;
  excludedPersonId: string;
  reason: ExclusionReason;
}) {
  const { memberships } = schema;
  const members = await ctx.db
    .select({ personId: memberships.personId })
    .from(memberships)
    .where(
      and(eq(memberships.organisationId, organisationId), inArray(memberships.personId, [personId, excludedPersonId])),
    );
  if (new Set(members.map((row) => row.personId)).size < new Set([personId, excludedPersonId]).size) {
    throw new AppError("NOT_FOUND", "Both people must be members of this organisation.");
  }
  const [first, ...rest] = await exclude(ctx, {
    personId,
    excludedPersonId,
    reason,
    viewer,
    actor: "staff",
    organisationId,
  });
  await ctx.db.batch([first, ...rest]);
}
