// HTTP caching for every feed: a strong ETag (SHA-256 of the body, through Web
// Crypto so it runs on Workers too), Last-Modified, five minutes of public
// caching, and 304 Not Modified for If-None-Match or If-Modified-Since.
import type { Context } from "hono";

export interface Feed {
  body: string;
  contentType: string;
  /** When the body last changed; null when that cannot be known (then only the ETag validates). */
  lastModified: Date | null;
}

export const feedCacheControl = "public, max-age=300";

export async function feedResponse(c: Context, feed: Feed, now: Date): Promise<Response> {
  const etag = await strongEtag(feed.body);
  // A Last-Modified in the future would be refused by caches (RFC 9110 §8.8.2.1).
  const lastModified = feed.lastModified && new Date(Math.min(feed.lastModified.getTime(), now.getTime()));
  const headers: Record<string, string> = {
    "Cache-Control": feedCacheControl,
    ETag: etag,
    // Public data, no cookies read: any site's script may fetch it (Open Referral UK requires this).
    "Access-Control-Allow-Origin": "*",
    ...(lastModified ? { "Last-Modified": lastModified.toUTCString() } : {}),
  };
  if (isNotModified(c.req.raw.headers, etag, lastModified)) return c.body(null, 304, headers);
  return c.body(feed.body, 200, { ...headers, "Content-Type": feed.contentType });
}

async function strongEtag(body: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(body)));
  const base64 = btoa(String.fromCharCode(...digest));
  return `"${base64.replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "")}"`;
}

function isNotModified(request: Headers, etag: string, lastModified: Date | null): boolean {
  const ifNoneMatch = request.get("If-None-Match");
  // RFC 9110 §13.1.3: when If-None-Match is sent, If-Modified-Since is ignored.
  if (ifNoneMatch !== null) {
    // Weak comparison, as RFC 9110 §13.1.2 asks for GET: a W/ prefix does not stop a match.
    const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
    return ifNoneMatch.trim() === "*" || ifNoneMatch.split(",").some((tag) => opaque(tag) === etag);
  }
  const ifModifiedSince = request.get("If-Modified-Since");
  if (!ifModifiedSince || !lastModified) return false;
  const since = Date.parse(ifModifiedSince);
  // HTTP dates have whole seconds; compare at that precision.
  return Number.isFinite(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}
