// One of the person's own goals: its steps to tick off (each tick answered with
// a few words in the page's status region), a step to add, and marking it
// achieved, setting it aside for now, or picking it up again.
import { useState } from "react";
import { TextField } from "../../../components/text-field";
import {
  AchieveGoalMutation,
  AddGoalStepMutation,
  CompleteGoalStepMutation,
  ReopenGoalStepMutation,
  ResumeGoalMutation,
  SetGoalAsideMutation,
} from "../../../graphql/journey-goals";
import { request } from "../../../lib/graphql-client";
import { ActionProblem, useAction } from "../../mentoring/use-action";
import { type Goal, goalMeta } from "./goal-words";

/** Tells the page what happened (shown in its status region) and that the goals changed. */
export type OnGoalChange = (message: string) => void;

export function GoalCard({ goal, onChange }: { goal: Goal; onChange: OnGoalChange }) {
  const { run, isPending, problem } = useAction();
  const [newStep, setNewStep] = useState("");
  // A tick shows at once; the API's answer (and the page's reload) confirms it, or a failure undoes it.
  const [ticked, setTicked] = useState<Record<string, boolean>>({});
  const isActive = goal.status === "ACTIVE";
  const title = goal.title ?? "A goal";
  const headingId = `goal-${goal.id}`;

  const tick = async (stepId: string, isDone: boolean) => {
    if (isPending) return;
    setTicked((all) => ({ ...all, [stepId]: isDone }));
    const hasWorked = await run(async () => {
      if (isDone) {
        const { completeGoalStep } = await request(CompleteGoalStepMutation, { id: stepId });
        onChange(completeGoalStep.celebration);
      } else {
        await request(ReopenGoalStepMutation, { id: stepId });
        onChange(`Step un-ticked on “${title}”.`);
      }
    });
    if (!hasWorked) setTicked((all) => ({ ...all, [stepId]: !isDone }));
  };
  const change = (action: () => Promise<unknown>, message: string) =>
    run(async () => {
      await action();
      onChange(message);
    });
  const addStep = () =>
    run(async () => {
      await request(AddGoalStepMutation, { goalId: goal.id, title: newStep });
      setNewStep("");
      onChange(`Step added to “${title}”.`);
    });

  return (
    <section className="card goal-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <p className="meta">{goalMeta(goal)}</p>
      <fieldset className="choices">
        <legend>
          Steps<span className="visually-hidden"> for {title}</span>
        </legend>
        {goal.steps.map((step) => (
          <div className="choice" key={step.id}>
            <input
              type="checkbox"
              id={`step-${step.id}`}
              checked={ticked[step.id] ?? step.doneAt !== null}
              disabled={!isActive}
              onChange={(event) => tick(step.id, event.currentTarget.checked)}
            />
            <label htmlFor={`step-${step.id}`}>
              {step.title ?? "A step"}
              {step.doneAt && <span className="visually-hidden"> (done)</span>}
            </label>
          </div>
        ))}
      </fieldset>
      {isActive && (
        <form
          className="inline-fields"
          onSubmit={(event) => {
            event.preventDefault();
            addStep();
          }}
        >
          <TextField
            id={`new-step-${goal.id}`}
            label="Add another small step"
            value={newStep}
            maxLength={200}
            onChange={(event) => setNewStep(event.currentTarget.value)}
          />
          <button type="submit" className="button-secondary" disabled={isPending}>
            Add step<span className="visually-hidden"> to {title}</span>
          </button>
        </form>
      )}
      <ActionProblem problem={problem} />
      <div className="actions">
        {isActive ? (
          <>
            <button
              type="button"
              className="button"
              disabled={isPending}
              onClick={() =>
                change(() => request(AchieveGoalMutation, { id: goal.id }), `“${title}” is achieved. Well done.`)
              }
            >
              Mark as achieved<span className="visually-hidden">: {title}</span>
            </button>
            <button
              type="button"
              className="button-secondary"
              disabled={isPending}
              onClick={() =>
                change(
                  () => request(SetGoalAsideMutation, { id: goal.id }),
                  `“${title}” is set aside for now. Its steps are kept for when you want it again.`,
                )
              }
            >
              Set aside for now<span className="visually-hidden">: {title}</span>
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button-secondary"
            disabled={isPending}
            onClick={() => change(() => request(ResumeGoalMutation, { id: goal.id }), `“${title}” is back on the go.`)}
          >
            Pick it up again<span className="visually-hidden">: {title}</span>
          </button>
        )}
      </div>
    </section>
  );
}
