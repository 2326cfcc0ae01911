// Gathering the facts milestones are worked out from (see journey-milestones.ts
// for the rule), in one batch with the audit row when someone else reads them.
// Lapses are deliberately not read here.
import { schema } from "@kinship/db";
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import { londonDate } from "../../calendar-dates";
import type { Context } from "../../graphql/context";
import { type JourneyStanding, readAudited, recordJourneyRead } from "../journey-access";
import {
  buildingSentence,
  buildingSince,
  type JourneyMilestone,
  journeyMilestones,
  weeksBuilding,
} from "./journey-milestones";

export interface MilestonesView {
  buildingSince: string | null;
  weeksBuilding: number | null;
  buildingSentence: string | null;
  milestones: JourneyMilestone[];
}

export async function readMilestones(
  ctx: Context,
  personId: string,
  read: { standing: JourneyStanding; fields: string[]; via: string },
): Promise<MilestonesView> {
  const { goalSteps, journeyGoals, recoveryCheckIns, networkConnections } = schema;
  const reads = [
    ctx.db
      .select({ doneAt: goalSteps.doneAt })
      .from(goalSteps)
      .where(and(eq(goalSteps.personId, personId), isNotNull(goalSteps.doneAt))),
    ctx.db
      .select({ status: journeyGoals.status, createdAt: journeyGoals.createdAt, achievedAt: journeyGoals.achievedAt })
      .from(journeyGoals)
      .where(eq(journeyGoals.personId, personId)),
    ctx.db
      .select({ takenOn: recoveryCheckIns.takenOn })
      .from(recoveryCheckIns)
      .where(eq(recoveryCheckIns.personId, personId)),
    ctx.db
      .select({ addedOn: networkConnections.addedOn })
      .from(networkConnections)
      .where(
        and(
          eq(networkConnections.personId, personId),
          isNull(networkConnections.removedOn),
          eq(networkConnections.influence, "supportive"),
        ),
      ),
  ] as const;
  const audit = recordJourneyRead(ctx, personId, read.standing, read);
  const [steps, goals, checkIns, connections] = await readAudited(ctx, audit, reads);
  const facts = {
    stepsDoneOn: steps.flatMap((step) => (step.doneAt ? [londonDate(step.doneAt)] : [])),
    goalsAchievedOn: goals.flatMap((goal) =>
      goal.status === "achieved" && goal.achievedAt ? [londonDate(goal.achievedAt)] : [],
    ),
    goalsSetOn: goals.map((goal) => londonDate(goal.createdAt)),
    checkInsOn: checkIns.map((checkIn) => checkIn.takenOn),
    supportiveConnectionsSince: connections.map((connection) => connection.addedOn),
  };
  const today = londonDate(ctx.now());
  const since = buildingSince(facts);
  const weeks = weeksBuilding(since, today);
  return {
    buildingSince: since,
    weeksBuilding: weeks,
    buildingSentence: buildingSentence(weeks),
    milestones: journeyMilestones(facts, today),
  };
}
