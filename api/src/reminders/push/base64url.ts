// Base64url (RFC 4648 §5) without padding, as browsers give push keys and as
// VAPID keys are written. Web Crypto and atob only, so it runs on Workers too.

const alphabet = /^[A-Za-z0-9_-]*$/;

/** The bytes, or null when the text is not base64url (padding "=" is allowed and ignored). */
export function decodeBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  const unpadded = text.replace(/={1,2}$/, "");
  if (!alphabet.test(unpadded) || unpadded.length % 4 === 1) return null;
  const base64 = unpadded.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (character) => character.charCodeAt(0));
}

export function encodeBase64Url(bytes: Uint8Array | ArrayBuffer) {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let binary = "";
  for (const byte of view) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
