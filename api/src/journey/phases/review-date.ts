// When a treatment phase must next be reviewed. Maintenance prescribing is
// reviewed at least every six months (the rule, from UK clinical
// guidance); any phase is reviewed within a year, so no record goes stale unseen.
import type { TreatmentPhase } from "@kinship/db/schema";
import { addMonths, longDate } from "../../calendar-dates";

const longestWaitMonths: Record<TreatmentPhase, number> = {
  stabilisation: 12,
  maintenance: 6,
  ready_for_recovery: 12,
};

/** Why `reviewOn` will not do for `phase` when recorded `today`, or null when it is fine. */
export function reviewDateProblem(phase: TreatmentPhase, reviewOn: string, today: string): string | null {
  if (reviewOn <= today) return "Choose a review date after today.";
  const latest = addMonths(today, longestWaitMonths[phase]);
  if (reviewOn <= latest) return null;
  return phase === "maintenance"
    ? `Maintenance is reviewed at least every six months. Choose a date no later than ${longDate(latest)}.`
    : `Review the phase within a year. Choose a date no later than ${longDate(latest)}.`;
}
