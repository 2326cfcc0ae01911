// A mentor logs a support session: the session, its follow-ups, the mentor's
// volunteering hours (pending a coordinator's check), the first-session start of
// an accepted match, and the notices to the mentee and (for a concern) to every
// coordinator and admin, all in one batch: all of it is written or none of it.
import { newId, schema } from "@kinship/db";
import { and, eq, sql } from "drizzle-orm";
import { addDays, londonDate } from "../../calendar-dates";
import { personCipher } from "../../crypto/person-keys";
import { AppError, validationError } from "../../errors";
import type { Context, Viewer } from "../../graphql/context";
import { notifyStatement, staffOf } from "../../notifications/notify";
import { liveStatuses, type MatchRecord } from "./match-access";
import type { SupportSessionInput } from "./session-input";
import { earliestSessionOn } from "./session-match";

function checkDates(ctx: Context, match: MatchRecord, input: SupportSessionInput) {
  const today = londonDate(ctx.now());
  if (input.heldOn > today) throw validationError({ heldOn: ["The session can't be in the future."] });
  if (input.heldOn < earliestSessionOn(match)) {
    throw validationError({ heldOn: ["That date is before you were matched. Check the date of the session."] });
  }
  const latest = addDays(input.heldOn, 366);
  input.followUps.forEach((followUp, index) => {
    if (followUp.dueOn < input.heldOn || followUp.dueOn > latest) {
      throw validationError({
        [`followUps.${index}.dueOn`]: ["Choose a date from the day of the session to a year after it."],
      });
    }
  });
}

async function organisationSlug(ctx: Context, organisationId: string) {
  const [organisation] = await ctx.db
    .select({ slug: schema.organisations.slug })
    .from(schema.organisations)
    .where(eq(schema.organisations.id, organisationId));
  return organisation?.slug ?? null;
}

export async function logSupportSession({
  ctx,
  viewer,
  match,
  input,
}: {
  ctx: Context;
  viewer: Viewer;
  match: MatchRecord;
  input: SupportSessionInput;
}) {
  if (!liveStatuses.includes(match.status)) {
    throw new AppError("CONFLICT", "Sessions can only be logged while the match is going on.");
  }
  checkDates(ctx, match, input);
  const now = ctx.now();
  const sessionId = newId();
  const cipher = personCipher(ctx, match.menteePersonId);
  const seal = (text: string | null, column: string) =>
    text === null ? null : cipher.encrypt(text, { table: "support_sessions", column, rowId: sessionId });
  const followUps = await Promise.all(
    input.followUps.map(async (followUp) => {
      const id = newId();
      const where = { table: "follow_up_actions", column: "description_cipher", rowId: id };
      return {
        id,
        sessionId,
        matchId: match.id,
        descriptionCipher: await cipher.encrypt(followUp.description, where),
        dueOn: followUp.dueOn,
        createdAt: now,
      };
    }),
  );
  const hasConcern = input.concern !== null;
  // Only a concern's notice links to the organisation's pages.
  const [staff, slug] = hasConcern
    ? await Promise.all([staffOf(ctx, match.organisationId), organisationSlug(ctx, match.organisationId)])
    : [[], null];
  const { supportSessions, followUpActions, volunteeringHours, mentoringMatches, matchEvents } = schema;
  const hours = (activity: "mentoring" | "travel_preparation", minutes: number, description: string) => ({
    id: newId(),
    personId: viewer.personId,
    organisationId: match.organisationId,
    activity,
    workedOn: input.heldOn,
    minutes,
    description,
    supportSessionId: sessionId,
    status: "pending" as const,
    createdAt: now,
  });

  const isFirstSession = match.status === "accepted";
  const stillAccepted = and(eq(mentoringMatches.id, match.id), eq(mentoringMatches.status, "accepted"));
  await ctx.db.batch([
    ctx.db.insert(supportSessions).values({
      id: sessionId,
      matchId: match.id,
      organisationId: match.organisationId,
      mentorPersonId: viewer.personId,
      menteePersonId: match.menteePersonId,
      heldOn: input.heldOn,
      durationMinutes: input.durationMinutes,
      travelMinutes: input.travelMinutes,
      contactMode: input.contactMode,
      topics: input.topics,
      signposting: input.signposting,
      notesCipher: await seal(input.notes, "notes_cipher"),
      hasConcern,
      concernCipher: await seal(input.concern, "concern_cipher"),
      createdAt: now,
    }),
    ...(followUps.length ? [ctx.db.insert(followUpActions).values(followUps)] : []),
    ctx.db
      .insert(volunteeringHours)
      .values([
        hours("mentoring", input.durationMinutes, "Peer mentoring session"),
        ...(input.travelMinutes > 0
          ? [hours("travel_preparation", input.travelMinutes, "Travel and preparation for a mentoring session")]
          : []),
      ]),
    // The first session starts an accepted match. Both statements re-check the
    // status inside the batch, so two sessions logged at once start it only once.
    ...(isFirstSession
      ? [
          ctx.db.insert(matchEvents).select(
            ctx.db
              .select({
                matchId: mentoringMatches.id,
                fromStatus: mentoringMatches.status,
                toStatus: sql<"active">`'active'`.as("to_status"),
                reason: sql<string>`'first_session'`.as("reason"),
                byPersonId: sql<string>`${viewer.personId}`.as("by_person_id"),
                at: sql<number>`${now.getTime()}`.as("at"),
              })
              .from(mentoringMatches)
              .where(stillAccepted),
          ),
          ctx.db
            .update(mentoringMatches)
            .set({
              status: "active",
              statusChangedAt: now,
              startedOn: sql`coalesce(${mentoringMatches.startedOn}, ${input.heldOn})`,
            })
            .where(stillAccepted),
        ]
      : []),
    ...(staff.length
      ? [
          notifyStatement(ctx, staff, {
            kind: "safeguarding_concern",
            message: "A mentor has raised a safeguarding concern. Please read it and respond today.",
            link: `/organisations/${slug ?? ""}/mentoring/concerns`,
            dedupeKey: `concern:${sessionId}`,
          }),
        ]
      : []),
    notifyStatement(ctx, [match.menteePersonId], {
      kind: "session_logged",
      message: "Your mentor recorded a session with you. You can read what they wrote and confirm it happened.",
      link: `/mentoring/matches/${match.id}/sessions`,
    }),
  ]);
  return sessionId;
}
