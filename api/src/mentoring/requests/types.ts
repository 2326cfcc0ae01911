// GraphQL for asking for a mentor: the person's own requests, the waiting list
// for coordinators (audited), asking on someone's behalf, withdrawing, and
// keeping people apart (blocking a mentor, recording that two people know each other).
import { schema } from "@kinship/db";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { AppError, validationError } from "../../errors";
import { builder } from "../../graphql/builder";
import type { Context } from "../../graphql/context";
import { requireViewer } from "../../graphql/viewer";
import { Organisation } from "../../organisations/types";
import {
  ExclusionReasonEnum,
  GenderPreferenceEnum,
  LifeExperienceEnum,
  MeetingWayEnum,
  RecoveryPathwayEnum,
  RequestStatusEnum,
  SubstanceEnum,
  SupportNeedEnum,
  WeeklySlotEnum,
} from "../enums";
import { ZChoices, ZLanguages } from "../profiles/profile-input";
import { slotsFromMask } from "../profiles/weekly-slots";
import { askForMentor } from "./ask-for-mentor";
import { blockMentor, recordExclusion } from "./exclude-from-matching";
import "./exclusion-types";
import { organisationOfRequest } from "./request-organisation";
import { loadRequestViews, type RequestView, staffRequestAccess } from "./request-view";
import { withdrawMentorRequest } from "./withdraw-mentor-request";

// A mentor deciding whether to take someone on sees what they need to decide;
// the person's own history (substances, experiences, pathway) stays with them.
const notForMentor = <T>(view: RequestView, value: T, hidden: T) => (view.access === "mentor" ? hidden : value);

export const MentorRequestRef = builder.objectRef<RequestView>("MentorRequest").implement({
  description:
    "Someone asking for a mentor. Seen by the person, their organisation's coordinators (audited), and the mentor it is proposed to (audited; needs, times, ways to meet, languages and area only).",
  fields: (t) => ({
    id: t.id({ resolve: (v) => v.request.id }),
    displayName: t.string({ resolve: (v) => v.displayName }),
    status: t.field({ type: RequestStatusEnum, resolve: (v) => v.request.status }),
    needs: t.field({ type: [SupportNeedEnum], resolve: (v) => v.request.needs }),
    genderPreference: t.field({ type: GenderPreferenceEnum, resolve: (v) => v.request.genderPreference }),
    languages: t.stringList({ resolve: (v) => v.request.languages }),
    sharedSubstances: t.field({
      type: [SubstanceEnum],
      resolve: (v) => notForMentor(v, v.request.sharedSubstances, []),
    }),
    sharedLifeExperiences: t.field({
      type: [LifeExperienceEnum],
      resolve: (v) => notForMentor(v, v.request.sharedLifeExperiences, []),
    }),
    pathway: t.field({
      type: RecoveryPathwayEnum,
      nullable: true,
      resolve: (v) => notForMentor(v, v.request.pathway, null),
    }),
    meetingWays: t.field({ type: [MeetingWayEnum], resolve: (v) => v.request.meetingWays }),
    availability: t.field({ type: [WeeklySlotEnum], resolve: (v) => slotsFromMask(v.request.availability) }),
    area: t.string({ nullable: true, resolve: (v) => v.request.area }),
    createdAt: t.field({ type: "DateTime", resolve: (v) => v.request.createdAt }),
    isOnBehalf: t.boolean({
      description: "A keyworker asked on the person's behalf, with their agreement.",
      resolve: (v) => v.request.requestedByPersonId !== null,
    }),
    organisation: t.field({
      type: Organisation,
      description: "The organisation asked.",
      resolve: (v, _args, ctx) => organisationOfRequest(ctx, v.request.organisationId),
    }),
  }),
});

// Loose: parts not checked here (gender preference, pathway) pass through as they are.
const ZMentorRequestInput = z.looseObject({
  needs: ZChoices("thing you'd like help with", 1),
  languages: ZLanguages.nullish(),
  sharedSubstances: ZChoices("substance").nullish(),
  sharedLifeExperiences: ZChoices("experience").nullish(),
  meetingWays: ZChoices("way to meet", 1),
  availability: ZChoices("time"),
  area: z.string().max(100, "Use a town or the first half of a postcode.").nullish(),
});

const MentorRequestInput = builder.inputType("MentorRequestInput", {
  validate: ZMentorRequestInput,
  fields: (t) => ({
    needs: t.field({ type: [SupportNeedEnum], required: true }),
    genderPreference: t.field({ type: GenderPreferenceEnum }),
    languages: t.stringList(),
    sharedSubstances: t.field({ type: [SubstanceEnum] }),
    sharedLifeExperiences: t.field({ type: [LifeExperienceEnum] }),
    pathway: t.field({ type: RecoveryPathwayEnum }),
    meetingWays: t.field({ type: [MeetingWayEnum], required: true }),
    availability: t.field({ type: [WeeklySlotEnum], required: true }),
    area: t.string({ description: "A town or the first half of a postcode, for meeting in person." }),
  }),
});

export async function loadRequest(ctx: Pick<Context, "db">, id: string) {
  const [request] = await ctx.db.select().from(schema.mentorRequests).where(eq(schema.mentorRequests.id, id));
  if (!request) throw new AppError("NOT_FOUND", "That request for a mentor no longer exists.");
  return request;
}

