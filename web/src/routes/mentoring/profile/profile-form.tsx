// A mentor's profile for one organisation: what helps match them well, each
// part with its own "who can see this", and how many people they can take on.
import { type ReactNode, useState } from "react";
import { ErrorSummary } from "../../../components/error-summary";
import { TextField } from "../../../components/text-field";
import type { ResultOf } from "../../../graphql/graphql";
import { type MentorProfileFields, SaveMentorProfileMutation } from "../../../graphql/mentoring";
import { request } from "../../../lib/graphql-client";
import { textOf, useFormSubmit } from "../../../lib/use-form-submit";
import { ChoiceGroup, firstChoiceId, SelectField, TextAreaField } from "../../directory/form-fields";
import { checkedOf, chosenOf, numberOrNull, textOrNull } from "../form-values";
import {
  ageBandLabels,
  choicesOf,
  genderLabels,
  languageLabels,
  lifeExperienceLabels,
  meetingWayLabels,
  needLabels,
  type ProfileField,
  pathwayLabels,
  substanceLabels,
} from "../vocabulary";
import { AvailabilityGrid, slotsOf } from "../weekly-availability";
import { audienceOf, VisibilitySelect, visibilityFrom } from "./visibility-select";

export type MentorProfile = ResultOf<typeof MentorProfileFields>;

const fieldIds = {
  introduction: "introduction",
  substances: firstChoiceId("substances", "ALCOHOL"),
  pathways: firstChoiceId("pathways", "ABSTINENCE"),
  lifeExperiences: firstChoiceId("lifeExperiences", "PRISON_PROBATION"),
  strengths: firstChoiceId("strengths", "HOUSING"),
  languages: firstChoiceId("languages", "en"),
  gender: firstChoiceId("gender", "WOMAN"),
  ageBand: "ageBand",
  homeArea: "homeArea",
  travelMiles: "travelMiles",
  meetingWays: firstChoiceId("meetingWays", "IN_PERSON"),
  availability: "availability-MONDAY_MORNING",
  capacity: "capacity",
};

function inputFrom(data: FormData) {
  return {
    introduction: textOf(data, "introduction"),
    substances: checkedOf(data, "substances", substanceLabels),
    pathways: checkedOf(data, "pathways", pathwayLabels),
    lifeExperiences: checkedOf(data, "lifeExperiences", lifeExperienceLabels),
    strengths: checkedOf(data, "strengths", needLabels),
    languages: checkedOf(data, "languages", languageLabels),
    gender: chosenOf(data, "gender", genderLabels),
    ageBand: chosenOf(data, "ageBand", ageBandLabels),
    homeArea: textOrNull(data, "homeArea"),
    travelMiles: numberOrNull(data, "travelMiles") ?? 0,
    meetingWays: checkedOf(data, "meetingWays", meetingWayLabels),
    availability: slotsOf(data, "availability"),
    capacity: numberOrNull(data, "capacity") ?? 0,
    isTakingBreak: data.get("isTakingBreak") === "yes",
    visibility: visibilityFrom(data),
  };
}

interface ProfileFormProps {
  organisationId: string;
  profile: MentorProfile | null;
  onSaved: (profile: MentorProfile) => void;
}

