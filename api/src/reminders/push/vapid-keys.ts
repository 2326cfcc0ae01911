// VAPID (RFC 8292): the key pair that identifies Kinship to push services. The
// public key is the browser's `applicationServerKey` (65 bytes, an uncompressed
// P-256 point); the private key is its 32-byte scalar; both base64url, the format
// every Web Push tool uses. The subject is how a push service reaches the operator.
import { decodeBase64Url, encodeBase64Url } from "./base64url";

export interface VapidConfig {
  publicKey: string;
  privateKey: string;
  /** mailto: or https: contact for the push services. */
  subject: string;
}

/** Checks the configured keys once at start-up, so a typo fails loudly rather than at the first send. */
export function parseVapidConfig(values: { publicKey: string; privateKey: string; subject?: string }): VapidConfig {
  const publicKey = values.publicKey.trim();
  const privateKey = values.privateKey.trim();
  const subject = values.subject?.trim() ?? "";
  const publicBytes = decodeBase64Url(publicKey);
  if (publicBytes?.length !== 65 || publicBytes[0] !== 0x04) {
    throw new Error("KINSHIP_VAPID_PUBLIC_KEY is not a VAPID public key (65 bytes, base64url).");
  }
  if (decodeBase64Url(privateKey)?.length !== 32) {
    throw new Error("KINSHIP_VAPID_PRIVATE_KEY is not a VAPID private key (32 bytes, base64url).");
  }
  if (!/^(mailto:.+@.+|https:\/\/.+)$/.test(subject)) {
    throw new Error(
      "KINSHIP_VAPID_SUBJECT must be a mailto: address or an https: URL where push services can reach you.",
    );
  }
  return { publicKey, privateKey, subject };
}

/** A new key pair, from Web Crypto (Node 20+ and Workers alike). */
export async function generateVapidKeys() {
  const pair = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign", "verify"]);
  const [publicRaw, privateJwk] = await Promise.all([
    crypto.subtle.exportKey("raw", pair.publicKey),
    crypto.subtle.exportKey("jwk", pair.privateKey),
  ]);
  if (!privateJwk.d) throw new Error("Web Crypto exported a private key without its scalar.");
  return { publicKey: encodeBase64Url(publicRaw), privateKey: privateJwk.d };
}
