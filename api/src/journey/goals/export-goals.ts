// The goals part of a person's data download: every goal with its steps, the
// wording opened under their own key.
import { schema } from "@kinship/db";
import { asc, eq } from "drizzle-orm";
import { personCipher } from "../../crypto/person-keys";
import type { Context } from "../../graphql/context";
import { goalTitleLocation, stepTitleLocation } from "./goal-access";

export async function exportGoals(ctx: Pick<Context, "db" | "cipher" | "now">, personId: string) {
  const { journeyGoals, goalSteps } = schema;
  const [goals, steps] = await Promise.all([
    ctx.db.select().from(journeyGoals).where(eq(journeyGoals.personId, personId)).orderBy(asc(journeyGoals.createdAt)),
    ctx.db.select().from(goalSteps).where(eq(goalSteps.personId, personId)).orderBy(asc(goalSteps.position)),
  ]);
  const cipher = personCipher(ctx, personId);
  return Promise.all(
    goals.map(async (goal) => ({
      title: await cipher.decrypt(goal.titleCipher, goalTitleLocation(goal.id)),
      needs: goal.needs,
      status: goal.status,
      isSetWithMentor: goal.setWithPersonId !== null,
      targetOn: goal.targetOn,
      createdAt: goal.createdAt,
      achievedAt: goal.achievedAt,
      setAsideAt: goal.setAsideAt,
      steps: await Promise.all(
        steps
          .filter((step) => step.goalId === goal.id)
          .map(async (step) => ({
            title: await cipher.decrypt(step.titleCipher, stepTitleLocation(step.id)),
            dueOn: step.dueOn,
            doneAt: step.doneAt,
          })),
      ),
    })),
  );
}
