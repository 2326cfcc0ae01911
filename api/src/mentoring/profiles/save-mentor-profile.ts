// A volunteer or mentor creating or updating their own profile with one
// organisation. Only people the organisation has made a volunteer or more may
// have one: being matched with someone in recovery is a role given, not taken.
import { newId, schema } from "@kinship/db";
import type {
  AgeBand,
  Gender,
  LifeExperience,
  MeetingWay,
  ProfileAudience,
  ProfileField,
  RecoveryPathway,
  Role,
  Substance,
  SupportNeed,
} from "@kinship/db/schema";
import { and, eq } from "drizzle-orm";
import { AppError } from "../../errors";
import type { Context, Viewer } from "../../graphql/context";
import { locateArea } from "./locate-area";
import { maskFromSlots, type WeeklySlot } from "./weekly-slots";

export interface MentorProfileInput {
  introduction?: string | null;
  substances?: Substance[] | null;
  pathways?: RecoveryPathway[] | null;
  lifeExperiences?: LifeExperience[] | null;
  strengths?: SupportNeed[] | null;
  languages?: string[] | null;
  gender?: Gender | null;
  ageBand?: AgeBand | null;
  homeArea?: string | null;
  travelMiles?: number | null;
  meetingWays?: MeetingWay[] | null;
  availability?: WeeklySlot[] | null;
  capacity?: number | null;
  isTakingBreak?: boolean | null;
  visibility?: { field: ProfileField; audience: ProfileAudience }[] | null;
}

const mayMentor: readonly Role[] = ["volunteer", "peer_mentor", "recovery_champion", "coordinator", "admin"];

export async function saveMentorProfile({
  ctx,
  viewer,
  organisationId,
  input,
}: {
  ctx: Context;
  viewer: Viewer;
  organisationId: string;
  input: MentorProfileInput;
}) {
  const role = viewer.roles.get(organisationId);
  if (!role || !mayMentor.includes(role)) {
    throw new AppError(
      "FORBIDDEN",
      "Mentor profiles are for this organisation's volunteers and peer mentors. Ask a coordinator about volunteering.",
    );
  }
  const { mentorProfiles } = schema;
  const [existing] = await ctx.db
    .select()
    .from(mentorProfiles)
    .where(and(eq(mentorProfiles.personId, viewer.personId), eq(mentorProfiles.organisationId, organisationId)));
  // Gender and age band may be cleared (null); other parts left out stay as they were.
  const keep = <K extends keyof MentorProfileInput>(key: K) => (input[key] === undefined ? {} : { [key]: input[key] });
  const place = input.homeArea === undefined ? {} : { ...(await locateArea(ctx, input.homeArea, "homeArea")) };
  const { area, ...position } = place as { area?: string | null; latitude?: number | null; longitude?: number | null };
  const changes = {
    ...(input.introduction != null && { introduction: input.introduction.trim() }),
    ...(input.substances != null && { substances: input.substances }),
    ...(input.pathways != null && { pathways: input.pathways }),
    ...(input.lifeExperiences != null && { lifeExperiences: input.lifeExperiences }),
    ...(input.strengths != null && { strengths: input.strengths }),
    ...(input.languages != null && { languages: input.languages }),
    ...keep("gender"),
    ...keep("ageBand"),
    ...(input.homeArea !== undefined && { homeArea: area ?? null, ...position }),
    ...(input.travelMiles != null && { travelMiles: input.travelMiles }),
    ...(input.meetingWays != null && { meetingWays: input.meetingWays }),
    ...(input.availability != null && { availability: maskFromSlots(input.availability) }),
    ...(input.capacity != null && { capacity: input.capacity }),
    ...(input.isTakingBreak != null && { isTakingBreak: input.isTakingBreak }),
    ...(input.visibility != null && {
      visibility: {
        ...existing?.visibility,
        ...Object.fromEntries(input.visibility.map(({ field, audience }) => [field, audience])),
      },
    }),
    updatedAt: ctx.now(),
  };
  if (existing) {
    await ctx.db.update(mentorProfiles).set(changes).where(eq(mentorProfiles.id, existing.id));
    return existing.id;
  }
  // Two first saves at once (a double tap) meet at the unique index: the second updates.
  const [saved] = await ctx.db
    .insert(mentorProfiles)
    .values({ id: newId(), personId: viewer.personId, organisationId, createdAt: ctx.now(), ...changes })
    .onConflictDoUpdate({ target: [mentorProfiles.personId, mentorProfiles.organisationId], set: changes })
    .returning({ id: mentorProfiles.id });
  return saved!.id;
}
