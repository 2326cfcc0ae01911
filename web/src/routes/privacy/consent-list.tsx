// Each thing a person may agree to, with a button to agree or withdraw. The
// change is saved at once, and a status message says what happened.
import { useState } from "react";
import { LoadFailed } from "../../components/load-failed";
import type { ResultOf } from "../../graphql/graphql";
import { MyConsentsQuery, SetConsentMutation } from "../../graphql/privacy";
import { request, toApiError } from "../../lib/graphql-client";
import { useQuery } from "../../lib/use-query";
import { formatLondonDate } from "./london-time";

type Consent = ResultOf<typeof MyConsentsQuery>["myConsents"][number];

export function ConsentList() {
  const { state, reload } = useQuery(MyConsentsQuery);
  // The mutation returns every consent; show that rather than loading again.
  const [saved, setSaved] = useState<Consent[] | null>(null);
  const [message, setMessage] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [pendingPurpose, setPendingPurpose] = useState<Consent["purpose"] | null>(null);

  const setConsent = async (consent: Consent, isGranted: boolean) => {
    setProblem(null);
    setMessage("");
    setPendingPurpose(consent.purpose);
    try {
      const data = await request(SetConsentMutation, { purpose: consent.purpose, isGranted });
      setSaved(data.setConsent);
      setMessage(
        isGranted
          ? `Thank you. You've agreed to: ${consent.title}.`
          : `Done. You've withdrawn: ${consent.title}. This has stopped straight away.`,
      );
    } catch (error) {
      setProblem(toApiError(error).message);
    } finally {
      setPendingPurpose(null);
    }
  };

  const consents = saved ?? (state.status === "ready" ? state.data.myConsents : null);
  return (
    <section aria-labelledby="consents">
      <h2 id="consents">What you've agreed to</h2>
      {/* Always in the page, so screen readers announce each new message. */}
      <p className={message ? "notice" : "visually-hidden"} role="status">
        {message}
      </p>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {state.status === "loading" && <p role="status">Loading…</p>}
      {state.status === "failed" && !consents && <LoadFailed error={state.error} onRetry={reload} />}
      {consents && (
        <ul className="consent-list">
          {consents.map((consent) => (
            <li key={consent.purpose} className="card">
              <h3>{consent.title}</h3>
              <p>{consent.wording}</p>
              <p className="meta">
                {consent.isGranted
                  ? `You agreed${consent.recordedAt ? ` on ${formatLondonDate(consent.recordedAt)}` : ""}.`
                  : "You haven't agreed to this."}
              </p>
              {consent.isGranted && consent.isWordingChanged && (
                <p className="warning">
                  The wording has changed since you agreed. Please read it again: you can agree to the new wording, or
                  withdraw.
                </p>
              )}
              <div className="actions">
                {(!consent.isGranted || consent.isWordingChanged) && (
                  <button
                    type="button"
                    className="button"
                    disabled={pendingPurpose !== null}
                    onClick={() => setConsent(consent, true)}
                  >
                    {/* The hidden words start with a word, not a colon: Chrome adds a space before them. */}
                    {consent.isGranted ? "Agree to the new wording" : "Agree"}
                    <span className="visually-hidden">
                      {consent.isGranted ? " of" : " to"}: {consent.title}
                    </span>
                  </button>
                )}
                {consent.isGranted && (
                  <button
                    type="button"
                    className="button-secondary"
                    disabled={pendingPurpose !== null}
                    onClick={() => setConsent(consent, false)}
                  >
                    Withdraw<span className="visually-hidden"> agreement to: {consent.title}</span>
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
