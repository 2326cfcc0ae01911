// /dev/outbox: what the development sink "sent", newest first, so a developer
// (or a browser test) can read a reminder and follow its stop link. Served only
// when the app runs in development or demo mode.
import { Fragment } from "react";
import { PlainDocument } from "./plain-document";

export interface OutboxEntry {
  id: string;
  channel: "sms" | "email" | "push";
  recipient: string;
  subject: string | null;
  body: string;
  /** ISO 8601, and the same in words on the London clock. */
  sentAt: string;
  sentAtWords: string;
}

const channelWords = { sms: "Text message", email: "Email", push: "Notification" } as const;

/** The body split into plain text and web addresses, each with where it starts (a stable key). */
function linkParts(body: string) {
  const parts: { text: string; at: number; isLink: boolean }[] = [];
  let at = 0;
  for (const [position, text] of body.split(/(https?:\/\/[^\s]+)/).entries()) {
    parts.push({ text, at, isLink: position % 2 === 1 });
    at += text.length;
  }
  return parts;
}

/** The body with its web addresses as links. */
function BodyWithLinks({ body }: { body: string }) {
  return (
    <p className="preserve-lines">
      {linkParts(body).map((part) =>
        part.isLink ? (
          <a key={part.at} href={part.text}>
            {part.text}
          </a>
        ) : (
          <Fragment key={part.at}>{part.text}</Fragment>
        ),
      )}
    </p>
  );
}

export function DevelopmentOutboxPage({ entries }: { entries: OutboxEntry[] }) {
  return (
    <PlainDocument title="Development outbox">
      <h1>Development outbox</h1>
      <p>
        Reminders this development server would have sent. Nothing here left the computer: set a provider (see the
        README) to send real messages.
      </p>
      {entries.length === 0 ? (
        <p>Nothing sent yet.</p>
      ) : (
        <ol className="plain-list outbox-list">
          {entries.map((entry) => (
            <li key={entry.id} className="card outbox-entry">
              <h2>{`${channelWords[entry.channel]} to ${entry.recipient}`}</h2>
              <p className="meta">
                Sent <time dateTime={entry.sentAt}>{entry.sentAtWords}</time>
              </p>
              {entry.subject && <p>{`Subject: ${entry.subject}`}</p>}
              <BodyWithLinks body={entry.body} />
            </li>
          ))}
        </ol>
      )}
    </PlainDocument>
  );
}
