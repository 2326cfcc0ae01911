// Setting a new goal: a few words for it, the small steps (one per line), what
// it is about, and a date to aim for if the person wants one.
import { useState } from "react";
import { ErrorSummary } from "../../../components/error-summary";
import { TextField } from "../../../components/text-field";
import { SetGoalMutation } from "../../../graphql/journey-goals";
import { request } from "../../../lib/graphql-client";
import { textOf, useFormSubmit } from "../../../lib/use-form-submit";
import { ChoiceGroup, firstChoiceId, TextAreaField } from "../../directory/form-fields";
import { checkedOf, textOrNull } from "../../mentoring/form-values";
import { choicesOf, needLabels } from "../../mentoring/vocabulary";

const maxSteps = 20;
// Every step's problem is shown at the one box the steps are typed in.
const fieldIds: Record<string, string> = {
  title: "goal-title",
  steps: "goal-steps",
  ...Object.fromEntries(Array.from({ length: maxSteps + 1 }, (_, index) => [`steps.${index}`, "goal-steps"])),
  needs: firstChoiceId("needs", "HOUSING"),
  targetOn: "goal-target",
};

export function GoalForm({ onSet }: { onSet: (title: string) => void }) {
  const [formKey, setFormKey] = useState(0);
  const { onSubmit, problems, isPending } = useFormSubmit(fieldIds, async (data) => {
    const steps = textOf(data, "goal-steps")
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean);
    const { setGoal } = await request(SetGoalMutation, {
      input: {
        title: textOf(data, "goal-title"),
        steps,
        needs: checkedOf(data, "needs", needLabels),
        targetOn: textOrNull(data, "goal-target"),
      },
    });
    setFormKey((key) => key + 1);
    onSet(setGoal.title ?? "Your goal");
  });
  const errors = problems.byField;
  return (
    <form key={formKey} onSubmit={onSubmit} noValidate>
      <ErrorSummary problems={problems.summary} />
      <TextField
        id="goal-title"
        label="What would you like to work towards?"
        hint="In your own words, like “Get back into swimming” or “Sort out my benefits”."
        maxLength={200}
        error={errors["goal-title"]}
      />
      <TextAreaField
        id="goal-steps"
        label="Small steps to get there"
        hint="One step on each line, small enough to do this week. You can add more later."
        rows={4}
        error={errors["goal-steps"]}
      />
      <ChoiceGroup
        name="needs"
        type="checkbox"
        legend="What is it about? (optional)"
        choices={choicesOf(needLabels)}
        error={errors[fieldIds.needs!]}
      />
      <TextField
        id="goal-target"
        type="date"
        className="input-short"
        label="A date to aim for (optional)"
        error={errors["goal-target"]}
      />
      <button type="submit" className="button" disabled={isPending}>
        Set this goal
      </button>
    </form>
  );
}
