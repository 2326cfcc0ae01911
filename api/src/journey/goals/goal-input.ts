// What a person (or their mentor, with them) may write about a goal, checked at
// the edge. Titles are short on purpose: a goal is a few words, and each step is
// something small enough to do this week.
import { supportNeeds } from "@kinship/db/schema";
import { z } from "zod";
import { ZCalendarDate } from "../../calendar-dates";

export const maxStepsPerGoal = 20;

export const ZGoalTitle = z
  .string()
  .trim()
  .min(1, "Give your goal a few words, like “Get back into swimming”.")
  .max(200, "Keep the goal to 200 characters.");
export const ZStepTitle = z
  .string()
  .trim()
  .min(1, "Say what the step is, in a few words.")
  .max(200, "Keep each step to 200 characters.");
const ZOptionalId = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((id) => (id === null || id === undefined || id === "" ? null : String(id)));
const ZNeeds = z
  .array(z.enum(supportNeeds))
  .nullish()
  .transform((needs) => [...new Set(needs ?? [])]);
const ZOptionalDate = ZCalendarDate.nullish().transform((date) => date ?? null);

export const ZGoalDetailsInput = z.object({ title: ZGoalTitle, needs: ZNeeds, targetOn: ZOptionalDate });

export const ZGoalInput = ZGoalDetailsInput.extend({
  personId: ZOptionalId,
  steps: z
    .array(ZStepTitle)
    .min(1, "Break the goal into at least one small step.")
    .max(maxStepsPerGoal, `Start with up to ${maxStepsPerGoal} steps. You can add more as you go.`),
});

export type GoalDetailsInput = z.output<typeof ZGoalDetailsInput>;
export type GoalInput = z.output<typeof ZGoalInput>;
export const ZStepDueOn = ZOptionalDate;
