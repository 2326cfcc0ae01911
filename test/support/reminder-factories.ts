// Test data for reminders: a person who has agreed to reminders by text and/or
// email (their consents recorded as the API records them), with preferences.
import { consentWording } from "@kinship/api/consent/wording";
import { reminderTemplates } from "@kinship/api/reminders/templates";
import { type Database, schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import { createPerson } from "./factories";

let mobiles = 0;
/** A distinct UK mobile number in the range Ofcom keeps for drama (07700 900000–900999), then beyond. */
const nextMobile = () => `+447700${String(900000 + (process.pid % 50) * 1000 + ++mobiles).padStart(6, "0")}`;

export async function createReminderPerson(
  db: Database,
  {
    sms = true,
    email = true,
    quiet = null,
    dailyLimit = 10,
    mayNameService = false,
  }: {
    sms?: boolean;
    email?: boolean;
    quiet?: { from: string; until: string } | null;
    dailyLimit?: number;
    mayNameService?: boolean;
  } = {},
) {
  const person = await createPerson(db);
  const mobile = nextMobile();
  await db.update(schema.people).set({ mobile }).where(eq(schema.people.id, person.id));
  for (const [purpose, isGranted] of [
    ["reminders_by_sms", sms],
    ["reminders_by_email", email],
  ] as const) {
    if (!isGranted) continue;
    await db.insert(schema.consents).values({
      personId: person.id,
      purpose,
      isGranted,
      wordingVersion: consentWording[purpose].version,
      recordedAt: new Date("2026-01-01T00:00:00Z"),
    });
  }
  await db.insert(schema.reminderPreferences).values({
    personId: person.id,
    quietFrom: quiet?.from ?? null,
    quietUntil: quiet?.until ?? null,
    dailyLimit,
    mayNameService,
    updatedAt: new Date("2026-01-01T00:00:00Z"),
  });
  return { ...person, mobile };
}

/** A reminder's words, as a feature would make them. */
export const sessionReminderText = (at: Date, withName = "Sam") =>
  reminderTemplates.supportSession({ withName, at, organisation: "Bury Recovery Community" });
