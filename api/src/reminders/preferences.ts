// A person's reminder preferences, with the defaults used until they choose:
// quiet from 9pm to 8am, at most three reminders a day, discreet words. Whether
// reminders go by text, email or notification at all is their consent, not a preference here.
import { type Database, schema } from "@kinship/db";
import type { ConsentPurpose, ReminderChannel } from "@kinship/db/schema";
import { inArray } from "drizzle-orm";

export interface ReminderPreferences {
  quiet: { from: string; until: string } | null;
  dailyLimit: number;
  mayNameService: boolean;
}

export const defaultPreferences: ReminderPreferences = {
  quiet: { from: "21:00", until: "08:00" },
  dailyLimit: 3,
  mayNameService: false,
};

export const maxDailyLimit = 10;

export const consentForChannel: Record<ReminderChannel, ConsentPurpose> = {
  sms: "reminders_by_sms",
  email: "reminders_by_email",
  push: "reminders_by_push",
};

type PreferenceRow = typeof schema.reminderPreferences.$inferSelect;

export function preferencesFrom(row: PreferenceRow | undefined): ReminderPreferences {
  if (!row) return defaultPreferences;
  return {
    quiet: row.quietFrom && row.quietUntil ? { from: row.quietFrom, until: row.quietUntil } : null,
    dailyLimit: row.dailyLimit,
    mayNameService: row.mayNameService,
  };
}

/** Preferences of several people at once, by person id. */
export async function loadPreferences(db: Database, personIds: readonly string[]) {
  const rows =
    personIds.length === 0
      ? []
      : await db
          .select()
          .from(schema.reminderPreferences)
          .where(inArray(schema.reminderPreferences.personId, [...personIds]));
  const byPerson = new Map(rows.map((row) => [row.personId, row]));
  return new Map(personIds.map((id) => [id, preferencesFrom(byPerson.get(id))]));
}
