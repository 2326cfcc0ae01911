// The mentor's form for one support session: when, how long, how, what about,
// where they pointed the person, notes, follow-ups, and (set apart) a concern.
import { useState } from "react";
import { ErrorSummary } from "../../../components/error-summary";
import { TextField } from "../../../components/text-field";
import type { VariablesOf } from "../../../graphql/graphql";
import { LogSupportSessionMutation } from "../../../graphql/mentoring-sessions";
import { request } from "../../../lib/graphql-client";
import { textOf, useFormSubmit } from "../../../lib/use-form-submit";
import { ChoiceGroup, firstChoiceId, TextAreaField } from "../../directory/form-fields";
import { choicesOf, needLabels } from "../vocabulary";
import { ConcernField } from "./concern-field";
import { FollowUpFields, followUpFieldId, maxFollowUps } from "./follow-up-fields";
import { addDaysTo, contactModeLabels, signpostLabels } from "./session-words";

type Input = VariablesOf<typeof LogSupportSessionMutation>["input"];

const minutesOf = (data: FormData, name: string) => Math.round(Number(textOf(data, name)) || 0);

export function LogSessionForm({
  matchId,
  menteeName,
  today,
  earliestOn,
  onSaved,
}: {
  matchId: string;
  menteeName: string;
  today: string;
  earliestOn: string;
  onSaved: (hasConcern: boolean) => void;
}) {
  const [rows, setRows] = useState<number[]>([]);
  const [nextKey, setNextKey] = useState(0);
  const [formKey, setFormKey] = useState(0);
  const fieldIds: Record<string, string> = {
    heldOn: "heldOn",
    durationMinutes: "durationMinutes",
    travelMinutes: "travelMinutes",
    contactMode: firstChoiceId("contactMode", "IN_PERSON"),
    topics: firstChoiceId("topics", "HOUSING"),
    signposting: firstChoiceId("signposting", "HOUSING_SERVICE"),
    notes: "notes",
    followUps: "add-follow-up",
    ...Object.fromEntries(
      Array.from({ length: maxFollowUps }, (_, row) => [
        [`followUps.${row}.description`, followUpFieldId(row, "description")],
        [`followUps.${row}.dueOn`, followUpFieldId(row, "dueOn")],
      ]).flat(),
    ),
    concern: "concern",
  };
  const { onSubmit, problems, isPending } = useFormSubmit(fieldIds, async (data) => {
    const input: Input = {
      heldOn: textOf(data, "heldOn"),
      durationMinutes: minutesOf(data, "durationMinutes"),
      travelMinutes: minutesOf(data, "travelMinutes"),
      contactMode: (textOf(data, "contactMode") || "IN_PERSON") as Input["contactMode"],
      topics: data.getAll("topics").map(String) as Input["topics"],
      signposting: data.getAll("signposting").map(String) as Input["signposting"],
      notes: textOf(data, "notes") || null,
      followUps: rows.map((_, row) => ({
        description: textOf(data, followUpFieldId(row, "description")),
        dueOn: textOf(data, followUpFieldId(row, "dueOn")),
      })),
      concern: textOf(data, "concern") || null,
    };
    await request(LogSupportSessionMutation, { matchId, input });
    // A fresh, empty form for the next session.
    setRows([]);
    setFormKey((key) => key + 1);
    onSaved(input.concern !== null);
  });
  const errors = problems.byField;

  return (
    <form key={formKey} onSubmit={onSubmit} noValidate aria-labelledby="log-session-heading">
      <h2 id="log-session-heading">Record a session with {menteeName}</h2>
      <ErrorSummary problems={problems.summary} />
      <TextField
        id="heldOn"
        label="Date of the session"
        type="date"
        className="input-short"
        min={earliestOn}
        max={today}
        defaultValue={today}
        error={errors.heldOn}
      />
      <TextField
        id="durationMinutes"
        label="How long you spent together, in minutes"
        type="number"
        inputMode="numeric"
        min={5}
        max={600}
        className="input-short"
        error={errors.durationMinutes}
      />
      <TextField
        id="travelMinutes"
        label="Travel and preparation, in minutes (optional)"
        hint="Counted separately in your volunteering hours."
        type="number"
        inputMode="numeric"
        min={0}
        max={600}
        className="input-short"
        error={errors.travelMinutes}
      />
      <ChoiceGroup
        name="contactMode"
        legend="How did you meet?"
        type="radio"
        choices={choicesOf(contactModeLabels)}
        checked={["IN_PERSON"]}
        error={errors[fieldIds.contactMode!]}
      />
      <ChoiceGroup name="topics" legend="What did you talk about?" type="checkbox" choices={choicesOf(needLabels)} />
      <ChoiceGroup
        name="signposting"
        legend="Did you point them to any service?"
        type="checkbox"
        choices={choicesOf(signpostLabels)}
      />
      <TextAreaField
        id="notes"
        label="Notes (optional)"
        hint={`What would help you, ${menteeName} and a coordinator remember this session. ${menteeName} can read these notes.`}
        maxLength={4000}
        error={errors.notes}
      />
      <FollowUpFields
        rows={rows}
        onAdd={() => {
          setRows((current) => [...current, nextKey]);
          setNextKey((key) => key + 1);
        }}
        onRemove={(key) => setRows((current) => current.filter((k) => k !== key))}
        defaultDueOn={addDaysTo(today, 7)}
        errors={errors}
      />
      <ConcernField error={errors.concern} />
      <div className="actions">
        <button type="submit" className="button" disabled={isPending}>
          Save session
        </button>
      </div>
    </form>
  );
}
