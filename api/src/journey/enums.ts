// The GraphQL enums of the recovery journey, declared once for every journey
// feature (check-ins, goals and phases, network map, dashboards and reports).
import {
  connectionInfluences,
  connectionKinds,
  goalStatuses,
  outcomeAreas,
  recoveryDomains,
  treatmentPhases,
} from "@kinship/db/schema";
import { enumOfValues } from "../graphql/builder";
import { journeyMilestoneKinds } from "./milestones/journey-milestones";

export const RecoveryDomainEnum = enumOfValues("RecoveryDomain", recoveryDomains);
export const OutcomeAreaEnum = enumOfValues("OutcomeArea", outcomeAreas);
export const TreatmentPhaseEnum = enumOfValues("TreatmentPhase", treatmentPhases);
export const GoalStatusEnum = enumOfValues("GoalStatus", goalStatuses);
export const ConnectionKindEnum = enumOfValues("ConnectionKind", connectionKinds);
export const ConnectionInfluenceEnum = enumOfValues("ConnectionInfluence", connectionInfluences);

// Goals, phases, lapses and milestones (J2).
export const JourneyMilestoneKindEnum = enumOfValues("JourneyMilestoneKind", journeyMilestoneKinds);
// How the viewer stands to a journey they are looking at (worked out per request, not stored).
export const JourneyRelationshipEnum = enumOfValues("JourneyRelationship", ["self", "mentor", "service"] as const);
