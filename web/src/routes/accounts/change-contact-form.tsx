// Changing the email address or the mobile number a person signs in with. The
// API wants the password again for it, then a code sent to the new address; it
// then signs out every other device, so the session list is refreshed afterwards.
import { useRef, useState } from "react";
import { ErrorSummary } from "../../components/error-summary";
import { TextField } from "../../components/text-field";
import { ChangeEmailMutation, ChangeMobileMutation, ConfirmContactChangeMutation } from "../../graphql/account-changes";
import { ApiError, request, toApiError } from "../../lib/graphql-client";
import { passwordOf, textOf, useFormSubmit } from "../../lib/use-form-submit";
import { useViewer } from "../../lib/viewer";
import { CodeForm, type SentTo } from "./code-form";

type ContactField = "email" | "mobile";

const words = {
  email: {
    heading: "Change your email address",
    now: "Your email address is",
    none: "You haven't given an email address.",
    label: "New email address",
    hint: "",
    removable: "To remove it, leave this empty: you can still sign in with your mobile number.",
    type: "email",
    autoComplete: "email",
    button: "Change email address",
    pending: "Changing your email address…",
    sending: "Sending a code to it…",
    name: "email address",
    confirm: "Confirm new email address",
    changed: (value: string) => `Your email address is now ${value}.`,
    removed: "Your email address has been removed. You sign in with your mobile number.",
  },
  mobile: {
    heading: "Change your mobile number",
    now: "Your mobile number is",
    none: "You haven't given a mobile number.",
    label: "New mobile number",
    hint: "A UK mobile (07…) or an international one (+…).",
    removable: "To remove it, leave this empty: you can still sign in with your email address.",
    type: "tel",
    autoComplete: "tel",
    button: "Change mobile number",
    pending: "Changing your mobile number…",
    sending: "Sending a code to it…",
    name: "mobile number",
    confirm: "Confirm new mobile number",
    changed: (value: string) => `Your mobile number is now ${value}.`,
    removed: "Your mobile number has been removed. You sign in with your email address.",
  },
} as const;

export function ChangeContactForm({
  field,
  current,
  hasOther,
  onChanged,
}: {
  field: ContactField;
  current: string | null;
  /** The person also has the other detail, so this one may be removed. */
  hasOther: boolean;
  onChanged: () => void;
}) {
  const { setViewer } = useViewer();
  const formRef = useRef<HTMLFormElement>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const say = words[field];
  const valueId = field === "email" ? "newEmail" : "newMobile";
  const passwordId = `${field}CurrentPassword`;
  // The API names the value `newEmail` when checking its form, and `email` when it would leave no way to sign in.
  const fieldIds = { [valueId]: valueId, [field]: valueId, currentPassword: passwordId };
  // A new address waits for the code sent to it.
  const [pending, setPending] = useState<{ value: string; verificationId: string; sentTo: SentTo } | null>(null);
  const send = async (value: string, currentPassword: string | null) =>
    field === "email"
      ? (await request(ChangeEmailMutation, { newEmail: value, currentPassword })).changeEmail
      : (await request(ChangeMobileMutation, { newMobile: value, currentPassword })).changeMobile;
  const { onSubmit, problems, isPending } = useFormSubmit(fieldIds, async (data) => {
    setNotice(null);
    const value = textOf(data, valueId);
    const currentPassword = passwordOf(data, passwordId);
    try {
      const change = await send(value, currentPassword);
      formRef.current?.reset();
      if (change.verificationId && change.sentTo) {
        setPending({ value, verificationId: change.verificationId, sentTo: change.sentTo });
        return;
      }
      setViewer(change.person);
      setNotice(`${say.removed} Any other devices have been signed out.`);
      onChanged();
    } catch (error) {
      const problem = toApiError(error);
      // A wrong password belongs beside the password box.
      if (problem.code === "BAD_CREDENTIALS" || problem.code === "REAUTHENTICATION_REQUIRED") {
        throw new ApiError(problem.code, problem.message, { currentPassword: [problem.message] });
      }
      throw problem;
    }
  });

  return (
    <section aria-labelledby={`change-${field}`}>
      <h2 id={`change-${field}`}>{say.heading}</h2>
      <p>
        {current ? (
          <>
            {say.now} <strong>{current}</strong>.
          </>
        ) : (
          say.none
        )}
      </p>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {pending ? (
        <>
          <p>
            To make <strong>{pending.value}</strong> your new {say.name}, enter the code we sent to it.
          </p>
          <CodeForm
            sentTo={pending.sentTo}
            button={say.confirm}
            pendingButton={say.pending}
            onCode={async (code) => {
              const { confirmContactChange } = await request(ConfirmContactChangeMutation, {
                verificationId: pending.verificationId,
                code,
              });
              setPending(null);
              setViewer(confirmContactChange);
              setNotice(
                `${say.changed(confirmContactChange[field] ?? pending.value)} Any other devices have been signed out.`,
              );
              onChanged();
            }}
            onResend={async () => {
              // Within five minutes of the password, no need to ask for it again.
              const change = await send(pending.value, null);
              if (change.verificationId && change.sentTo)
                setPending({ ...pending, verificationId: change.verificationId });
            }}
          />
          <p>
            <button type="button" className="link-button" onClick={() => setPending(null)}>
              Keep my {say.name} as it is
            </button>
          </p>
        </>
      ) : (
        changeForm()
      )}
    </section>
  );

  // Called, not rendered as a component: a component declared here would be new on each render and lose what was typed.
  function changeForm() {
    return (
      <>
        <ErrorSummary problems={problems.summary} />
        <form ref={formRef} onSubmit={onSubmit} noValidate>
          <TextField
            id={valueId}
            label={say.label}
            hint={[say.hint, hasOther ? say.removable : ""].filter(Boolean).join(" ") || undefined}
            type={say.type}
            autoComplete={say.autoComplete}
            error={problems.byField[valueId]}
          />
          <TextField
            id={passwordId}
            label="Your password"
            hint="We ask for it again before changing how you sign in, to keep your account safe."
            type="password"
            autoComplete="current-password"
            required
            error={problems.byField[passwordId]}
          />
          <button type="submit" className="button" disabled={isPending}>
            {isPending ? say.sending : say.button}
          </button>
        </form>
      </>
    );
  }
}
