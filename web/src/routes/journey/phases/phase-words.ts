// Treatment phases in the words keyworkers use with the people they support.
import type { ResultOf } from "../../../graphql/graphql";
import type { OrganisationPhasesQuery } from "../../../graphql/journey-goals";

export type MemberPhase = ResultOf<typeof OrganisationPhasesQuery>["organisationPhases"][number];
export type TreatmentPhase = NonNullable<MemberPhase["phase"]>;

export const phaseLabels: Record<TreatmentPhase, string> = {
  STABILISATION: "Stabilisation",
  MAINTENANCE: "Maintenance",
  READY_FOR_RECOVERY: "Ready for recovery",
};

/** How long until a phase must be reviewed, as the form's hint says it. */
export const reviewRule = "Maintenance is reviewed at least every six months; other phases within a year.";
