// A person's reminder settings as their page shows them: each channel (on when
// they have agreed to it, by their consent) with the address it goes to, and
// their preferences. Only ever the viewer's own.
import { type Database, schema } from "@kinship/db";
import { type ReminderChannel, reminderChannels } from "@kinship/db/schema";
import { desc, eq } from "drizzle-orm";
import { currentConsents } from "../consent/consent-state";
import { consentWording } from "../consent/wording";
import { consentForChannel, defaultPreferences, preferencesFrom, type ReminderPreferences } from "./preferences";
import { pushSubscriptionCount } from "./push/push-subscriptions";

export interface ChannelChoice {
  channel: ReminderChannel;
  isOn: boolean;
  /** The person's own mobile number or email address; null when they have none, and for push. */
  address: string | null;
  title: string;
  wording: string;
}

export interface ReminderSettings extends ReminderPreferences {
  channels: ChannelChoice[];
  /** The browser's `applicationServerKey`; null when this service has no VAPID keys (then push is not offered). */
  vapidPublicKey: string | null;
  /** Browsers where this person turned notifications on. */
  pushDeviceCount: number;
}

export async function reminderSettings(
  db: Database,
  personId: string,
  vapidPublicKey: string | null = null,
): Promise<ReminderSettings> {
  const [person, consents, row, pushDeviceCount] = await Promise.all([
    db.query.people.findFirst({ columns: { mobile: true, email: true }, where: { id: personId } }),
    currentConsents(db, personId),
    db.query.reminderPreferences.findFirst({ where: { personId } }),
    pushSubscriptionCount(db, personId),
  ]);
  // Without VAPID keys nothing could be sent as a notification, so the choice is not shown.
  const offered = reminderChannels.filter((channel) => channel !== "push" || vapidPublicKey);
  const channels = offered.map((channel) => {
    const purpose = consentForChannel[channel];
    return {
      channel,
      isOn: consents.find((consent) => consent.purpose === purpose)?.isGranted ?? false,
      address: (channel === "sms" ? person?.mobile : channel === "email" ? person?.email : null) ?? null,
      title: consentWording[purpose].title,
      wording: consentWording[purpose].wording,
    };
  });
  return { ...preferencesFrom(row), channels, vapidPublicKey, pushDeviceCount };
}

/** The person's newest reminders, in the words they get (or will get) by their settings now. */
export async function myRecentReminders(db: Database, personId: string, limit = 20) {
  const { reminderMessages: m } = schema;
  const [rows, preferences] = await Promise.all([
    db.select().from(m).where(eq(m.personId, personId)).orderBy(desc(m.dueAt)).limit(limit),
    db.query.reminderPreferences.findFirst({ columns: { mayNameService: true }, where: { personId } }),
  ]);
  const mayNameService = preferences?.mayNameService ?? defaultPreferences.mayNameService;
  return rows.map((row) => ({ ...row, words: mayNameService ? row.namedText : row.text }));
}
