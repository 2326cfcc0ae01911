// GraphQL for mentors' profiles: the whole profile for its owner and their
// organisation's staff (staff reads audited), and the card a person choosing a
// mentor, or a mentee, sees, with every field the mentor keeps from them empty.
import { schema } from "@kinship/db";
import type { ProfileAudience, ProfileField } from "@kinship/db/schema";
import { and, eq } from "drizzle-orm";
import { RoleEnum } from "../../accounts/types";
import { AppError } from "../../errors";
import { builder } from "../../graphql/builder";
import type { Context } from "../../graphql/context";
import { requireViewer } from "../../graphql/viewer";
import { Organisation } from "../../organisations/types";
import {
  AgeBandEnum,
  GenderEnum,
  LifeExperienceEnum,
  MeetingWayEnum,
  ProfileAudienceEnum,
  ProfileFieldEnum,
  RecoveryPathwayEnum,
  SubstanceEnum,
  SupportNeedEnum,
  WeeklySlotEnum,
} from "../enums";
import type { ProfileRow } from "../load-candidates";
import { MentorProfileInput } from "./profile-input";
import { loadProfileViews, type ProfileView, profileFieldsRead } from "./profile-view";
import { saveMentorProfile } from "./save-mentor-profile";
import { effectiveVisibility, isFieldVisible, type ViewerStanding } from "./visibility";
import { slotsFromMask } from "./weekly-slots";

const FieldVisibility = builder
  .objectRef<{ field: ProfileField; audience: ProfileAudience }>("FieldVisibility")
  .implement({
    description: "Who may see one field of a mentor's profile: coordinators always do.",
    fields: (t) => ({
      field: t.expose("field", { type: ProfileFieldEnum }),
      audience: t.expose("audience", { type: ProfileAudienceEnum }),
    }),
  });

export const MentorProfileRef = builder.objectRef<ProfileView>("MentorProfile").implement({
  description:
    "A peer mentor's whole profile. Only the mentor and their organisation's coordinators see it; coordinators' reads are audited.",
  fields: (t) => ({
    id: t.id({ resolve: (v) => v.profile.id }),
    displayName: t.string({ resolve: (v) => v.displayName }),
    organisation: t.field({ type: Organisation, resolve: (v) => v.organisation }),
    role: t.field({
      type: RoleEnum,
      nullable: true,
      description: "The mentor's role in the organisation; null if they are no longer a member.",
      resolve: (v) => v.role,
    }),
    introduction: t.string({ resolve: (v) => v.profile.introduction }),
    substances: t.field({ type: [SubstanceEnum], resolve: (v) => v.profile.substances }),
    pathways: t.field({ type: [RecoveryPathwayEnum], resolve: (v) => v.profile.pathways }),
    lifeExperiences: t.field({ type: [LifeExperienceEnum], resolve: (v) => v.profile.lifeExperiences }),
    strengths: t.field({ type: [SupportNeedEnum], resolve: (v) => v.profile.strengths }),
    languages: t.stringList({ resolve: (v) => v.profile.languages }),
    gender: t.field({ type: GenderEnum, nullable: true, resolve: (v) => v.profile.gender }),
    ageBand: t.field({ type: AgeBandEnum, nullable: true, resolve: (v) => v.profile.ageBand }),
    homeArea: t.string({ nullable: true, resolve: (v) => v.profile.homeArea }),
    travelMiles: t.int({ resolve: (v) => v.profile.travelMiles }),
    meetingWays: t.field({ type: [MeetingWayEnum], resolve: (v) => v.profile.meetingWays }),
    availability: t.field({ type: [WeeklySlotEnum], resolve: (v) => slotsFromMask(v.profile.availability) }),
    capacity: t.int({
      description: "How many people the mentor can support at once.",
      resolve: (v) => v.profile.capacity,
    }),
    caseload: t.int({
      description: "People the mentor supports now: proposed, accepted, active or paused matches.",
      resolve: (v) => v.caseload,
    }),
    isTakingBreak: t.boolean({ resolve: (v) => v.profile.isTakingBreak }),
    visibility: t.field({ type: [FieldVisibility], resolve: (v) => effectiveVisibility(v.profile.visibility) }),
  }),
});

export interface CardView {
  profile: ProfileRow;
  displayName: string;
  standing: ViewerStanding;
}

const shown = <T>(card: CardView, field: ProfileField, value: T) =>
  isFieldVisible(card.profile.visibility, field, card.standing) ? value : null;