export function ProfileForm({ organisationId, profile, onSaved }: ProfileFormProps) {
  const [message, setMessage] = useState("");
  const { onSubmit, problems, isPending } = useFormSubmit(fieldIds, async (data) => {
    setMessage("");
    const saved = await request(SaveMentorProfileMutation, { organisationId, input: inputFrom(data) });
    onSaved(saved.saveMentorProfile);
    setMessage("Your profile is saved.");
  });
  const errors = problems.byField;
  const visibility = profile?.visibility ?? [];
  // Each part of the profile beside its own "who can see this".
  const withVisibility = (field: ProfileField, control: ReactNode) => (
    <div className="profile-field">
      {control}
      <VisibilitySelect field={field} audience={audienceOf(visibility, field)} />
    </div>
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary problems={problems.summary} />
      {withVisibility(
        "INTRODUCTION",
        <TextAreaField
          id="introduction"
          label="Introduce yourself"
          hint="A few lines for someone choosing a mentor: what you enjoy, what helped you. No surname or address."
          defaultValue={profile?.introduction ?? ""}
          error={errors[fieldIds.introduction]}
        />,
      )}
      {withVisibility(
        "STRENGTHS",
        <ChoiceGroup
          name="strengths"
          type="checkbox"
          legend="What are you good at helping with?"
          choices={choicesOf(needLabels)}
          checked={profile?.strengths}
          error={errors[fieldIds.strengths]}
        />,
      )}
      {withVisibility(
        "SUBSTANCES",
        <ChoiceGroup
          name="substances"
          type="checkbox"
          legend="What have you had problems with yourself?"
          hint="Only if you're happy to say. It helps us match people who'd like someone who understands."
          choices={choicesOf(substanceLabels)}
          checked={profile?.substances}
          error={errors[fieldIds.substances]}
        />,
      )}
      {withVisibility(
        "PATHWAYS",
        <ChoiceGroup
          name="pathways"
          type="checkbox"
          legend="How have you recovered?"
          choices={choicesOf(pathwayLabels)}
          checked={profile?.pathways}
          error={errors[fieldIds.pathways]}
        />,
      )}
      {withVisibility(
        "LIFE_EXPERIENCES",
        <ChoiceGroup
          name="lifeExperiences"
          type="checkbox"
          legend="Have you been through any of these?"
          choices={choicesOf(lifeExperienceLabels)}
          checked={profile?.lifeExperiences}
          error={errors[fieldIds.lifeExperiences]}
        />,
      )}
      {withVisibility(
        "LANGUAGES",
        <ChoiceGroup
          name="languages"
          type="checkbox"
          legend="Which languages can you mentor in?"
          choices={choicesOf(languageLabels)}
          checked={profile?.languages ?? ["en"]}
          error={errors[fieldIds.languages]}
        />,
      )}
      {withVisibility(
        "GENDER",
        <ChoiceGroup
          name="gender"
          type="radio"
          legend="Your gender"
          hint="Some people would rather have a mentor of a particular gender."
          choices={[...choicesOf(genderLabels), ["", "I'd rather not say"]]}
          checked={[profile?.gender ?? ""]}
          error={errors[fieldIds.gender]}
        />,
      )}
      {withVisibility(
        "AGE_BAND",
        <SelectField
          id="ageBand"
          label="Your age"
          options={[["", "I'd rather not say"], ...choicesOf(ageBandLabels)]}
          defaultValue={profile?.ageBand ?? ""}
          error={errors[fieldIds.ageBand]}
        />,
      )}
      {withVisibility(
        "HOME_AREA",
        <TextField
          id="homeArea"
          label="Where are you based?"
          hint="A town or the first half of your postcode, like Bury or BL9. Never your address."
          className="input-short"
          defaultValue={profile?.homeArea ?? ""}
          error={errors[fieldIds.homeArea]}
        />,
      )}
      <TextField
        id="travelMiles"
        type="number"
        inputMode="numeric"
        min={0}
        label="How many miles will you travel to meet?"
        hint="Only coordinators see this."
        className="input-short"
        defaultValue={profile?.travelMiles ?? 5}
        error={errors[fieldIds.travelMiles]}
      />
      {withVisibility(
        "MEETING_WAYS",
        <ChoiceGroup
          name="meetingWays"
          type="checkbox"
          legend="How can you keep in touch?"
          choices={choicesOf(meetingWayLabels)}
          checked={profile?.meetingWays}
          error={errors[fieldIds.meetingWays]}
        />,
      )}
      {withVisibility(
        "AVAILABILITY",
        <AvailabilityGrid
          name="availability"
          legend="When are you usually free?"
          hint="In a normal week. You can change it whenever things change."
          checked={profile?.availability}
        />,
      )}
      <h2>How much you can take on</h2>
      <TextField
        id="capacity"
        type="number"
        inputMode="numeric"
        min={0}
        label="How many people could you mentor at once?"
        hint="Most mentors have one or two. Only coordinators see this."
        className="input-short"
        defaultValue={profile?.capacity ?? 2}
        error={errors[fieldIds.capacity]}
      />
      <ChoiceGroup
        name="isTakingBreak"
        type="checkbox"
        legend="Taking a break"
        hint="While you take a break, nobody new is suggested to you. The people you mentor now are not affected."
        choices={[["yes", "I'm taking a break from new matches"]]}
        checked={profile?.isTakingBreak ? ["yes"] : []}
      />
      {/* Beside the button that saved it; always in the page so screen readers announce it. */}
      <p className={message ? "notice" : "visually-hidden"} role="status">
        {message}
      </p>
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? "Saving…" : "Save your profile"}
      </button>
    </form>
  );
}
