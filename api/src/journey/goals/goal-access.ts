// Who may change a goal: the person whose goal it is. Their mentor may set goals
// and add steps with them, but only while the person shares their journey with
// that mentor; ticking, finishing and setting goals aside stay the person's own.
import { schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import { AppError } from "../../errors";
import type { Context } from "../../graphql/context";
import { requireViewer } from "../../graphql/viewer";
import { type JourneyStanding, journeyStanding } from "../journey-access";

export type GoalRow = typeof schema.journeyGoals.$inferSelect;
export type StepRow = typeof schema.goalSteps.$inferSelect;
export type GoalWriter = { kind: "self" } | { kind: "mentor"; standing: JourneyStanding };

/** The writer's standing: "self", or a mentor with the consent when `mayMentor`; otherwise FORBIDDEN. */
export async function goalWriter(ctx: Context, personId: string, mayMentor: boolean): Promise<GoalWriter> {
  const viewer = requireViewer(ctx);
  if (viewer.personId === personId) return { kind: "self" };
  if (mayMentor) {
    const standing = await journeyStanding(ctx, personId).catch((error: unknown) => {
      if (error instanceof AppError && ["FORBIDDEN", "SECOND_FACTOR_REQUIRED"].includes(error.code)) return null;
      throw error;
    });
    if (standing?.kind === "mentor") return { kind: "mentor", standing };
    throw new AppError(
      "FORBIDDEN",
      "Only the person, or their mentor while they share their journey with them, can set goals with them.",
    );
  }
  throw new AppError("FORBIDDEN", "Only the person whose goal this is can change it.");
}

/** How a writer reads back what they changed: their own, or audited as the mentor. */
export const readerOf = (writer: GoalWriter): JourneyStanding =>
  writer.kind === "self" ? { kind: "self" } : writer.standing;

export async function loadGoal(ctx: Pick<Context, "db">, goalId: string): Promise<GoalRow> {
  const [goal] = await ctx.db.select().from(schema.journeyGoals).where(eq(schema.journeyGoals.id, goalId));
  if (!goal) throw new AppError("NOT_FOUND", "That goal no longer exists.");
  return goal;
}

export async function loadStep(ctx: Pick<Context, "db">, stepId: string) {
  const { goalSteps, journeyGoals } = schema;
  const [row] = await ctx.db
    .select({ step: goalSteps, goal: journeyGoals })
    .from(goalSteps)
    .innerJoin(journeyGoals, eq(journeyGoals.id, goalSteps.goalId))
    .where(eq(goalSteps.id, stepId));
  if (!row) throw new AppError("NOT_FOUND", "That step no longer exists.");
  return row;
}

/** Steps are ticked and added only while the goal is being worked on. */
export function requireActive(goal: GoalRow) {
  if (goal.status !== "active") {
    throw new AppError("CONFLICT", "This goal is finished or set aside. Pick it up again to change its steps.");
  }
}

export const goalTitleLocation = (goalId: string) => ({
  table: "journey_goals",
  column: "title_cipher",
  rowId: goalId,
});
export const stepTitleLocation = (stepId: string) => ({ table: "goal_steps", column: "title_cipher", rowId: stepId });
