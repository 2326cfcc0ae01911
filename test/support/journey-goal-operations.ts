// The goal, lapse and milestone operations the journey integration tests send,
// and a goal to set: shared by journey-goals.test.ts and journey-milestones.test.ts.
export const goalFields = `id title needs status targetOn isSetTogether setWithName stepsDone achievedAt setAsideAt
  steps { id title position dueOn doneAt }`;
export const setGoal = `mutation($input: GoalInput!) { setGoal(input: $input) { ${goalFields} } }`;
export const goalsOf = `query($personId: ID) { journeyGoals(personId: $personId) { ${goalFields} } }`;
export const complete = `mutation($id: ID!) { completeGoalStep(id: $id) {
  celebration isEveryStepDone step { id doneAt } goal { id stepsDone status } } }`;
export const reopen = "mutation($id: ID!) { reopenGoalStep(id: $id) { id stepsDone } }";
export const addStep = `mutation($goalId: ID!, $title: String!, $dueOn: String) {
  addGoalStep(goalId: $goalId, title: $title, dueOn: $dueOn) { ${goalFields} } }`;
export const change = (name: string) => `mutation($id: ID!) { ${name}(id: $id) { id status achievedAt setAsideAt } }`;
export const edit = `mutation($id: ID!, $input: GoalDetailsInput!) { editGoal(id: $id, input: $input) { ${goalFields} } }`;
export const lapse = `mutation($on: String!, $note: String) { recordLapse(happenedOn: $on, note: $note) {
  message rePlanLinks { label href } lapse { id happenedOn note } } }`;
export const lapsesOf = "query($personId: ID) { lapses(personId: $personId) { id happenedOn note } }";
export const milestonesOf = `query($personId: ID) { journeyMilestones(personId: $personId) {
  buildingSince weeksBuilding buildingSentence milestones { kind count title reachedOn } } }`;

export interface Goal {
  id: string;
  title: string | null;
  needs: string[];
  status: string;
  isSetTogether: boolean;
  setWithName: string | null;
  stepsDone: number;
  steps: { id: string; title: string | null; doneAt: string | null }[];
}
export const goalInput = (overrides: Record<string, unknown> = {}) => ({
  title: "Get back into swimming",
  needs: ["HEALTH", "CONFIDENCE", "HEALTH"],
  steps: ["Find out the times at the leisure centre", "Buy a costume", "Go once, even for ten minutes", "Go with Jo"],
  ...overrides,
});
