// The "enter the code we sent you" step shared by sign-up, a forgotten password
// and a new email or mobile: one box that phones can fill from the message
// (`one-time-code`), digits keyboard, and "send a new code" after a minute.
import { type ReactNode, useEffect, useState } from "react";
import { ErrorSummary } from "../../components/error-summary";
import { TextField } from "../../components/text-field";
import { textOf, useFormSubmit } from "../../lib/use-form-submit";

export type SentTo = "EMAIL" | "MOBILE";

const resendAfterSeconds = 60;

export const whereSent = (sentTo: SentTo) => (sentTo === "EMAIL" ? "your email" : "your phone");

export function CodeForm({
  sentTo,
  button,
  pendingButton,
  fieldIds = {},
  onCode,
  onResend,
  children,
}: {
  sentTo: SentTo;
  button: string;
  pendingButton: string;
  /** Other fields' ids by the names the API uses, when `children` adds fields (given their problems). */
  fieldIds?: Record<string, string>;
  onCode: (code: string, data: FormData) => Promise<void>;
  /** Asks for a new code; resolves once it is on its way. */
  onResend: () => Promise<void>;
  children?: (byField: Record<string, string>) => ReactNode;
}) {
  const [secondsLeft, setSecondsLeft] = useState(resendAfterSeconds);
  const [resent, setResent] = useState<string | null>(null);
  useEffect(() => {
    if (secondsLeft <= 0) return;
    const timer = setTimeout(() => setSecondsLeft((s) => s - 1), 1000);
    return () => clearTimeout(timer);
  }, [secondsLeft]);
  const { onSubmit, problems, isPending } = useFormSubmit({ code: "code", ...fieldIds }, (data) =>
    onCode(textOf(data, "code"), data),
  );
  const resend = useFormSubmit({}, async () => {
    setResent(null);
    await onResend();
    setResent(`We've sent a new code to ${whereSent(sentTo)}. Use the newest one.`);
    setSecondsLeft(resendAfterSeconds);
  });

  return (
    <>
      <p className="notice" role="status">
        {resent ?? `We've sent a code to ${whereSent(sentTo)}. It works for 15 minutes.`}
      </p>
      <ErrorSummary problems={[...problems.summary, ...resend.problems.summary]} />
      <form onSubmit={onSubmit} noValidate>
        <TextField
          id="code"
          label="Enter the code we sent you"
          hint="It's 6 numbers."
          autoComplete="one-time-code"
          inputMode="numeric"
          pattern="[0-9 ]*"
          maxLength={12}
          required
          error={problems.byField.code}
        />
        {children?.(problems.byField)}
        <button type="submit" className="button" disabled={isPending}>
          {isPending ? pendingButton : button}
        </button>
      </form>
      <form onSubmit={resend.onSubmit} noValidate>
        <p>
          {secondsLeft > 0 ? (
            `Not arrived? You can ask for a new code in ${secondsLeft} seconds.`
          ) : (
            <button type="submit" className="link-button" disabled={resend.isPending}>
              Send a new code
            </button>
          )}
        </p>
      </form>
    </>
  );
}
