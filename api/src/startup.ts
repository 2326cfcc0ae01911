// What happens when a Node server starts on a database: bring the schema up to
// date, and on an empty database add the demo town (its directory, mentoring and
// volunteering) and say how to sign in.
import type { Database } from "@kinship/db";
import { migrateDatabase } from "@kinship/db/migrate";
import { demoPassword, demoSignIns, isEmpty, seedDemoData } from "@kinship/db/seed";
import { hashPassword } from "./auth/password";
import type { FieldCipher } from "./crypto/field-cipher";
import { personCipher } from "./crypto/person-keys";

export async function prepareDatabase(db: Database, { seedDemo, cipher }: { seedDemo: boolean; cipher: FieldCipher }) {
  await migrateDatabase(db);
  if (seedDemo && (await isEmpty(db))) {
    // Demo notes are sealed exactly as the API seals real ones: under each person's own key.
    const keys = { db, cipher, now: () => new Date() };
    await seedDemoData(db, {
      passwordHash: await hashPassword(demoPassword),
      sealNote: (personId, text, where) => personCipher(keys, personId).encrypt(text, where),
    });
    return { seeded: true };
  }
  return { seeded: false };
}

export function describeDemoSignIns() {
  const lines = demoSignIns.map((s) => `  ${s.role.padEnd(18)} ${s.email}`);
  return [`Demo data added. Sign in as any of these, password: ${demoPassword}`, ...lines].join("\n");
}
