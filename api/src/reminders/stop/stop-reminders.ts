// A stop link turns reminders off: both consents are withdrawn (recorded with the
// wording the person had agreed to, as any withdrawal is) and every reminder not
// yet sent is cancelled. Using a link again changes nothing and says the same.
import { type Database, schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import { hasConsent } from "../../consent/consent-state";
import { setConsent } from "../../consent/set-consent";
import { cancelRemindersStatement } from "../cancel-reminders";
import { findStopToken } from "./stop-tokens";

export async function stopRemindersByLink({ db, token, now }: { db: Database; token: string; now: Date }) {
  const row = await findStopToken(db, token, now);
  if (!row) return { isStopped: false } as const;
  const ctx = { db, now: () => now };
  const viewer = { personId: row.personId };
  for (const purpose of ["reminders_by_sms", "reminders_by_email"] as const) {
    // Only what is on is withdrawn: a channel never agreed to gets no new record.
    if (await hasConsent(db, row.personId, purpose)) await setConsent({ ctx, viewer, purpose, isGranted: false });
  }
  await db.batch([
    cancelRemindersStatement(db, { personId: row.personId, now }),
    db
      .update(schema.reminderStopTokens)
      .set({ usedAt: row.usedAt ?? now })
      .where(eq(schema.reminderStopTokens.tokenHash, row.tokenHash)),
  ]);
  return { isStopped: true } as const;
}
