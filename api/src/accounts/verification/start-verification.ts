// Starts a verification: a fresh code, its hash, and what to do when it is
// proven (sealed). A decoy (an address that already has an account, an account
// that does not exist) does exactly the same work but stores no hash, so no code
// can ever succeed, and the answer to any code is the same as to a wrong one.
import { type Database, newId, schema } from "@kinship/db";
import type { VerificationPurpose } from "@kinship/db/schema";
import type { FieldCipher } from "../../crypto/field-cipher";
import { codeHash, codeLifetimeMs, newCode } from "./verification-codes";

export const payloadLocation = (id: string) => ({ table: "account_verifications", column: "payload", rowId: id });

export async function startVerification(
  { db, cipher, now }: { db: Database; cipher: FieldCipher; now: Date },
  options: { purpose: VerificationPurpose; personId: string | null; payload: unknown; isDecoy: boolean },
) {
  const id = newId();
  const code = newCode();
  const [hash, payload] = await Promise.all([
    codeHash(cipher, id, code),
    cipher.encrypt(JSON.stringify(options.payload ?? null), payloadLocation(id)),
  ]);
  const expiresAt = new Date(now.getTime() + codeLifetimeMs);
  const statement = db.insert(schema.accountVerifications).values({
    id,
    purpose: options.purpose,
    personId: options.personId,
    codeHash: options.isDecoy ? null : hash,
    payload,
    createdAt: now,
    expiresAt,
  });
  return { id, code, expiresAt, statement };
}
