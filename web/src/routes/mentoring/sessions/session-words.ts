// The words the session pages show for contact modes and signposting, and how
// long something took, in plain English.
import type { ResultOf } from "../../../graphql/graphql";
import type { SupportSessionFields } from "../../../graphql/mentoring-sessions";

type Session = ResultOf<typeof SupportSessionFields>;
export type ContactMode = Session["contactMode"];
export type SignpostTarget = Session["signposting"][number];

export const contactModeLabels: Record<ContactMode, string> = {
  IN_PERSON: "Met in person",
  PHONE: "Phone call",
  VIDEO: "Video call",
  TEXT: "Text messages",
  ACCOMPANIED: "Went with them to an appointment",
};

export const signpostLabels: Record<SignpostTarget, string> = {
  HOUSING_SERVICE: "Housing service",
  JOBCENTRE: "Jobcentre",
  GP: "GP",
  MUTUAL_AID: "Mutual aid meeting",
  COLLEGE: "College or training",
  DRUG_ALCOHOL_SERVICE: "Drug and alcohol service",
  MENTAL_HEALTH_SERVICE: "Mental health service",
  DEBT_ADVICE: "Debt advice",
  FOOD_BANK: "Food bank",
  RECOVERY_CAFE: "Recovery café",
  OTHER_SERVICE: "Another service",
};

/** 75 → "1 hour 15 minutes". */
export function durationText(minutes: number) {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [
    hours ? `${hours} hour${hours === 1 ? "" : "s"}` : "",
    rest ? `${rest} minute${rest === 1 ? "" : "s"}` : "",
  ];
  return parts.filter(Boolean).join(" ") || "0 minutes";
}

/** A YYYY-MM-DD date some days later (or earlier, when negative). */
export function addDaysTo(date: string, days: number) {
  const moved = new Date(`${date}T12:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}
