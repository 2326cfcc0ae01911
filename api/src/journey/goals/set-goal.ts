// A person sets a goal broken into small steps, alone or with their mentor (who
// may do it for them only while the person shares their journey with them). The
// goal and its steps are written together, their wording sealed under the
// person's key.
import { newId, schema } from "@kinship/db";
import { londonDate } from "../../calendar-dates";
import { personCipher } from "../../crypto/person-keys";
import { validationError } from "../../errors";
import type { Context, Viewer } from "../../graphql/context";
import { type GoalWriter, goalTitleLocation, goalWriter, stepTitleLocation } from "./goal-access";
import type { GoalInput } from "./goal-input";

export function checkTargetOn(ctx: Context, targetOn: string | null, unchanged: string | null = null) {
  if (targetOn !== null && targetOn !== unchanged && targetOn < londonDate(ctx.now())) {
    throw validationError({ targetOn: ["Choose a target date from today onwards, or leave it empty."] });
  }
}

export async function setGoal({
  ctx,
  viewer,
  input,
}: {
  ctx: Context;
  viewer: Viewer;
  input: GoalInput;
}): Promise<{ goalId: string; personId: string; writer: GoalWriter }> {
  const personId = input.personId ?? viewer.personId;
  const writer = await goalWriter(ctx, personId, true);
  checkTargetOn(ctx, input.targetOn);
  const now = ctx.now();
  const goalId = newId();
  const cipher = personCipher(ctx, personId);
  const steps = await Promise.all(
    input.steps.map(async (title, position) => {
      const id = newId();
      return {
        id,
        goalId,
        personId,
        titleCipher: await cipher.encrypt(title, stepTitleLocation(id)),
        position,
        createdAt: now,
      };
    }),
  );
  const { journeyGoals, goalSteps } = schema;
  await ctx.db.batch([
    ctx.db.insert(journeyGoals).values({
      id: goalId,
      personId,
      titleCipher: await cipher.encrypt(input.title, goalTitleLocation(goalId)),
      needs: input.needs,
      setWithPersonId: writer.kind === "mentor" ? viewer.personId : null,
      targetOn: input.targetOn,
      createdAt: now,
    }),
    ctx.db.insert(goalSteps).values(steps),
  ]);
  return { goalId, personId, writer };
}
