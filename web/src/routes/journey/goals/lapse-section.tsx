// "Something happened": the person notes a lapse, privately. The page answers
// kindly, says plainly that nothing has been reset, and suggests where to go
// next. What they noted before is there for them, folded away.
import { useRef, useState } from "react";
import { Link } from "wouter";
import { ErrorSummary } from "../../../components/error-summary";
import { TextField } from "../../../components/text-field";
import type { ResultOf } from "../../../graphql/graphql";
import { type MyGoalsQuery, RecordLapseMutation } from "../../../graphql/journey-goals";
import { request } from "../../../lib/graphql-client";
import { textOf, useFormSubmit } from "../../../lib/use-form-submit";
import { formatLocalDate, todayInLondon } from "../../directory/dates";
import { TextAreaField } from "../../directory/form-fields";
import { textOrNull } from "../../mentoring/form-values";

type Lapse = ResultOf<typeof MyGoalsQuery>["lapses"][number];
type Recorded = ResultOf<typeof RecordLapseMutation>["recordLapse"];
const fieldIds = { happenedOn: "lapse-on", note: "lapse-note" };

export function LapseSection({ lapses, onRecorded }: { lapses: Lapse[]; onRecorded: () => void }) {
  const [recorded, setRecorded] = useState<Recorded | null>(null);
  const [formKey, setFormKey] = useState(0);
  const answerRef = useRef<HTMLDivElement>(null);
  const { onSubmit, problems, isPending } = useFormSubmit(fieldIds, async (data) => {
    const { recordLapse } = await request(RecordLapseMutation, {
      happenedOn: textOf(data, "lapse-on"),
      note: textOrNull(data, "lapse-note"),
    });
    setRecorded(recordLapse);
    setFormKey((key) => key + 1);
    onRecorded();
    requestAnimationFrame(() => answerRef.current?.focus());
  });
  return (
    <section id="something-happened" aria-labelledby="lapse-heading" className="lapse-section">
      <h2 id="lapse-heading">Something happened?</h2>
      <p>
        If you used, or things went off track, you can note it here. Lots of people have lapses on the way; it doesn't
        wipe out what you've built. Your goals, steps and milestones stay exactly as they are.
      </p>
      <p className="hint">
        This is private. Only you can see it, and your mentor if you choose to share your journey with them. Your
        service never sees it.
      </p>
      <div ref={answerRef} tabIndex={-1} role="status" className={recorded ? "notice" : "visually-hidden"}>
        {recorded && (
          <>
            <p>{recorded.message}</p>
            <ul>
              {recorded.rePlanLinks.map((link) => (
                <li key={link.href}>
                  {/* The meeting finder is a page of its own, outside the app. */}
                  {link.href.startsWith("/find") ? (
                    <a href={link.href}>{link.label}</a>
                  ) : (
                    <Link href={link.href}>{link.label}</Link>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <form key={formKey} onSubmit={onSubmit} noValidate>
        <ErrorSummary problems={problems.summary} />
        <TextField
          id="lapse-on"
          type="date"
          className="input-short"
          label="When was it?"
          defaultValue={todayInLondon()}
          error={problems.byField["lapse-on"]}
        />
        <TextAreaField
          id="lapse-note"
          label="Anything you want to remember about it (optional)"
          hint="What led up to it, or what might help next time. Just for you."
          rows={3}
          maxLength={2000}
          error={problems.byField["lapse-note"]}
        />
        <button type="submit" className="button-secondary" disabled={isPending}>
          Note it privately
        </button>
      </form>
      {lapses.length > 0 && (
        <details className="details">
          <summary>What you've noted before</summary>
          <ul className="plain-list">
            {lapses.map((lapse) => (
              <li key={lapse.id}>
                <strong>{formatLocalDate(lapse.happenedOn)}</strong>
                {lapse.note && `: ${lapse.note}`}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
