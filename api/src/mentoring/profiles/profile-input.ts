// What a mentor fills in about themself. Every part is optional: what is left out
// keeps its saved value (or the default for a new profile). Validated as a whole,
// so every problem is reported at once.
import { z } from "zod";
import { builder } from "../../graphql/builder";
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

/** A list of choices, each made once. */
export const ZChoices = (what: string, min = 0) =>
  z
    .array(z.string())
    .min(min, `Choose at least one ${what}.`)
    .max(30)
    .refine((items) => new Set(items).size === items.length, `Choose each ${what} once.`);

export const ZLanguages = z
  .array(z.string().regex(/^[a-z]{2,3}$/, "Use language codes like en, pl or ur."))
  .max(10, "Up to 10 languages, please.")
  .refine((codes) => new Set(codes).size === codes.length, "Each language once, please.");

// Loose: parts not checked here (gender, age band, taking a break) pass through as they are.
const ZMentorProfileInput = z.looseObject({
  introduction: z.string().max(1000, "Keep your introduction under 1,000 characters.").nullish(),
  substances: ZChoices("substance").nullish(),
  pathways: ZChoices("pathway").nullish(),
  lifeExperiences: ZChoices("experience").nullish(),
  strengths: ZChoices("thing you can help with").nullish(),
  languages: ZLanguages.nullish(),
  homeArea: z.string().max(100, "Use a town or the first half of a postcode.").nullish(),
  travelMiles: z.number().int().min(0).max(100, "Up to 100 miles.").nullish(),
  meetingWays: ZChoices("way to meet").nullish(),
  availability: ZChoices("time").nullish(),
  capacity: z.number().int().min(1, "At least one person.").max(10, "Up to 10 people.").nullish(),
  visibility: z
    .array(z.object({ field: z.string() }).passthrough())
    .max(20)
    .refine((list) => new Set(list.map((v) => v.field)).size === list.length, "Set each part once.")
    .nullish(),
});

export const FieldVisibilityInput = builder.inputType("FieldVisibilityInput", {
  fields: (t) => ({
    field: t.field({ type: ProfileFieldEnum, required: true }),
    audience: t.field({ type: ProfileAudienceEnum, required: true }),
  }),
});

export const MentorProfileInput = builder.inputType("MentorProfileInput", {
  validate: ZMentorProfileInput,
  fields: (t) => ({
    introduction: t.string(),
    substances: t.field({ type: [SubstanceEnum] }),
    pathways: t.field({ type: [RecoveryPathwayEnum] }),
    lifeExperiences: t.field({ type: [LifeExperienceEnum] }),
    strengths: t.field({ type: [SupportNeedEnum] }),
    languages: t.stringList(),
    gender: t.field({ type: GenderEnum }),
    ageBand: t.field({ type: AgeBandEnum }),
    homeArea: t.string({ description: "A town or the first half of a postcode (BL9), never your address." }),
    travelMiles: t.int(),
    meetingWays: t.field({ type: [MeetingWayEnum] }),
    availability: t.field({ type: [WeeklySlotEnum] }),
    capacity: t.int({ description: "How many people you can support at once." }),
    isTakingBreak: t.boolean(),
    visibility: t.field({
      type: [FieldVisibilityInput],
      description: "Who may see each part; parts left out keep their setting.",
    }),
  }),
});
