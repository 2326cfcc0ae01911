// The check-in itself: one fieldset per statement with its labelled answers
// (whole-width rows, easy to tap on a small phone), the day it is for, and an
// optional note. Unanswered statements come back from the API, each linked.
import { ErrorSummary } from "../../../components/error-summary";
import { TextField } from "../../../components/text-field";
import type { ResultOf } from "../../../graphql/graphql";
import { CompleteCheckInMutation, type InstrumentFields } from "../../../graphql/journey-check-ins";
import { request } from "../../../lib/graphql-client";
import { textOf, useFormSubmit } from "../../../lib/use-form-submit";
import { ChoiceGroup, firstChoiceId, TextAreaField } from "../../directory/form-fields";

type Instrument = ResultOf<typeof InstrumentFields>;
export type Completed = ResultOf<typeof CompleteCheckInMutation>["completeCheckIn"];

const answerName = (code: string) => `answer-${code}`;

export function CheckInForm({
  instrument,
  today,
  onDone,
}: {
  instrument: Instrument;
  today: string;
  onDone: (completed: Completed) => void;
}) {
  const lowest = String(instrument.answerOptions[0]?.value ?? 0);
  const firstItem = instrument.items[0]?.code ?? "";
  const fieldIds: Record<string, string> = {
    takenOn: "takenOn",
    answers: firstChoiceId(answerName(firstItem), lowest),
    ...Object.fromEntries(
      instrument.items.map((item) => [`answers.${item.code}`, firstChoiceId(answerName(item.code), lowest)]),
    ),
    note: "note",
  };
  const { onSubmit, problems, isPending } = useFormSubmit(fieldIds, async (data) => {
    const answers = instrument.items.flatMap((item) => {
      const chosen = textOf(data, answerName(item.code));
      return chosen === "" ? [] : [{ itemCode: item.code, value: Number(chosen) }];
    });
    const result = await request(CompleteCheckInMutation, {
      input: {
        instrumentId: instrument.id,
        takenOn: textOf(data, "takenOn") || null,
        answers,
        note: textOf(data, "note") || null,
      },
    });
    onDone(result.completeCheckIn);
  });
  const errors = problems.byField;
  const choices = instrument.answerOptions.map((option): [string, string] => [String(option.value), option.label]);

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Check in" className="check-in-form">
      <ErrorSummary problems={problems.summary} />
      <p>
        For each one, choose how much you agree <strong>right now</strong>. There are no right or wrong answers.
      </p>
      {instrument.items.map((item, index) => (
        <ChoiceGroup
          key={item.code}
          name={answerName(item.code)}
          legend={
            <>
              <span className="visually-hidden">
                {index + 1} of {instrument.items.length}:{" "}
              </span>
              {item.text}
            </>
          }
          type="radio"
          choices={choices}
          error={errors[fieldIds[`answers.${item.code}`]!]}
        />
      ))}
      <TextAreaField
        id="note"
        label="Anything you want to remember about how things are (optional)"
        hint="Only you, and anyone you choose to share your journey with, can read this."
        maxLength={1000}
        rows={3}
        error={errors.note}
      />
      <TextField
        id="takenOn"
        label="The day this check-in is for"
        hint="Leave it as today, unless you are catching up on a day you missed."
        type="date"
        className="input-short"
        max={today}
        defaultValue={today}
        error={errors.takenOn}
      />
      <div className="actions">
        <button type="submit" className="button" disabled={isPending}>
          Save my check-in
        </button>
      </div>
    </form>
  );
}
