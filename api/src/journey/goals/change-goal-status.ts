// The person marks a goal achieved, sets it aside for now, or picks it up again.
// Setting a goal aside is not failing at it: it keeps its steps, and resuming
// brings it back exactly as it was. Asking for the status it already has is a no-op.
import { schema } from "@kinship/db";
import type { GoalStatus } from "@kinship/db/schema";
import { and, eq } from "drizzle-orm";
import { AppError } from "../../errors";
import type { Context } from "../../graphql/context";
import { cancelGoalStepReminders, goalStepReminders } from "../../reminders/triggers/goal-step-reminders";
import { type GoalRow, goalWriter } from "./goal-access";

export type GoalChange = "achieve" | "set_aside" | "resume";

const becomes: Record<GoalChange, { status: GoalStatus; from: GoalStatus[] }> = {
  achieve: { status: "achieved", from: ["active", "set_aside"] },
  set_aside: { status: "set_aside", from: ["active"] },
  resume: { status: "active", from: ["achieved", "set_aside"] },
};

export async function changeGoalStatus({ ctx, goal, change }: { ctx: Context; goal: GoalRow; change: GoalChange }) {
  await goalWriter(ctx, goal.personId, false);
  const { status, from } = becomes[change];
  if (goal.status === status) return;
  if (!from.includes(goal.status)) {
    throw new AppError("CONFLICT", "This goal is already achieved. Pick it up again first if there's more to do.");
  }
  const now = ctx.now();
  const { journeyGoals, goalSteps } = schema;
  const steps = await ctx.db
    .select({ id: goalSteps.id, dueOn: goalSteps.dueOn, doneAt: goalSteps.doneAt })
    .from(goalSteps)
    .where(eq(goalSteps.goalId, goal.id));
  // Reminders of steps still to do stop while the goal is finished or set aside, and return with it.
  const reminder = { personId: goal.personId, steps: steps.filter((step) => step.doneAt === null) };
  await ctx.db.batch([
    ctx.db
      .update(journeyGoals)
      .set({
        status,
        achievedAt: status === "achieved" ? now : null,
        setAsideAt: status === "set_aside" ? now : null,
      })
      // Only from the status it was read in, so two changes at once cannot interleave.
      .where(and(eq(journeyGoals.id, goal.id), eq(journeyGoals.status, goal.status))),
    ...(status === "active" ? goalStepReminders(ctx, reminder) : cancelGoalStepReminders(ctx.db, { ...reminder, now })),
  ]);
}
