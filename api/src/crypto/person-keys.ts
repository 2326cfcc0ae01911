// Per-person data keys (envelope encryption). Each person's notes are sealed with
// a random AES-256 key of their own, stored wrapped by the configured envelope
// cipher. Erasure deletes the wrapped key, so every note about the person becomes
// unreadable at once, including copies in backups (crypto-shredding).
import { schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import type { Context } from "../graphql/context";
import { type FieldLocation, fromBase64Url, open, seal, toBase64Url } from "./field-cipher";

export interface PersonCipher {
  encrypt(plaintext: string, where: FieldLocation): Promise<string>;
  /** null when the person's key is gone (they were erased) or the value was tampered with. */
  decrypt(stored: string, where: FieldLocation): Promise<string | null>;
}

const keyLocation = (personId: string): FieldLocation => ({
  table: "person_data_keys",
  column: "wrapped_key",
  rowId: personId,
});
const importKey = (raw: Uint8Array) =>
  crypto.subtle.importKey("raw", raw as Uint8Array<ArrayBuffer>, "AES-GCM", false, ["encrypt", "decrypt"]);

// Keys unwrapped during one request, so a list of twenty notes unwraps once.
type KeyContext = Pick<Context, "db" | "cipher" | "now">;
const unwrapped = new WeakMap<KeyContext, Map<string, Promise<CryptoKey | null>>>();

async function loadKey(ctx: KeyContext, personId: string, isCreating: boolean): Promise<CryptoKey | null> {
  const { personDataKeys } = schema;
  const [row] = await ctx.db.select().from(personDataKeys).where(eq(personDataKeys.personId, personId));
  if (row) return importKey(fromBase64Url(await ctx.cipher.decrypt(row.wrappedKey, keyLocation(personId))));
  if (!isCreating) return null;
  const raw = crypto.getRandomValues(new Uint8Array(32));
  const wrappedKey = await ctx.cipher.encrypt(toBase64Url(raw), keyLocation(personId));
  // Two requests may race to create the key: the first insert wins and both use it.
  await ctx.db.insert(personDataKeys).values({ personId, wrappedKey, createdAt: ctx.now() }).onConflictDoNothing();
  return loadKey(ctx, personId, false);
}

function keyFor(ctx: KeyContext, personId: string, isCreating: boolean) {
  const cache = unwrapped.get(ctx) ?? new Map<string, Promise<CryptoKey | null>>();
  unwrapped.set(ctx, cache);
  const cached = cache.get(personId);
  if (cached) return cached;
  const loading = loadKey(ctx, personId, isCreating);
  // Only a found key is worth remembering; a missing one may be created next.
  loading.then((key) => key ?? cache.delete(personId)).catch(() => cache.delete(personId));
  cache.set(personId, loading);
  return loading;
}

/** Encrypts and decrypts values about `personId` under that person's own key. */
export function personCipher(ctx: KeyContext, personId: string): PersonCipher {
  return {
    async encrypt(plaintext, where) {
      const key = await keyFor(ctx, personId, true);
      if (!key) throw new Error("Could not create the person's data key");
      return `p1.${await seal(key, plaintext, where)}`;
    },
    async decrypt(stored, where) {
      const key = await keyFor(ctx, personId, false);
      if (!key || !stored.startsWith("p1.")) return null;
      return open(key, stored.slice(3), where).catch(() => null);
    },
  };
}
