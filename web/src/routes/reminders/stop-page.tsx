// The page a stop link opens. Opening the link asks first (mail scanners and
// link previews open links by themselves; a button press is a person); pressing
// the button turns every reminder off and says so plainly. Works with no script.
import { PlainDocument } from "./plain-document";

export type StopPageState = "confirm" | "stopped" | "not_found";

export function StopRemindersPage({ state, action }: { state: StopPageState; action: string }) {
  if (state === "not_found") {
    return (
      <PlainDocument title="Link not working">
        <h1>This link isn't working</h1>
        <p>It may have been copied only in part, or it is more than a year old.</p>
        <p>
          You can turn reminders off yourself: <a href="/account/reminders">sign in and go to your reminder settings</a>
          .
        </p>
      </PlainDocument>
    );
  }
  if (state === "stopped") {
    return (
      <PlainDocument title="Reminders stopped">
        <h1>Reminders are off</h1>
        <p role="status" className="notice">
          We won't send you any more reminders, by text message or by email.
        </p>
        <p>
          If you change your mind, you can turn them on again in <a href="/account/reminders">your reminder settings</a>
          .
        </p>
      </PlainDocument>
    );
  }
  return (
    <PlainDocument title="Stop reminders">
      <h1>Stop reminders?</h1>
      <p>This stops every reminder we send you, by text message and by email.</p>
      <form method="post" action={action}>
        <button type="submit" className="button">
          Stop all reminders
        </button>
      </form>
    </PlainDocument>
  );
}
