// GraphQL mutations for goals. The person sets, ticks, achieves and sets aside
// their own; a mentor they share their journey with may set goals and add steps
// with them. Each answers with the goal as its writer may read it.
import type { GraphQLResolveInfo } from "graphql";
import { selectedFieldNames } from "../../audit/selected-fields";
import { builder } from "../../graphql/builder";
import type { Context } from "../../graphql/context";
import { requireViewer } from "../../graphql/viewer";
import { addGoalStep } from "./add-goal-step";
import { changeGoalStatus, type GoalChange } from "./change-goal-status";
import { editGoal } from "./edit-goal";
import { type GoalWriter, loadGoal, loadStep, readerOf } from "./goal-access";
import { type GoalDetailsInput, type GoalInput, ZStepDueOn, ZStepTitle } from "./goal-input";
import { readGoal } from "./read-goals";
import { setGoal } from "./set-goal";
import { tickGoalStep } from "./tick-goal-step";
import { GoalDetailsInputRef, GoalInputRef, JourneyGoalRef, StepCompletedRef } from "./types";

/** Reads one goal back for whoever changed it (audited when that is the mentor). */
const readBack = (ctx: Context, goalId: string, personId: string, writer: GoalWriter, info: GraphQLResolveInfo) =>
  readGoal(ctx, personId, goalId, {
    standing: readerOf(writer),
    fields: selectedFieldNames(info),
    via: `Mutation.${info.fieldName}`,
  });
const self: GoalWriter = { kind: "self" };

const statusChange = (change: GoalChange, description: string) =>
  builder.mutationField({ achieve: "achieveGoal", set_aside: "setGoalAside", resume: "resumeGoal" }[change], (t) =>
    t.field({
      type: JourneyGoalRef,
      description,
      args: { id: t.arg.id({ required: true }) },
      authScopes: { signedIn: true },
      resolve: async (_root, { id }, ctx, info) => {
        const goal = await loadGoal(ctx, String(id));
        await changeGoalStatus({ ctx, goal, change });
        return readBack(ctx, goal.id, goal.personId, self, info);
      },
    }),
  );
statusChange("achieve", "Mark your goal as achieved.");
statusChange("set_aside", "Set your goal aside for now. It keeps its steps; you can pick it up again.");
statusChange("resume", "Pick a goal up again, just as it was.");

builder.mutationFields((t) => ({
  setGoal: t.field({
    type: JourneyGoalRef,
    description: "Set a goal with its small steps: your own, or (as their mentor, with their consent) with someone.",
    args: { input: t.arg({ type: GoalInputRef, required: true }) },
    authScopes: { signedIn: true },
    resolve: async (_root, { input }, ctx, info) => {
      const set = await setGoal({ ctx, viewer: requireViewer(ctx), input: input as unknown as GoalInput });
      return readBack(ctx, set.goalId, set.personId, set.writer, info);
    },
  }),
  editGoal: t.field({
    type: JourneyGoalRef,
    description: "Reword your goal, change its needs or its target date.",
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: GoalDetailsInputRef, required: true }) },
    authScopes: { signedIn: true },
    resolve: async (_root, { id, input }, ctx, info) => {
      const goal = await loadGoal(ctx, String(id));
      await editGoal({ ctx, goal, input: input as unknown as GoalDetailsInput });
      return readBack(ctx, goal.id, goal.personId, self, info);
    },
  }),
  addGoalStep: t.field({
    type: JourneyGoalRef,
    description: "Add a small step to a goal being worked on (the person, or their mentor with them).",
    args: {
      goalId: t.arg.id({ required: true }),
      title: t.arg.string({ required: true, validate: ZStepTitle }),
      dueOn: t.arg.string({ validate: ZStepDueOn, description: "YYYY-MM-DD, from today onwards." }),
    },
    authScopes: { signedIn: true },
    resolve: async (_root, { goalId, title, dueOn }, ctx, info) => {
      const goal = await loadGoal(ctx, String(goalId));
      const writer = await addGoalStep({ ctx, goal, title, dueOn: dueOn ?? null });
      return readBack(ctx, goal.id, goal.personId, writer, info);
    },
  }),
  completeGoalStep: t.field({
    type: StepCompletedRef,
    description: "Tick a step off your goal.",
    args: { id: t.arg.id({ required: true }) },
    authScopes: { signedIn: true },
    resolve: async (_root, { id }, ctx, info) => {
      const { step, goal } = await loadStep(ctx, String(id));
      await tickGoalStep({ ctx, step, goal, isDone: true });
      const fields = selectedFieldNames(info, ["goal"]);
      const read = await readGoal(ctx, goal.personId, goal.id, {
        standing: self,
        fields,
        via: "Mutation.completeGoalStep",
      });
      return { goal: read, stepId: step.id };
    },
  }),
  reopenGoalStep: t.field({
    type: JourneyGoalRef,
    description: "Un-tick a step ticked by mistake.",
    args: { id: t.arg.id({ required: true }) },
    authScopes: { signedIn: true },
    resolve: async (_root, { id }, ctx, info) => {
      const { step, goal } = await loadStep(ctx, String(id));
      await tickGoalStep({ ctx, step, goal, isDone: false });
      return readBack(ctx, goal.id, goal.personId, self, info);
    },
  }),
}));
