// Single-use recovery codes for when a phone is lost: ten of them, shown once,
// stored only as hashes. Each is 50 random bits in two groups of five.
import { type Database, newId, schema } from "@kinship/db";
import { and, eq, isNull } from "drizzle-orm";
import { hashSecret, randomSecret } from "../../auth/token";

const normalise = (code: string) => code.toLowerCase().replace(/[^a-z0-9]/g, "");

export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const code = randomSecret(10);
    return `${code.slice(0, 5)}-${code.slice(5)}`;
  });
}

export function recoveryCodeRows(personId: string, codes: string[]) {
  return codes.map((code) => ({ id: newId(), personId, codeHash: hashSecret(normalise(code)) }));
}

/** Uses up a recovery code; true when it was valid and unused. */
export async function useRecoveryCode(db: Database, personId: string, code: string, now: Date) {
  const used = await db
    .update(schema.recoveryCodes)
    .set({ usedAt: now })
    .where(
      and(
        eq(schema.recoveryCodes.personId, personId),
        eq(schema.recoveryCodes.codeHash, hashSecret(normalise(code))),
        isNull(schema.recoveryCodes.usedAt),
      ),
    )
    .returning({ id: schema.recoveryCodes.id });
  return used.length === 1;
}
