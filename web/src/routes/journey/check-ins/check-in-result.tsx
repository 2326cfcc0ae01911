// What a person sees straight after checking in: the overall picture in words,
// what is going well and what is hard, what changed, and where to see the trend.
import { useEffect, useRef } from "react";
import { Link } from "wouter";
import { StrengthsAndGaps } from "./check-in-charts";
import type { Completed } from "./check-in-form";
import { changeWords, longDay, percentText } from "./check-in-words";

export function CheckInResult({ completed }: { completed: Completed }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const { checkIn } = completed;
  const moved = completed.changeSinceLast.filter((change) => Math.round(change.change) !== 0);
  return (
    <section aria-labelledby="check-in-result" role="status">
      <h2 id="check-in-result" ref={headingRef} tabIndex={-1}>
        Thank you for checking in
      </h2>
      <p className="check-in-band">
        Overall: <strong>{checkIn.band.label}</strong> ({percentText(checkIn.scorePercent)}). {checkIn.band.meaning}
      </p>
      <StrengthsAndGaps strengths={completed.strengths} gaps={completed.gaps} />
      {moved.length > 0 && (
        <>
          <h3>Since last time</h3>
          <ul>
            {moved.map((change) => (
              <li key={change.domain}>
                {change.domainWords}: {changeWords(change.change)}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>Your next check-in is suggested for {longDay(completed.nextSuggestedOn)}.</p>
      <p>
        <Link href="/journey/check-ins" className="button">
          See how things have changed
        </Link>
      </p>
    </section>
  );
}
