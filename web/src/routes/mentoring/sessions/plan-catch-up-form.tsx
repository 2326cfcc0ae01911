// The mentor's (or a coordinator's) form to plan the next catch-up, or move it:
// the day and time on the UK clock, how, and whether it is a catch-up or going
// with the person to an appointment. Problems show next to the fields.
import { ErrorSummary } from "../../../components/error-summary";
import { TextField } from "../../../components/text-field";
import type { VariablesOf } from "../../../graphql/graphql";
import { PlanContactMutation } from "../../../graphql/mentoring-planned-contacts";
import { request } from "../../../lib/graphql-client";
import { textOf, useFormSubmit } from "../../../lib/use-form-submit";
import { todayInLondon } from "../../directory/dates";
import { ChoiceGroup, firstChoiceId } from "../../directory/form-fields";
import { choicesOf } from "../vocabulary";
import { londonInstant } from "./london-time";
import { addDaysTo } from "./session-words";

type Input = VariablesOf<typeof PlanContactMutation>["input"];

export const plannedKindLabels: Record<Input["kind"], string> = {
  SUPPORT_SESSION: "A catch-up",
  ACCOMPANIED_APPOINTMENT: "Going with them to an appointment",
};
// "Going with them" is the kind above, so it is not offered again as a way to meet.
// Worded apart from the session form's choices, which share the page.
export const plannedModeLabels: Record<Exclude<Input["contactMode"], "ACCOMPANIED">, string> = {
  IN_PERSON: "Meeting in person",
  PHONE: "By phone",
  VIDEO: "By video call",
  TEXT: "By text message",
};

// Ids and names apart from the session form's on the same page, so its labels find its own inputs.
const fieldIds = {
  startsAt: "catch-up-date",
  kind: firstChoiceId("plannedKind", "SUPPORT_SESSION"),
  contactMode: firstChoiceId("plannedMode", "IN_PERSON"),
};

export function PlanCatchUpForm({
  matchId,
  isMoving,
  onPlanned,
}: {
  matchId: string;
  isMoving: boolean;
  onPlanned: () => void;
}) {
  const today = todayInLondon();
  const { onSubmit, problems, isPending } = useFormSubmit(fieldIds, async (data) => {
    const input: Input = {
      matchId,
      kind: (textOf(data, "plannedKind") || "SUPPORT_SESSION") as Input["kind"],
      contactMode: (textOf(data, "plannedMode") || "IN_PERSON") as Input["contactMode"],
      // The API says what is wrong with an empty or impossible time, next to the date.
      startsAt: londonInstant(textOf(data, "catch-up-date"), textOf(data, "catch-up-time")) ?? "",
    };
    await request(PlanContactMutation, { input });
    onPlanned();
  });
  const errors = problems.byField;
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="plan-catch-up-heading">
      <h3 id="plan-catch-up-heading">{isMoving ? "Change the next catch-up" : "Plan the next catch-up"}</h3>
      <ErrorSummary problems={problems.summary} />
      <TextField
        id="catch-up-date"
        label="Date"
        type="date"
        className="input-short"
        min={today}
        max={addDaysTo(today, 365)}
        error={errors[fieldIds.startsAt]}
      />
      <TextField id="catch-up-time" label="Time (UK time)" type="time" className="input-short" defaultValue="14:00" />
      <ChoiceGroup
        name="plannedMode"
        legend="How will you meet?"
        type="radio"
        choices={choicesOf(plannedModeLabels)}
        checked={["IN_PERSON"]}
        error={errors[fieldIds.contactMode]}
      />
      <ChoiceGroup
        name="plannedKind"
        legend="What is it?"
        type="radio"
        choices={choicesOf(plannedKindLabels)}
        checked={["SUPPORT_SESSION"]}
        error={errors[fieldIds.kind]}
      />
      <p className="hint">
        You'll both get a reminder the evening before and on the day, if you've turned reminders on.
      </p>
      <div className="actions">
        <button type="submit" className="button" disabled={isPending}>
          {isMoving ? "Change catch-up" : "Plan catch-up"}
        </button>
      </div>
    </form>
  );
}
