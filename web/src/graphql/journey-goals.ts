// Operations for goals and steps, lapses, milestones, treatment phases, the
// journey hub and someone else's shared journey. Reading another person's
// journey is checked against their consent by the API, and audited.
import { graphql } from "./graphql";

export const GoalFields = graphql(`
  fragment GoalFields on JourneyGoal @_unmask {
    id title needs status targetOn createdAt achievedAt setAsideAt isSetTogether setWithName stepsDone
    steps { id title position dueOn doneAt }
  }
`);

export const MilestoneFields = graphql(`
  fragment MilestoneFields on JourneyMilestones @_unmask {
    buildingSince weeksBuilding buildingSentence milestones { kind count title reachedOn }
  }
`);

export const JourneyHubQuery = graphql(`
  query JourneyHub {
    journeyGoals { id status stepsDone steps { id } }
    journeyMilestones { buildingSentence milestones { kind count title reachedOn } }
    recoveryCheckIns { lastTakenOn nextSuggestedOn checkIns { id } }
    networkMap { counts { connectionCount supportiveCount recoveryCommunityCount } }
    myConsents { purpose isGranted }
  }
`);

export const MyGoalsQuery = graphql(
  `query MyGoals {
    journeyGoals { ...GoalFields }
    lapses { id happenedOn note }
  }`,
  [GoalFields],
);

export const GoalsSummaryQuery = graphql(
  `query GoalsSummary($personId: ID) {
    journeyGoals(personId: $personId) { ...GoalFields }
    journeyMilestones(personId: $personId) { ...MilestoneFields }
  }`,
  [GoalFields, MilestoneFields],
);

export const MilestonesQuery = graphql(`query Milestones { journeyMilestones { ...MilestoneFields } }`, [
  MilestoneFields,
]);

export const SharedJourneyQuery = graphql(`
  query SharedJourney($personId: ID!) {
    sharedJourney(personId: $personId) { personId displayName relationship canSeeLapses }
  }
`);

export const TheirLapsesQuery = graphql(`
  query TheirLapses($personId: ID!) { lapses(personId: $personId) { id happenedOn note } }
`);

export const SetGoalMutation = graphql(
  `mutation SetGoal($input: GoalInput!) { setGoal(input: $input) { ...GoalFields } }`,
  [GoalFields],
);

export const AddGoalStepMutation = graphql(
  `mutation AddGoalStep($goalId: ID!, $title: String!) { addGoalStep(goalId: $goalId, title: $title) { ...GoalFields } }`,
  [GoalFields],
);

export const CompleteGoalStepMutation = graphql(
  `mutation CompleteGoalStep($id: ID!) {
    completeGoalStep(id: $id) { celebration isEveryStepDone goal { ...GoalFields } }
  }`,
  [GoalFields],
);

export const ReopenGoalStepMutation = graphql(
  `mutation ReopenGoalStep($id: ID!) { reopenGoalStep(id: $id) { ...GoalFields } }`,
  [GoalFields],
);

export const AchieveGoalMutation = graphql(`mutation AchieveGoal($id: ID!) { achieveGoal(id: $id) { id status } }`);
export const SetGoalAsideMutation = graphql(`mutation SetGoalAside($id: ID!) { setGoalAside(id: $id) { id status } }`);
export const ResumeGoalMutation = graphql(`mutation ResumeGoal($id: ID!) { resumeGoal(id: $id) { id status } }`);

export const RecordLapseMutation = graphql(`
  mutation RecordLapse($happenedOn: String!, $note: String) {
    recordLapse(happenedOn: $happenedOn, note: $note) { message rePlanLinks { label href } lapse { id } }
  }
`);

export const OrganisationPhasesQuery = graphql(`
  query OrganisationPhases($organisationId: ID!) {
    organisationPhases(organisationId: $organisationId) {
      personId displayName role phase reviewOn recordedAt isReviewOverdue
    }
  }
`);

export const RecordTreatmentPhaseMutation = graphql(`
  mutation RecordTreatmentPhase($organisationId: ID!, $personId: ID!, $phase: TreatmentPhase!, $reviewOn: String!) {
    recordTreatmentPhase(organisationId: $organisationId, personId: $personId, phase: $phase, reviewOn: $reviewOn) {
      personId current { phase reviewOn }
    }
  }
`);
