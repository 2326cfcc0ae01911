// Encryption at rest for designated sensitive fields (notes, second-factor
// secrets, …) with AES-256-GCM through Web Crypto, the same on Node and Workers.
// Each value gets a fresh 96-bit random IV, and the additional authenticated data
// binds it to its table, column and row: a ciphertext copied into another row or
// column fails to decrypt. Stored form: `v1.<keyId>.<iv>.<ciphertext>` (base64url).
// Several keys may be configured; the first encrypts, any decrypts, so keys can be
// rotated without downtime (add a new first key, re-encrypt, then drop the old one).

export interface FieldLocation {
  table: string;
  column: string;
  rowId: string;
}

export interface FieldCipher {
  encrypt(plaintext: string, where: FieldLocation): Promise<string>;
  decrypt(stored: string, where: FieldLocation): Promise<string>;
  /**
   * HMAC-SHA-256 (base64url) under a key derived (HKDF, per `purpose`) from the
   * first key: a keyed hash for short secrets such as one-time codes, which a
   * plain hash would not protect (a million codes are quick to try). Changes when
   * the first key does, so keep such hashes short-lived.
   */
  mac(message: string, purpose: string): Promise<string>;
}

const toBase64Url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");
const fromBase64Url = (text: string) =>
  Uint8Array.from(atob(text.replaceAll("-", "+").replaceAll("_", "/")), (c) => c.charCodeAt(0));
const additionalData = ({ table, column, rowId }: FieldLocation) =>
  new TextEncoder().encode(`${table}\u0000${column}\u0000${rowId}`);

/**
 * Parses `id1:base64key1,id2:base64key2` (each key 32 random bytes, base64).
 * The first key is the one new values are encrypted with.
 */
export async function createFieldCipher(keyList: string): Promise<FieldCipher> {
  const entries = keyList
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [id, material] = entry.split(":");
      if (!id || !material || !/^[A-Za-z0-9_-]+$/.test(id))
        throw new Error("Encryption keys must look like id:base64key");
      const raw = fromBase64Url(material.replace(/=+$/, ""));
      if (raw.byteLength !== 32) throw new Error(`Encryption key ${id} must be 32 bytes`);
      return { id, raw };
    });
  if (entries.length === 0) throw new Error("At least one encryption key is required");
  const keys = new Map<string, CryptoKey>();
  for (const { id, raw } of entries) {
    keys.set(id, await crypto.subtle.importKey("raw", raw, "AES-GCM", false, ["encrypt", "decrypt"]));
  }
  const currentId = entries[0]!.id;
  const macBase = await crypto.subtle.importKey("raw", entries[0]!.raw, "HKDF", false, ["deriveKey"]);
  const macKeys = new Map<string, Promise<CryptoKey>>();
  const macKey = (purpose: string) => {
    let key = macKeys.get(purpose);
    if (!key) {
      const info = new TextEncoder().encode(`kinship-mac:${purpose}`);
      key = crypto.subtle.deriveKey(
        { name: "HKDF", hash: "SHA-256", salt: new Uint8Array(32), info },
        macBase,
        { name: "HMAC", hash: "SHA-256", length: 256 },
        false,
        ["sign"],
      );
      macKeys.set(purpose, key);
    }
    return key;
  };

  return {
    encrypt: async (plaintext, where) => `v1.${currentId}.${await seal(keys.get(currentId)!, plaintext, where)}`,
    async decrypt(stored, where) {
      const [version, keyId, ...sealed] = stored.split(".");
      const key = keyId ? keys.get(keyId) : undefined;
      if (version !== "v1" || !key) throw new Error("Unreadable encrypted value");
      return open(key, sealed.join("."), where);
    },
    async mac(message, purpose) {
      const signature = await crypto.subtle.sign("HMAC", await macKey(purpose), new TextEncoder().encode(message));
      return toBase64Url(new Uint8Array(signature));
    },
  };
}

/** AES-GCM with a fresh 96-bit IV and the location as additional data: `<iv>.<ciphertext>` (base64url). */
export async function seal(key: CryptoKey, plaintext: string, where: FieldLocation) {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv, additionalData: additionalData(where) },
    key,
    new TextEncoder().encode(plaintext),
  );
  return `${toBase64Url(iv)}.${toBase64Url(new Uint8Array(sealed))}`;
}

/** Opens what `seal` made; throws if the key, the location or a single bit differs. */
export async function open(key: CryptoKey, sealed: string, where: FieldLocation) {
  const [iv, ciphertext] = sealed.split(".");
  if (!iv || !ciphertext) throw new Error("Unreadable encrypted value");
  const plain = await crypto.subtle.decrypt(
    { name: "AES-GCM", iv: fromBase64Url(iv), additionalData: additionalData(where) },
    key,
    fromBase64Url(ciphertext),
  );
  return new TextDecoder().decode(plain);
}

export { fromBase64Url, toBase64Url };

/** A new key entry for configuration: `<id>:<32 random bytes, base64url>`. */
export function generateKeyEntry(id = `k${Date.now().toString(36)}`) {
  return `${id}:${toBase64Url(crypto.getRandomValues(new Uint8Array(32)))}`;
}
