// Setting up an authenticator app: why we ask, the QR code (or the secret to
// type in), a code to prove it works, then the recovery codes, shown once. When
// replacing an app, the new secret was already asked for with the password
// (second-factor-replace.tsx) and is handed in as `started`.
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import { LoadFailed } from "../../components/load-failed";
import { Page } from "../../components/page";
import type { ResultOf } from "../../graphql/graphql";
import { ConfirmTotpEnrolmentMutation, StartTotpEnrolmentMutation } from "../../graphql/second-factor";
import { type ApiError, request, toApiError } from "../../lib/graphql-client";
import { SecondFactorCodeForm } from "./second-factor-code-form";
import { SecondFactorRecoveryCodes } from "./second-factor-recovery-codes";

const QrCode = lazy(() => import("../../components/qr-code"));

export type Enrolment = ResultOf<typeof StartTotpEnrolmentMutation>["startTotpEnrolment"];
type EnrolmentState =
  | { status: "loading" }
  | { status: "failed"; error: ApiError }
  | { status: "ready"; enrolment: Enrolment };

/** Groups of four are far easier to copy onto a small screen than 32 letters in a row. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(" ") ?? secret;

export function SecondFactorSetup({ started: given }: { started?: Enrolment } = {}) {
  const [state, setState] = useState<EnrolmentState>({ status: "loading" });
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  // Each start makes a new secret and replaces the last one. The promise lives in
  // a ref so React's development double-mount cannot show one secret and store another.
  const started = useRef<Promise<Enrolment> | null>(given ? Promise.resolve(given) : null);
  const load = useCallback(() => {
    let isCurrent = true;
    started.current ??= request(StartTotpEnrolmentMutation).then((data) => data.startTotpEnrolment);
    started.current.then(
      (enrolment) => isCurrent && setState({ status: "ready", enrolment }),
      (error) => isCurrent && setState({ status: "failed", error: toApiError(error) }),
    );
    return () => {
      isCurrent = false;
    };
  }, []);
  useEffect(load, [load]);

  const tryAgain = () => {
    started.current = null;
    setState({ status: "loading" });
    load();
  };

  if (recoveryCodes) return <SecondFactorRecoveryCodes codes={recoveryCodes} />;

  return (
    <Page title={given ? "Set up your new authenticator app" : "Set up your authenticator app"}>
      {given ? (
        <p className="notice" role="status">
          Your old app and recovery codes no longer work. Add Kinship to the app on your new phone to finish.
        </p>
      ) : (
        <p>
          Because you help run an organisation on Kinship, you can see people's private information. To keep it safe, we
          ask for a second step when you sign in: a 6-digit code from an app on your phone, as well as your password.
        </p>
      )}
      <p>
        Any authenticator app works, for example Google Authenticator, Microsoft Authenticator or 2FAS. They're free.
      </p>
      {state.status === "loading" && <p role="status">Getting your set-up code…</p>}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={tryAgain} />}
      {state.status === "ready" && (
        <>
          <h2>1. Add Kinship to your app</h2>
          <p>In your authenticator app, choose to add an account, then scan this code.</p>
          <Suspense fallback={<p role="status">Drawing the QR code…</p>}>
            <QrCode value={state.enrolment.uri} label="QR code to scan with your authenticator app" />
          </Suspense>
          <p>
            Setting up on this phone? <a href={state.enrolment.uri}>Open it in your authenticator app</a>.
          </p>
          <p>If you can't scan it, choose to enter a set-up key and type in:</p>
          <p className="secret" data-testid="totp-secret">
            {grouped(state.enrolment.secret)}
          </p>
          <h2>2. Enter the code it shows</h2>
          <SecondFactorCodeForm
            label="6-digit code from your app"
            hint="The code changes every 30 seconds. Any recent one will do."
            submitLabel="Check code"
            pendingLabel="Checking…"
            isNumericOnly
            onCode={async (code) => {
              const data = await request(ConfirmTotpEnrolmentMutation, { code });
              setRecoveryCodes(data.confirmTotpEnrolment);
            }}
          />
        </>
      )}
    </Page>
  );
}
