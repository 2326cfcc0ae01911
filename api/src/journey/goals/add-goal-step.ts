// Adding a step to a goal that is being worked on: by the person, or their
// mentor with them while the person shares their journey. A goal holds at most
// twenty steps, so that each stays small enough to do.
import { newId, schema } from "@kinship/db";
import { eq, sql } from "drizzle-orm";
import { londonDate } from "../../calendar-dates";
import { personCipher } from "../../crypto/person-keys";
import { validationError } from "../../errors";
import type { Context } from "../../graphql/context";
import { goalStepReminders } from "../../reminders/triggers/goal-step-reminders";
import { type GoalRow, type GoalWriter, goalWriter, requireActive, stepTitleLocation } from "./goal-access";
import { maxStepsPerGoal } from "./goal-input";

export async function addGoalStep({
  ctx,
  goal,
  title,
  dueOn,
}: {
  ctx: Context;
  goal: GoalRow;
  title: string;
  dueOn: string | null;
}): Promise<GoalWriter> {
  const writer = await goalWriter(ctx, goal.personId, true);
  requireActive(goal);
  if (dueOn !== null && dueOn < londonDate(ctx.now())) {
    throw validationError({ dueOn: ["Choose a date from today onwards, or leave it empty."] });
  }
  const { goalSteps } = schema;
  const [counts] = await ctx.db
    .select({ steps: sql<number>`count(*)`, lastPosition: sql<number | null>`max(${goalSteps.position})` })
    .from(goalSteps)
    .where(eq(goalSteps.goalId, goal.id));
  if (Number(counts?.steps ?? 0) >= maxStepsPerGoal) {
    throw validationError({
      title: [`A goal can have up to ${maxStepsPerGoal} steps. Perhaps what's left could be a goal of its own?`],
    });
  }
  const id = newId();
  await ctx.db.batch([
    ctx.db.insert(goalSteps).values({
      id,
      goalId: goal.id,
      personId: goal.personId,
      titleCipher: await personCipher(ctx, goal.personId).encrypt(title, stepTitleLocation(id)),
      position: (counts?.lastPosition ?? -1) + 1,
      dueOn,
      createdAt: ctx.now(),
    }),
    // The person is reminded on the day, whoever added the step.
    ...goalStepReminders(ctx, { personId: goal.personId, steps: [{ id, dueOn }] }),
  ]);
  return writer;
}
