// What happens when a Node server starts on a database: bring the schema up to
// date, and on an empty database add the demo town and say how to sign in.
import type { Database } from "@kinship/db";
import { migrateDatabase } from "@kinship/db/migrate";
import { demoPassword, demoSignIns, isEmpty, seedDemoData } from "@kinship/db/seed";
import { hashPassword } from "./auth/password";

export async function prepareDatabase(db: Database, { seedDemo }: { seedDemo: boolean }) {
  await migrateDatabase(db);
  if (seedDemo && (await isEmpty(db))) {
    await seedDemoData(db, { passwordHash: await hashPassword(demoPassword) });
    return { seeded: true };
  }
  return { seeded: false };
}

export function describeDemoSignIns() {
  const lines = demoSignIns.map((s) => `  ${s.role.padEnd(18)} ${s.email}`);
  return [`Demo data added. Sign in as any of these, password: ${demoPassword}`, ...lines].join("\n");
}
