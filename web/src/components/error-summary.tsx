// The list of problems at the top of a form (the GOV.UK pattern): it takes focus
// when it appears, and each problem links to the field that needs fixing.
import { type MouseEvent, useEffect, useRef } from "react";
import type { Problem } from "../lib/form-problems";

export function ErrorSummary({ problems }: { problems: Problem[] }) {
  const summaryRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (problems.length > 0) summaryRef.current?.focus();
  }, [problems]);
  if (problems.length === 0) return null;

  // Focus the field itself rather than following the #hash, which the router ignores.
  const focusField = (event: MouseEvent<HTMLAnchorElement>, fieldId: string) => {
    const field = document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    field.focus();
    field.scrollIntoView({ block: "center" });
  };

  return (
    <section className="error-summary" ref={summaryRef} tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">There is a problem</h2>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.fieldId ?? ""}:${problem.message}`}>
            {problem.fieldId ? (
              <a href={`#${problem.fieldId}`} onClick={(event) => focusField(event, problem.fieldId!)}>
                {problem.message}
              </a>
            ) : (
              problem.message
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
