// `pnpm --filter @kinship/api keys:new`: prints a new encryption key entry for
// ENCRYPTION_KEYS. Put it first to rotate (see docs/decisions/005-field-encryption.md).
import { generateKeyEntry } from "../crypto/field-cipher";

console.log(generateKeyEntry());
