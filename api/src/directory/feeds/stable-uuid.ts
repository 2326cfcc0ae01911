// Name-based UUIDs (RFC 9562 version 5) for the records a feed derives from a
// listing (its schedule, location, contact): Open Referral wants a UUID for
// each, and a consumer must see the same one on every fetch.
import { sha1 } from "@noble/hashes/legacy.js";
import { bytesToHex, concatBytes, utf8ToBytes } from "@noble/hashes/utils.js";

// Our own namespace, fixed forever: changing it would renumber every derived record.
const kinshipFeedsNamespace = "3f6f8c52-6a0e-4d0b-9d4e-8b1f2f0c7a41";

const uuidBytes = (uuid: string) =>
  Uint8Array.from(uuid.replaceAll("-", "").match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));

/** The same name always gives the same UUID, e.g. stableUuid(gatheringId, "schedule"). */
export function stableUuid(...nameParts: string[]): string {
  const hash = sha1(concatBytes(uuidBytes(kinshipFeedsNamespace), utf8ToBytes(nameParts.join("/")))).slice(0, 16);
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50; // version 5
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80; // RFC variant
  const hex = bytesToHex(hash);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
