// What to do with one due message, decided from the person's consent, address,
// quiet hours and daily limit (no input or output here, so it is easy to test):
// send it now, move it later, or skip it for good.
import type { ReminderChannel } from "@kinship/db/schema";
import { endOfQuietHours, startOfNextLondonDay } from "../london-clock";
import { consentForChannel } from "../preferences";
import type { Recipient } from "./batch-context";
import type { ClaimedMessage } from "./claim-due-messages";

export type DeliveryPlan =
  | { action: "send"; to: string }
  | { action: "later"; at: Date; reason: "quiet_hours" | "daily_limit" }
  | { action: "skip"; reason: "no_consent" | "no_address" | "account_closed" | "too_late" };

export function planDelivery(message: ClaimedMessage, recipient: Recipient | undefined, now: Date): DeliveryPlan {
  if (!recipient || recipient.isDisabled) return { action: "skip", reason: "account_closed" };
  if (!recipient.consents.has(consentForChannel[message.channel])) return { action: "skip", reason: "no_consent" };
  const to = addressOn(message.channel, recipient);
  if (!to) return { action: "skip", reason: "no_address" };
  if (message.expiresAt.getTime() <= now.getTime()) return { action: "skip", reason: "too_late" };

  const later = (at: Date, reason: "quiet_hours" | "daily_limit"): DeliveryPlan =>
    at.getTime() >= message.expiresAt.getTime()
      ? { action: "skip", reason: "too_late" }
      : { action: "later", at, reason };
  const quietEnds = endOfQuietHours(now, recipient.preferences.quiet);
  if (quietEnds) return later(quietEnds, "quiet_hours");
  // The same reminder on a second channel is not another reminder.
  const isAlreadyCounted = recipient.sentToday.has(message.dedupeKey);
  if (!isAlreadyCounted && recipient.sentToday.size >= recipient.preferences.dailyLimit) {
    // Tomorrow's quiet hours, if any, are applied when it comes round again.
    return later(startOfNextLondonDay(now), "daily_limit");
  }
  return { action: "send", to };
}

// A push message goes to every browser the person turned notifications on in;
// the adapter looks them up, so here it is enough that there is one.
function addressOn(channel: ReminderChannel, recipient: Recipient) {
  if (channel === "sms") return recipient.mobile;
  if (channel === "email") return recipient.email;
  return recipient.pushSubscriptionCount > 0 ? "push" : null;
}
