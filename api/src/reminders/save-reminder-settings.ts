// Saving what a person chose on their reminders page. The channels are their
// consents (given or withdrawn with the wording shown, as on the privacy page);
// the rest are preferences. Everything is checked first, then written in one batch.
import { schema } from "@kinship/db";
import { type ReminderChannel, reminderChannels } from "@kinship/db/schema";
import { currentConsents } from "../consent/consent-state";
import { consentChange } from "../consent/set-consent";
import { validationError } from "../errors";
import type { Context, Viewer } from "../graphql/context";
import { cancelRemindersStatement } from "./cancel-reminders";
import { consentForChannel } from "./preferences";
import { pushSubscriptionCount } from "./push/push-subscriptions";
import type { ReminderSettingsInput } from "./settings-input";

const noAddress: Record<ReminderChannel, string> = {
  sms: "Your account has no mobile number, so we can't text you.",
  email: "Your account has no email address, so we can't email you.",
  push: "Turn on notifications on a device first.",
};

export async function saveReminderSettings({
  ctx,
  viewer,
  input,
}: {
  ctx: Context;
  viewer: Viewer;
  input: ReminderSettingsInput;
}) {
  const person = await ctx.db.query.people.findFirst({
    columns: { mobile: true, email: true },
    where: { id: viewer.personId },
  });
  const [consents, pushDevices] = await Promise.all([
    currentConsents(ctx.db, viewer.personId),
    pushSubscriptionCount(ctx.db, viewer.personId),
  ]);
  const isOnNow = (channel: ReminderChannel) =>
    consents.find((consent) => consent.purpose === consentForChannel[channel])?.isGranted ?? false;
  // Notifications are turned on from a device (subscribeToPush); a form that does not mention them leaves them be.
  const chosen = reminderChannels.filter((channel) => channel !== "push" || input.push != null);
  const wanted: Record<ReminderChannel, boolean> = {
    sms: input.sms,
    email: input.email,
    push: input.push ?? isOnNow("push"),
  };
  const addresses: Record<ReminderChannel, string | null | undefined> = {
    sms: person?.mobile,
    email: person?.email,
    push: pushDevices > 0 ? "push" : null,
  };
  for (const channel of chosen) {
    if (wanted[channel] && !addresses[channel]) throw validationError({ [channel]: [noAddress[channel]] });
  }
  const statements = [];
  for (const channel of chosen) {
    const purpose = consentForChannel[channel];
    const isOn = isOnNow(channel);
    // Turning on is recorded (again, if the wording changed); turning off only when it was on.
    if (wanted[channel] || isOn) {
      const change = await consentChange({ ctx, viewer, purpose, isGranted: wanted[channel] });
      if (change) statements.push(change.statement);
    }
  }
  const now = ctx.now();
  const values = {
    quietFrom: input.quietFrom,
    quietUntil: input.quietUntil,
    dailyLimit: input.dailyLimit,
    mayNameService: input.mayNameService,
    updatedAt: now,
  };
  await ctx.db.batch([
    ctx.db
      .insert(schema.reminderPreferences)
      .values({ personId: viewer.personId, ...values })
      .onConflictDoUpdate({ target: schema.reminderPreferences.personId, set: values }),
    ...statements,
    // With every channel off, nothing waiting should linger in the outbox.
    ...(!input.sms && !input.email && !wanted.push
      ? [cancelRemindersStatement(ctx.db, { personId: viewer.personId, now })]
      : []),
  ]);
}
