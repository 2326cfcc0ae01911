// The person ticks a step off, or un-ticks one ticked by mistake. Only while the
// goal is being worked on; ticking twice keeps the first time it was done.
// The step's reminder goes and comes back with it.
import { schema } from "@kinship/db";
import { eq, sql } from "drizzle-orm";
import type { Context } from "../../graphql/context";
import { cancelGoalStepReminders, goalStepReminders } from "../../reminders/triggers/goal-step-reminders";
import { type GoalRow, goalWriter, requireActive, type StepRow } from "./goal-access";

export async function tickGoalStep({
  ctx,
  step,
  goal,
  isDone,
}: {
  ctx: Context;
  step: StepRow;
  goal: GoalRow;
  isDone: boolean;
}) {
  await goalWriter(ctx, goal.personId, false);
  requireActive(goal);
  const { goalSteps } = schema;
  const reminder = { personId: goal.personId, steps: [step] };
  await ctx.db.batch([
    ctx.db
      .update(goalSteps)
      .set({ doneAt: isDone ? sql`coalesce(${goalSteps.doneAt}, ${ctx.now().getTime()})` : null })
      .where(eq(goalSteps.id, step.id)),
    // A done step needs no reminder; one un-ticked by mistake gets it back if its day is still to come.
    ...(isDone ? cancelGoalStepReminders(ctx.db, { ...reminder, now: ctx.now() }) : goalStepReminders(ctx, reminder)),
  ]);
}
