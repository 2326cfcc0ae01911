// Mentoring rules an organisation starts with, following common UK peer-mentoring
// practice. Here (not in the API) so the demo seed and the API share one list.
import type { MatchWeights, TrainingModule } from "./schema";

export const defaultTraining: TrainingModule[] = [
  { code: "induction", name: "Peer mentoring induction", validForMonths: null },
  { code: "safeguarding", name: "Safeguarding adults and children", validForMonths: 36 },
  { code: "boundaries", name: "Boundaries and confidentiality", validForMonths: 24 },
  { code: "naloxone", name: "Overdose awareness and naloxone", validForMonths: 24 },
];

export const defaultWeights: MatchWeights = {
  sharedExperience: 3,
  pathway: 2,
  needs: 3,
  distance: 2,
  availability: 2,
  caseload: 1,
};

export const defaultMentoringRules = {
  requiredTraining: defaultTraining,
  isCriminalRecordsCheckRequired: true,
  criminalRecordsCheckValidMonths: 36,
  referencesRequired: 2,
  agreementValidMonths: 12,
  supervisionEveryDays: 56,
  weights: defaultWeights,
};
