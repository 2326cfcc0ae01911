// The questions of the "ask for a mentor" form after the organisation: what
// the person wants help with, who they'd like, when and where they can meet.
// Only what matching needs; everything but the first question is optional.
import { TextField } from "../../../components/text-field";
import { ChoiceGroup, firstChoiceId } from "../../directory/form-fields";
import { checkedOf, chosenOf, textOrNull } from "../form-values";
import {
  choicesOf,
  genderPreferenceLabels,
  languageLabels,
  lifeExperienceLabels,
  meetingWayLabels,
  needLabels,
  pathwayLabels,
  substanceLabels,
} from "../vocabulary";
import { AvailabilityGrid, slotsOf } from "../weekly-availability";

/** Where each API field's problem is shown (the first choice of a group). */
export const requestFieldIds = {
  needs: firstChoiceId("needs", "HOUSING"),
  genderPreference: firstChoiceId("genderPreference", "NO_PREFERENCE"),
  languages: firstChoiceId("languages", "en"),
  sharedSubstances: firstChoiceId("sharedSubstances", "ALCOHOL"),
  sharedLifeExperiences: firstChoiceId("sharedLifeExperiences", "PRISON_PROBATION"),
  pathway: firstChoiceId("pathway", "ABSTINENCE"),
  meetingWays: firstChoiceId("meetingWays", "IN_PERSON"),
  availability: "availability-MONDAY_MORNING",
  area: "area",
};

export function requestInputFrom(data: FormData) {
  return {
    needs: checkedOf(data, "needs", needLabels),
    genderPreference: chosenOf(data, "genderPreference", genderPreferenceLabels) ?? "NO_PREFERENCE",
    languages: checkedOf(data, "languages", languageLabels),
    sharedSubstances: checkedOf(data, "sharedSubstances", substanceLabels),
    sharedLifeExperiences: checkedOf(data, "sharedLifeExperiences", lifeExperienceLabels),
    pathway: chosenOf(data, "pathway", pathwayLabels),
    meetingWays: checkedOf(data, "meetingWays", meetingWayLabels),
    availability: slotsOf(data, "availability"),
    area: textOrNull(data, "area"),
  };
}

export function RequestPreferenceFields({ errors }: { errors: Record<string, string> }) {
  return (
    <>
      <ChoiceGroup
        name="needs"
        type="checkbox"
        legend="What would you like support with?"
        hint="Tick any that fit. You can talk about anything with your mentor; this helps us find someone who knows the way."
        choices={choicesOf(needLabels)}
        error={errors[requestFieldIds.needs]}
      />
      <h2>Who you'd like</h2>
      <ChoiceGroup
        name="genderPreference"
        type="radio"
        legend="Would you like your mentor to be…"
        choices={choicesOf(genderPreferenceLabels)}
        checked={["NO_PREFERENCE"]}
        error={errors[requestFieldIds.genderPreference]}
      />
      <ChoiceGroup
        name="languages"
        type="checkbox"
        legend="Which languages would you like to talk in?"
        choices={choicesOf(languageLabels)}
        checked={["en"]}
        error={errors[requestFieldIds.languages]}
      />
      <div className="callout">
        <h3>Shared experience (optional)</h3>
        <p>
          Some people find it easier to talk to someone who has been through the same things. You don't have to answer
          the next three questions. Only coordinators see your answers, to find the right person; mentors never do.
        </p>
      </div>
      <ChoiceGroup
        name="sharedSubstances"
        type="checkbox"
        legend="Would it help if your mentor had also had problems with…"
        choices={choicesOf(substanceLabels)}
        error={errors[requestFieldIds.sharedSubstances]}
      />
      <ChoiceGroup
        name="sharedLifeExperiences"
        type="checkbox"
        legend="Would it help if your mentor had been through…"
        choices={choicesOf(lifeExperienceLabels)}
        error={errors[requestFieldIds.sharedLifeExperiences]}
      />
      <ChoiceGroup
        name="pathway"
        type="radio"
        legend="Your way of recovering, if you have one (optional)"
        choices={[...choicesOf(pathwayLabels), ["", "I'd rather not say, or I'm not sure yet"]]}
        checked={[""]}
        error={errors[requestFieldIds.pathway]}
      />
      <h2>Meeting up</h2>
      <ChoiceGroup
        name="meetingWays"
        type="checkbox"
        legend="How would you like to keep in touch?"
        choices={choicesOf(meetingWayLabels)}
        error={errors[requestFieldIds.meetingWays]}
      />
      <AvailabilityGrid
        name="availability"
        legend="When are you usually free?"
        hint="Tick the times that usually suit you in a normal week."
      />
      <TextField
        id="area"
        label="Your town, or the first half of your postcode (optional)"
        hint="For example Bury or BL9. We use it to find someone near you, never your address."
        autoComplete="off"
        className="input-short"
        error={errors.area}
      />
    </>
  );
}
