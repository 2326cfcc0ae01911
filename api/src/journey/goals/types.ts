// GraphQL types for goals and their small steps, and reading a person's goals
// through the journey's access rule and audit. The changes are in mutations.ts.
import { selectedFieldNames } from "../../audit/selected-fields";
import { builder } from "../../graphql/builder";
import { requireViewer } from "../../graphql/viewer";
import { SupportNeedEnum } from "../../mentoring/enums";
import { GoalStatusEnum } from "../enums";
import { journeyStanding } from "../journey-access";
import { celebrationFor } from "./celebration";
import { ZGoalDetailsInput, ZGoalInput } from "./goal-input";
import { type GoalView, readGoals, type StepView } from "./read-goals";

export const GoalStepRef = builder.objectRef<StepView>("GoalStep").implement({
  description: "One small step towards a goal.",
  fields: (t) => ({
    id: t.exposeID("id"),
    title: t.exposeString("title", { nullable: true, description: "Null if it can no longer be read." }),
    position: t.exposeInt("position"),
    dueOn: t.exposeString("dueOn", { nullable: true }),
    doneAt: t.expose("doneAt", { type: "DateTime", nullable: true }),
  }),
});

export const JourneyGoalRef = builder.objectRef<GoalView>("JourneyGoal").implement({
  description: "Something a person is working towards, in their own words, broken into small steps.",
  fields: (t) => ({
    id: t.exposeID("id"),
    title: t.exposeString("title", { nullable: true, description: "Null if it can no longer be read." }),
    needs: t.expose("needs", { type: [SupportNeedEnum], description: "The needs this goal is about." }),
    status: t.expose("status", { type: GoalStatusEnum }),
    targetOn: t.exposeString("targetOn", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    achievedAt: t.expose("achievedAt", { type: "DateTime", nullable: true }),
    setAsideAt: t.expose("setAsideAt", { type: "DateTime", nullable: true }),
    isSetTogether: t.exposeBoolean("isSetTogether", { description: "Set with their mentor." }),
    setWithName: t.exposeString("setWithName", { nullable: true }),
    steps: t.expose("steps", { type: [GoalStepRef] }),
    stepsDone: t.int({ resolve: (goal) => goal.steps.filter((step) => step.doneAt !== null).length }),
  }),
});

interface StepCompletedView {
  goal: GoalView;
  stepId: string;
}

export const StepCompletedRef = builder.objectRef<StepCompletedView>("StepCompleted").implement({
  description: "A ticked step, with a few words to mark it.",
  fields: (t) => ({
    goal: t.field({ type: JourneyGoalRef, resolve: (done) => done.goal }),
    step: t.field({ type: GoalStepRef, resolve: (done) => done.goal.steps.find((s) => s.id === done.stepId)! }),
    celebration: t.string({ resolve: (done) => celebration(done.goal).message }),
    isEveryStepDone: t.boolean({ resolve: (done) => celebration(done.goal).isEveryStepDone }),
  }),
});

const celebration = (goal: GoalView) =>
  celebrationFor(goal.steps.filter((step) => step.doneAt !== null).length, goal.steps.length);

export const GoalDetailsInputRef = builder.inputType("GoalDetailsInput", {
  validate: ZGoalDetailsInput,
  fields: (t) => ({
    title: t.string({ required: true, description: "Up to 200 characters." }),
    needs: t.field({ type: [SupportNeedEnum] }),
    targetOn: t.string({ description: "YYYY-MM-DD, from today onwards." }),
  }),
});

export const GoalInputRef = builder.inputType("GoalInput", {
  validate: ZGoalInput,
  fields: (t) => ({
    personId: t.id({ description: "Whose goal: left out for your own; a mentor passes the person's id." }),
    title: t.string({ required: true, description: "Up to 200 characters." }),
    needs: t.field({ type: [SupportNeedEnum] }),
    targetOn: t.string({ description: "YYYY-MM-DD, from today onwards." }),
    steps: t.stringList({ required: true, description: "1 to 20 small steps, in order." }),
  }),
});

builder.queryFields((t) => ({
  journeyGoals: t.field({
    type: [JourneyGoalRef],
    description: "A person's goals (yours when personId is left out): active first, newest first.",
    args: { personId: t.arg.id() },
    authScopes: { signedIn: true },
    resolve: async (_root, args, ctx, info) => {
      const personId = args.personId ? String(args.personId) : requireViewer(ctx).personId;
      const standing = await journeyStanding(ctx, personId);
      return readGoals(ctx, personId, { standing, fields: selectedFieldNames(info), via: "Query.journeyGoals" });
    },
  }),
}));
