// A match's keeping-in-touch history as one simple list, newest first: sessions
// held, catch-ups that didn't happen, and the nudges and alerts sent about quiet spells.
import type { ResultOf } from "../../../graphql/graphql";
import type { KeepingInTouchQuery } from "../../../graphql/mentoring-planned-contacts";
import { formatLocalDate, todayInLondon } from "../../directory/dates";
import { contactModeLabels } from "./session-words";

type History = ResultOf<typeof KeepingInTouchQuery>["matchContactHistory"];

export function ContactHistoryList({ history }: { history: History }) {
  const entries = [
    ...history.lastSessions.map((session, index) => ({
      key: `session-${index}`,
      on: session.heldOn,
      words: `Session held: ${contactModeLabels[session.contactMode].toLowerCase()}`,
    })),
    ...history.missedContacts.map((missed) => ({
      key: missed.id,
      on: missed.plannedOn,
      words: `Didn't happen: ${contactModeLabels[missed.contactMode].toLowerCase()}`,
    })),
    ...history.signals.map((signal) => ({
      key: signal.id,
      on: todayInLondon(new Date(signal.at)),
      words:
        signal.kind === "NUDGE"
          ? `The mentor was reminded to get in touch after ${signal.daysQuiet} quiet days`
          : `The coordinators were told after ${signal.daysQuiet} quiet days`,
    })),
  ].sort((a, b) => b.on.localeCompare(a.on));
  return (
    <>
      {history.daysQuiet !== null && history.daysQuiet > 0 && (
        <p>
          {history.daysQuiet} {history.daysQuiet === 1 ? "day" : "days"} since the last contact.
        </p>
      )}
      {entries.length === 0 ? (
        <p>Nothing recorded yet.</p>
      ) : (
        <ul className="plain-list contact-history">
          {entries.map((entry) => (
            <li key={entry.key}>
              <span className="meta">{formatLocalDate(entry.on)}</span> · {entry.words}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
