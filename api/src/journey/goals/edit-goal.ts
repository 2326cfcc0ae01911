// The person rewords a goal, changes the needs it is linked to, or moves its
// target date. The new wording is sealed under their key like the first.
import { schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import { personCipher } from "../../crypto/person-keys";
import type { Context } from "../../graphql/context";
import { type GoalRow, goalTitleLocation, goalWriter } from "./goal-access";
import type { GoalDetailsInput } from "./goal-input";
import { checkTargetOn } from "./set-goal";

export async function editGoal({ ctx, goal, input }: { ctx: Context; goal: GoalRow; input: GoalDetailsInput }) {
  await goalWriter(ctx, goal.personId, false);
  // A target date already passed may stay as it is; a new one cannot be in the past.
  checkTargetOn(ctx, input.targetOn, goal.targetOn);
  const { journeyGoals } = schema;
  await ctx.db
    .update(journeyGoals)
    .set({
      titleCipher: await personCipher(ctx, goal.personId).encrypt(input.title, goalTitleLocation(goal.id)),
      needs: input.needs,
      targetOn: input.targetOn,
    })
    .where(eq(journeyGoals.id, goal.id));
}
