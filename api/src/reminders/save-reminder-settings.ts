// Saving what a person chose on their reminders page. The channels are their
// consents (given or withdrawn with the wording shown, as on the privacy page);
// the rest are preferences. Everything is checked first, then written in one batch.
import { schema } from "@kinship/db";
import type { ReminderChannel } from "@kinship/db/schema";
import { currentConsents } from "../consent/consent-state";
import { consentChange } from "../consent/set-consent";
import { validationError } from "../errors";
import type { Context, Viewer } from "../graphql/context";
import { cancelRemindersStatement } from "./cancel-reminders";
import { consentForChannel } from "./preferences";
import type { ReminderSettingsInput } from "./settings-input";

const noAddress: Record<ReminderChannel, string> = {
  sms: "Your account has no mobile number, so we can't text you.",
  email: "Your account has no email address, so we can't email you.",
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
  const wanted: Record<ReminderChannel, boolean> = { sms: input.sms, email: input.email };
  const addresses: Record<ReminderChannel, string | null | undefined> = { sms: person?.mobile, email: person?.email };
  for (const channel of ["sms", "email"] as const) {
    if (wanted[channel] && !addresses[channel]) throw validationError({ [channel]: [noAddress[channel]] });
  }
  const consents = await currentConsents(ctx.db, viewer.personId);
  const statements = [];
  for (const channel of ["sms", "email"] as const) {
    const purpose = consentForChannel[channel];
    const isOn = consents.find((consent) => consent.purpose === purpose)?.isGranted ?? false;
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
    // With both channels off, nothing waiting should linger in the outbox.
    ...(!input.sms && !input.email ? [cancelRemindersStatement(ctx.db, { personId: viewer.personId, now })] : []),
  ]);
}
