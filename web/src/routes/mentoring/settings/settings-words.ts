// The words for an organisation's mentoring rules, shared by the admin's form and
// the read-only page coordinators see: what each match weight means for a match,
// and how long things last in plain words.
import type { ResultOf } from "../../../graphql/graphql";
import type { MentoringSettingsFields } from "../../../graphql/mentoring-coordination";

export type Settings = ResultOf<typeof MentoringSettingsFields>;
export type WeightName = keyof Settings["weights"];

/** In the order the shortlist's reasons usually come. */
export const weightWords: Record<WeightName, { label: string; meaning: string }> = {
  sharedExperience: {
    label: "Shared experience",
    meaning:
      "The mentor has been through what the person said they'd like to share: the same substances, prison, care, homelessness and so on.",
  },
  pathway: {
    label: "Way of recovering",
    meaning:
      "The mentor knows the person's way of recovering, such as twelve-step fellowships, SMART Recovery or a prescription.",
  },
  needs: {
    label: "Help with what they need",
    meaning: "The mentor is good at what the person wants help with, such as housing, benefits or confidence.",
  },
  distance: {
    label: "Living near each other",
    meaning:
      "They live close enough to meet in person. Phone, video and messages work at any distance, so they count a little less than being close.",
  },
  availability: {
    label: "Free at the same times",
    meaning: "They are usually free at the same times of the week.",
  },
  caseload: {
    label: "Room in the mentor's caseload",
    meaning: "The mentor supports few people yet, so the same busy mentors are not always asked first.",
  },
};

export const weightNames = Object.keys(weightWords) as WeightName[];

export const monthsText = (months: number) => (months === 1 ? "1 month" : `${months} months`);

/** "56 days (8 weeks)": supervision is usually thought of in weeks. */
export function daysText(days: number) {
  const weeks = days / 7;
  return Number.isInteger(weeks) ? `${days} days (${weeks === 1 ? "1 week" : `${weeks} weeks`})` : `${days} days`;
}

export const trainingLastsText = (validForMonths: number | null) =>
  validForMonths === null ? "never runs out" : `stays current for ${monthsText(validForMonths)}`;
