// Reminders of goal steps with a due date: one at 9am (London) on the day it is
// due, written in the same batch as the step, and taken back in the same batch
// as whatever makes it pointless: the step ticked off, or its goal achieved or
// set aside. Un-ticking a step or picking the goal up again writes it again,
// while its day has not yet reached 9am. The words never say what the step is.
import { type Database, schema } from "@kinship/db";
import { and, eq, inArray } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { zonedAt } from "../../directory/schedule";
import type { Context } from "../../graphql/context";
import { enqueueReminder } from "../enqueue-reminder";
import { reminderTimeZone, startOfNextLondonDay } from "../london-clock";
import { reminderTemplates } from "../templates";

type Statement = BatchItem<"sqlite">;

export interface DatedStep {
  id: string;
  dueOn: string | null;
}

const remindAt = "09:00";

export const goalStepReminderKey = (stepId: string, dueOn: string) => `goal-step:${stepId}:${dueOn}`;

const dueAtOf = (dueOn: string) => new Date(zonedAt(dueOn, remindAt, reminderTimeZone).epochMilliseconds);

/** Reminders for these steps of one person's goal; none for a step with no date or whose 9am has passed. */
export function goalStepReminders(
  source: Pick<Context, "db" | "now">,
  { personId, steps }: { personId: string; steps: readonly DatedStep[] },
): Statement[] {
  const { db } = source;
  const { reminderMessages: m } = schema;
  return steps.flatMap(({ id, dueOn }) => {
    if (!dueOn) return [];
    const dueAt = dueAtOf(dueOn);
    if (dueAt.getTime() <= source.now().getTime()) return [];
    const dedupeKey = goalStepReminderKey(id, dueOn);
    return [
      // A reminder taken back earlier (the step ticked, then un-ticked) makes way for this one.
      db.delete(m).where(and(eq(m.personId, personId), eq(m.dedupeKey, dedupeKey), eq(m.status, "cancelled"))),
      enqueueReminder(source, {
        personId,
        kind: "goal_step_due",
        dedupeKey,
        dueAt,
        text: reminderTemplates.goalStepDue({ dueOn }),
        // Useful all that day, not at midnight.
        expiresAt: startOfNextLondonDay(dueAt),
      }),
    ];
  });
}

/** Takes back these steps' reminders that have not gone yet. */
export function cancelGoalStepReminders(
  db: Database,
  { personId, steps, now }: { personId: string; steps: readonly DatedStep[]; now: Date },
): Statement[] {
  const keys = steps.flatMap(({ id, dueOn }) => (dueOn ? [goalStepReminderKey(id, dueOn)] : []));
  if (keys.length === 0) return [];
  const { reminderMessages: m } = schema;
  return [
    db
      .update(m)
      .set({ status: "cancelled", updatedAt: now })
      .where(and(eq(m.personId, personId), eq(m.status, "pending"), inArray(m.dedupeKey, keys))),
  ];
}
