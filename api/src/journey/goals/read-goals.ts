// Reading a person's goals with their steps, the titles opened under the
// person's key. A read by anyone else carries its audit row in the same batch.
import { schema } from "@kinship/db";
import type { GoalStatus, SupportNeed } from "@kinship/db/schema";
import { and, asc, eq, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { personCipher } from "../../crypto/person-keys";
import type { Context } from "../../graphql/context";
import { type JourneyStanding, readAudited, recordJourneyRead } from "../journey-access";
import { goalTitleLocation, stepTitleLocation } from "./goal-access";

export interface StepView {
  id: string;
  goalId: string;
  /** null only if it can no longer be opened (the person's key is gone). */
  title: string | null;
  position: number;
  dueOn: string | null;
  doneAt: Date | null;
}

export interface GoalView {
  id: string;
  personId: string;
  title: string | null;
  needs: SupportNeed[];
  status: GoalStatus;
  targetOn: string | null;
  createdAt: Date;
  achievedAt: Date | null;
  setAsideAt: Date | null;
  isSetTogether: boolean;
  /** The mentor it was set with, while they are on Kinship. */
  setWithName: string | null;
  steps: StepView[];
}

export interface GoalsRead {
  standing: JourneyStanding;
  fields: string[];
  via: string;
}

const statusOrder: Record<GoalStatus, number> = { active: 0, achieved: 1, set_aside: 2 };

/** The person's goals (only `goalId`'s when given): active first, newest first within each. */
export async function readGoals(ctx: Context, personId: string, read: GoalsRead, goalId?: string) {
  const { journeyGoals, goalSteps, people } = schema;
  const setWith = alias(people, "set_with");
  const goalsWhere: SQL | undefined = and(
    eq(journeyGoals.personId, personId),
    goalId ? eq(journeyGoals.id, goalId) : undefined,
  );
  const goalsSelect = ctx.db
    .select({ goal: journeyGoals, setWithName: setWith.displayName })
    .from(journeyGoals)
    .leftJoin(setWith, eq(setWith.id, journeyGoals.setWithPersonId))
    .where(goalsWhere);
  const stepsSelect = ctx.db
    .select()
    .from(goalSteps)
    .where(and(eq(goalSteps.personId, personId), goalId ? eq(goalSteps.goalId, goalId) : undefined))
    .orderBy(asc(goalSteps.position), asc(goalSteps.createdAt));
  const audit = recordJourneyRead(ctx, personId, read.standing, read);
  const [goals, steps] = await readAudited(ctx, audit, [goalsSelect, stepsSelect]);
  return toViews(ctx, personId, goals, steps);
}

type GoalRowWithName = { goal: typeof schema.journeyGoals.$inferSelect; setWithName: string | null };

async function toViews(
  ctx: Context,
  personId: string,
  goals: GoalRowWithName[],
  steps: (typeof schema.goalSteps.$inferSelect)[],
): Promise<GoalView[]> {
  const cipher = personCipher(ctx, personId);
  const stepViews = await Promise.all(
    steps.map(
      async (step): Promise<StepView> => ({
        id: step.id,
        goalId: step.goalId,
        title: await cipher.decrypt(step.titleCipher, stepTitleLocation(step.id)),
        position: step.position,
        dueOn: step.dueOn,
        doneAt: step.doneAt,
      }),
    ),
  );
  const views = await Promise.all(
    goals.map(
      async ({ goal, setWithName }): Promise<GoalView> => ({
        id: goal.id,
        personId: goal.personId,
        title: await cipher.decrypt(goal.titleCipher, goalTitleLocation(goal.id)),
        needs: goal.needs ?? [],
        status: goal.status,
        targetOn: goal.targetOn,
        createdAt: goal.createdAt,
        achievedAt: goal.achievedAt,
        setAsideAt: goal.setAsideAt,
        isSetTogether: goal.setWithPersonId !== null,
        setWithName: goal.setWithPersonId ? setWithName : null,
        steps: stepViews.filter((step) => step.goalId === goal.id),
      }),
    ),
  );
  return views.sort(
    (a, b) => statusOrder[a.status] - statusOrder[b.status] || b.createdAt.getTime() - a.createdAt.getTime(),
  );
}

/** One goal as `read` may see it, after a change. */
export async function readGoal(ctx: Context, personId: string, goalId: string, read: GoalsRead) {
  const [goal] = await readGoals(ctx, personId, read, goalId);
  if (!goal) throw new Error(`Goal ${goalId} vanished while being read`);
  return goal;
}
