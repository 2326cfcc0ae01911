// Asking for a mentor: the person themself, or a keyworker on their behalf who
// confirms the person agreed. One open request per person per organisation: a
// second would put them on the waiting list twice.
import { newId, schema } from "@kinship/db";
import type {
  GenderPreference,
  LifeExperience,
  MeetingWay,
  RecoveryPathway,
  Substance,
  SupportNeed,
} from "@kinship/db/schema";
import { and, eq, exists, inArray, or } from "drizzle-orm";
import { AppError } from "../../errors";
import type { Context } from "../../graphql/context";
import { caseloadStatuses } from "../load-candidates";
import { locateArea } from "../profiles/locate-area";
import { maskFromSlots, type WeeklySlot } from "../profiles/weekly-slots";

export interface MentorRequestInput {
  needs: SupportNeed[];
  genderPreference?: GenderPreference | null;
  languages?: string[] | null;
  sharedSubstances?: Substance[] | null;
  sharedLifeExperiences?: LifeExperience[] | null;
  pathway?: RecoveryPathway | null;
  meetingWays: MeetingWay[];
  availability: WeeklySlot[];
  area?: string | null;
}

/** The person's requests still in play there: waiting, with an offer out, or with a mentor now. */
async function hasOpenRequest(ctx: Context, personId: string, organisationId: string) {
  const { mentorRequests, mentoringMatches } = schema;
  const [open] = await ctx.db
    .select({ id: mentorRequests.id })
    .from(mentorRequests)
    .where(
      and(
        eq(mentorRequests.personId, personId),
        eq(mentorRequests.organisationId, organisationId),
        or(
          inArray(mentorRequests.status, ["waiting", "offered"]),
          exists(
            ctx.db
              .select({ id: mentoringMatches.id })
              .from(mentoringMatches)
              .where(
                and(
                  eq(mentoringMatches.requestId, mentorRequests.id),
                  inArray(mentoringMatches.status, [...caseloadStatuses]),
                ),
              ),
          ),
        ),
      ),
    )
    .limit(1);
  return open !== undefined;
}

export async function askForMentor({
  ctx,
  organisationId,
  personId,
  requestedByPersonId,
  input,
}: {
  ctx: Context;
  organisationId: string;
  personId: string;
  /** The keyworker asking on the person's behalf; null when the person asks. */
  requestedByPersonId: string | null;
  input: MentorRequestInput;
}) {
  const { memberships, mentorRequests } = schema;
  const [membership] = await ctx.db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.personId, personId), eq(memberships.organisationId, organisationId)));
  if (!membership) throw new AppError("NOT_FOUND", "That person isn't a member of this organisation.");
  if (await hasOpenRequest(ctx, personId, organisationId)) {
    throw new AppError(
      "CONFLICT",
      requestedByPersonId
        ? "This person has already asked for a mentor here. You'll find their request on the waiting list."
        : "You have already asked for a mentor here. You can see how it is going on your mentoring page.",
    );
  }
  const { area, latitude, longitude } = await locateArea(ctx, input.area, "area");
  const id = newId();
  await ctx.db.insert(mentorRequests).values({
    id,
    organisationId,
    personId,
    requestedByPersonId,
    needs: input.needs,
    genderPreference: input.genderPreference ?? "no_preference",
    languages: input.languages ?? [],
    sharedSubstances: input.sharedSubstances ?? [],
    sharedLifeExperiences: input.sharedLifeExperiences ?? [],
    pathway: input.pathway ?? null,
    meetingWays: input.meetingWays,
    availability: maskFromSlots(input.availability),
    area,
    latitude,
    longitude,
    status: "waiting",
    createdAt: ctx.now(),
    updatedAt: ctx.now(),
  });
  return id;
}