export const MentorCardRef = builder.objectRef<CardView>("MentorCard").implement({
  description:
    "A mentor as a person choosing a mentor, or their mentee, sees them: fields the mentor keeps from this viewer are null or empty.",
  fields: (t) => ({
    id: t.id({ resolve: (c) => c.profile.id }),
    displayName: t.string({ resolve: (c) => c.displayName }),
    introduction: t.string({ nullable: true, resolve: (c) => shown(c, "introduction", c.profile.introduction) }),
    substances: t.field({ type: [SubstanceEnum], resolve: (c) => shown(c, "substances", c.profile.substances) ?? [] }),
    pathways: t.field({ type: [RecoveryPathwayEnum], resolve: (c) => shown(c, "pathways", c.profile.pathways) ?? [] }),
    lifeExperiences: t.field({
      type: [LifeExperienceEnum],
      resolve: (c) => shown(c, "lifeExperiences", c.profile.lifeExperiences) ?? [],
    }),
    strengths: t.field({ type: [SupportNeedEnum], resolve: (c) => shown(c, "strengths", c.profile.strengths) ?? [] }),
    languages: t.stringList({ resolve: (c) => shown(c, "languages", c.profile.languages) ?? [] }),
    gender: t.field({ type: GenderEnum, nullable: true, resolve: (c) => shown(c, "gender", c.profile.gender) }),
    ageBand: t.field({ type: AgeBandEnum, nullable: true, resolve: (c) => shown(c, "ageBand", c.profile.ageBand) }),
    homeArea: t.string({ nullable: true, resolve: (c) => shown(c, "homeArea", c.profile.homeArea) }),
    meetingWays: t.field({
      type: [MeetingWayEnum],
      resolve: (c) => shown(c, "meetingWays", c.profile.meetingWays) ?? [],
    }),
    availability: t.field({
      type: [WeeklySlotEnum],
      resolve: (c) => slotsFromMask(shown(c, "availability", c.profile.availability) ?? 0),
    }),
  }),
});

/** Who owns a profile, for deciding access before reading it. */
export async function profileOwner(ctx: Pick<Context, "db">, profileId: string) {
  const { mentorProfiles } = schema;
  const [row] = await ctx.db
    .select({ personId: mentorProfiles.personId, organisationId: mentorProfiles.organisationId })
    .from(mentorProfiles)
    .where(eq(mentorProfiles.id, profileId));
  if (!row) throw new AppError("NOT_FOUND", "That mentor profile no longer exists.");
  return row;
}

/** One profile, for its owner (not audited) or its organisation's staff (audited). */
export async function loadOneProfile(ctx: Context, profileId: string, via: string) {
  const viewer = requireViewer(ctx);
  const owner = await profileOwner(ctx, profileId);
  const audit =
    owner.personId === viewer.personId
      ? undefined
      : {
          organisationId: owner.organisationId,
          relationship: "staff of the mentor's organisation",
          fields: profileFieldsRead,
          via,
        };
  const [view] = await loadProfileViews(ctx, eq(schema.mentorProfiles.id, profileId), audit);
  if (!view) throw new AppError("NOT_FOUND", "That mentor profile no longer exists.");
  return view;
}

builder.queryFields((t) => ({
  myMentorProfiles: t.field({
    type: [MentorProfileRef],
    description: "Your mentor profiles, one for each organisation you mentor with.",
    authScopes: { signedIn: true },
    resolve: (_root, _args, ctx) =>
      loadProfileViews(ctx, eq(schema.mentorProfiles.personId, requireViewer(ctx).personId)),
  }),
  mentorProfile: t.field({
    type: MentorProfileRef,
    description: "One mentor profile: for the mentor, or their organisation's coordinators (audited).",
    args: { id: t.arg.id({ required: true }) },
    authScopes: async (_root, { id }, ctx) => {
      const owner = await profileOwner(ctx, String(id));
      return owner.personId === ctx.viewer?.personId ? true : { staffOf: owner.organisationId };
    },
    resolve: (_root, { id }, ctx) => loadOneProfile(ctx, String(id), "Query.mentorProfile"),
  }),
  organisationMentors: t.field({
    type: [MentorProfileRef],
    description: "Every mentor profile of the organisation, with vetting. Coordinators only; every read is audited.",
    args: { organisationId: t.arg.id({ required: true }) },
    authScopes: (_root, { organisationId }) => ({ staffOf: String(organisationId) }),
    resolve: (_root, { organisationId }, ctx) =>
      loadProfileViews(ctx, eq(schema.mentorProfiles.organisationId, String(organisationId)), {
        organisationId: String(organisationId),
        relationship: "staff of the mentor's organisation",
        fields: profileFieldsRead,
        via: "Query.organisationMentors",
      }),
  }),
}));

builder.mutationFields((t) => ({
  saveMentorProfile: t.field({
    type: MentorProfileRef,
    description:
      "Create or update your mentor profile with an organisation where you volunteer or mentor, and say who may see each part.",
    args: {
      organisationId: t.arg.id({ required: true }),
      input: t.arg({ type: MentorProfileInput, required: true }),
    },
    authScopes: (_root, { organisationId }) => ({ memberOf: String(organisationId) }),
    resolve: async (_root, { organisationId, input }, ctx) => {
      const viewer = requireViewer(ctx);
      const profileId = await saveMentorProfile({ ctx, viewer, organisationId: String(organisationId), input });
      const [view] = await loadProfileViews(
        ctx,
        and(eq(schema.mentorProfiles.id, profileId), eq(schema.mentorProfiles.personId, viewer.personId)),
      );
      return view!;
    },
  }),
}));