/** One request as the person (not audited) or as staff (audited). */
async function loadOneRequest(ctx: Context, id: string, via: string) {
  const viewer = requireViewer(ctx);
  const request = await loadRequest(ctx, id);
  const isOwn = request.personId === viewer.personId;
  const [view] = await loadRequestViews(
    ctx,
    eq(schema.mentorRequests.id, id),
    isOwn ? "self" : "staff",
    isOwn ? undefined : staffRequestAccess(request.organisationId, via),
  );
  return view!;
}

builder.queryFields((t) => ({
  myMentorRequests: t.field({
    type: [MentorRequestRef],
    description: "Your requests for a mentor, oldest first.",
    authScopes: { signedIn: true },
    resolve: (_root, _args, ctx) =>
      loadRequestViews(ctx, eq(schema.mentorRequests.personId, requireViewer(ctx).personId), "self"),
  }),
  mentorRequests: t.field({
    type: [MentorRequestRef],
    description: "The organisation's requests for a mentor, oldest first. Coordinators only; every read is audited.",
    args: {
      organisationId: t.arg.id({ required: true }),
      status: t.arg({ type: RequestStatusEnum }),
    },
    authScopes: (_root, { organisationId }) => ({ staffOf: String(organisationId) }),
    resolve: (_root, { organisationId, status }, ctx) => {
      const { mentorRequests } = schema;
      return loadRequestViews(
        ctx,
        and(
          eq(mentorRequests.organisationId, String(organisationId)),
          status ? eq(mentorRequests.status, status) : undefined,
        ),
        "staff",
        staffRequestAccess(String(organisationId), "Query.mentorRequests"),
      );
    },
  }),
}));

builder.mutationFields((t) => ({
  askForMentor: t.field({
    type: MentorRequestRef,
    description: "Ask an organisation you belong to for a peer mentor.",
    args: { organisationId: t.arg.id({ required: true }), input: t.arg({ type: MentorRequestInput, required: true }) },
    authScopes: (_root, { organisationId }) => ({ memberOf: String(organisationId) }),
    resolve: async (_root, { organisationId, input }, ctx) => {
      const viewer = requireViewer(ctx);
      const id = await askForMentor({
        ctx,
        organisationId: String(organisationId),
        personId: viewer.personId,
        requestedByPersonId: null,
        input,
      });
      return loadOneRequest(ctx, id, "Mutation.askForMentor");
    },
  }),
  askForMentorOnBehalf: t.field({
    type: MentorRequestRef,
    description: "A keyworker asking for a mentor for one of the organisation's members, who has agreed to it.",
    args: {
      organisationId: t.arg.id({ required: true }),
      personId: t.arg.id({ required: true }),
      input: t.arg({ type: MentorRequestInput, required: true }),
      hasPersonAgreed: t.arg.boolean({ required: true }),
    },
    authScopes: (_root, { organisationId }) => ({ staffOf: String(organisationId) }),
    resolve: async (_root, { organisationId, personId, input, hasPersonAgreed }, ctx) => {
      if (!hasPersonAgreed) {
        throw validationError({ hasPersonAgreed: ["Ask the person first: they must agree to having a mentor."] });
      }
      const id = await askForMentor({
        ctx,
        organisationId: String(organisationId),
        personId: String(personId),
        requestedByPersonId: requireViewer(ctx).personId,
        input,
      });
      return loadOneRequest(ctx, id, "Mutation.askForMentorOnBehalf");
    },
  }),
  withdrawMentorRequest: t.field({
    type: MentorRequestRef,
    description: "Stop asking for a mentor. Offers not yet taken up are set aside.",
    args: { id: t.arg.id({ required: true }) },
    authScopes: async (_root, { id }, ctx) => {
      const request = await loadRequest(ctx, String(id));
      return request.personId === ctx.viewer?.personId ? true : { staffOf: request.organisationId };
    },
    resolve: async (_root, { id }, ctx) => {
      const request = await loadRequest(ctx, String(id));
      await withdrawMentorRequest({ ctx, viewer: requireViewer(ctx), request });
      return loadOneRequest(ctx, request.id, "Mutation.withdrawMentorRequest");
    },
  }),
  blockMentor: t.boolean({
    description: "Never be matched with this mentor. Offers from them not yet taken up are set aside.",
    args: { mentorProfileId: t.arg.id({ required: true }) },
    authScopes: { signedIn: true },
    resolve: async (_root, { mentorProfileId }, ctx) => {
      await blockMentor({ ctx, viewer: requireViewer(ctx), profileId: String(mentorProfileId) });
      return true;
    },
  }),
  recordExclusion: t.boolean({
    description:
      "Record that two of the organisation's people must never be matched (blocked, or they know each other).",
    args: {
      organisationId: t.arg.id({ required: true }),
      personId: t.arg.id({ required: true }),
      excludedPersonId: t.arg.id({ required: true }),
      reason: t.arg({ type: ExclusionReasonEnum, required: true }),
    },
    authScopes: (_root, { organisationId }) => ({ staffOf: String(organisationId) }),
    resolve: async (_root, args, ctx) => {
      await recordExclusion({
        ctx,
        viewer: requireViewer(ctx),
        organisationId: String(args.organisationId),
        personId: String(args.personId),
        excludedPersonId: String(args.excludedPersonId),
        reason: args.reason,
      });
      return true;
    },
  }),
}));
