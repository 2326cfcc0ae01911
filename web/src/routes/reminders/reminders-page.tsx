// /account/reminders: how a person gets reminders (if at all), when not to, how
// many, and what the messages may say; and the reminders we've sent them.
import { useRef, useState } from "react";
import { Link } from "wouter";
import { LoadFailed } from "../../components/load-failed";
import { Page } from "../../components/page";
import { MyRemindersQuery } from "../../graphql/reminders";
import { useQuery } from "../../lib/use-query";
import { formatLondonDateTime } from "../privacy/london-time";
import { PushOnThisDevice } from "./push-on-this-device";
import { ReminderSettingsForm } from "./reminder-settings-form";

const statusWords = {
  PENDING: "Waiting to be sent",
  SENDING: "Being sent",
  SENT: "Sent",
  FAILED: "Couldn't be sent",
  CANCELLED: "Called off",
  SKIPPED: "Not sent",
} as const;
const channelWords = { SMS: "Text message", EMAIL: "Email", PUSH: "Notification" } as const;

export function RemindersPage() {
  const { state, reload } = useQuery(MyRemindersQuery);
  const [message, setMessage] = useState("");
  const messageRef = useRef<HTMLParagraphElement>(null);
  if (state.status === "loading") return <p role="status">Loading your reminder settings…</p>;
  if (state.status === "failed") return <LoadFailed error={state.error} onRetry={reload} />;
  const { myReminderSettings: settings, myReminders: reminders } = state.data;
  const isOff = settings.channels.every((choice) => !choice.isOn);

  return (
    <Page title="Reminders">
      <p>
        We can remind you of things you've planned, like a catch-up or a check-in. Only if you want us to, and you can
        stop at any time.
      </p>
      <p ref={messageRef} tabIndex={-1} className={message ? "notice" : "visually-hidden"} role="status">
        {message}
      </p>
      <PushOnThisDevice
        settings={settings}
        onChanged={(changed) => {
          setMessage(changed);
          reload();
        }}
      />
      <ReminderSettingsForm
        settings={settings}
        onSaved={(saved) => {
          const nowOff = saved.channels.every((choice) => !choice.isOn);
          setMessage(nowOff ? "Saved. Reminders are off." : "Your reminder settings are saved.");
          reload();
          requestAnimationFrame(() => messageRef.current?.focus());
        }}
      />
      <section aria-labelledby="sent-reminders">
        <h2 id="sent-reminders">Your reminders</h2>
        {reminders.length === 0 ? (
          <p>{isOff ? "None: reminders are off." : "None yet."}</p>
        ) : (
          <ul className="plain-list">
            {reminders.map((reminder) => (
              <li key={reminder.id} className="card">
                <p>{reminder.words}</p>
                <p className="meta">
                  {channelWords[reminder.channel]} · {statusWords[reminder.status]} ·{" "}
                  {formatLondonDateTime(reminder.sentAt ?? reminder.dueAt)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <p>
        <Link href="/account">Back to your account</Link>
      </p>
    </Page>
  );
}
