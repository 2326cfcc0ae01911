// A claimed message as it goes out: the discreet words or the named ones, as the
// person chooses at the moment of sending, and the stop link at the end.
import type { OutgoingMessage } from "../channels/channel-adapter";
import { reminderSubject } from "../templates";
import type { ClaimedMessage } from "./claim-due-messages";

export function composeMessage(
  message: ClaimedMessage,
  to: string,
  stopUrl: string,
  mayName: boolean,
): OutgoingMessage {
  const text = mayName ? message.namedText : message.text;
  // A notification is turned off where it appears (or on the reminders page it opens), so it carries no link.
  const body =
    message.channel === "push"
      ? text
      : message.channel === "sms"
        ? `${text}\nStop reminders: ${stopUrl}`
        : `${text}\n\nTo stop these reminders, open this link: ${stopUrl}\n`;
  return {
    reference: message.id,
    personId: message.personId,
    channel: message.channel,
    kind: message.kind,
    expiresAt: message.expiresAt,
    to,
    subject: reminderSubject(mayName),
    body,
    stopUrl,
  };
}
