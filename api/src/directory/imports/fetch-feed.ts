// Fetching a feed from another server: https only, a size cap and a time
// limit, so an import source cannot be used to reach inside our network or to
// exhaust memory. Failures come back as a sentence for the import report.
export interface FetchedFeed {
  feed?: unknown;
  error?: string;
}

const maxBytes = 5 * 1024 * 1024;

export async function fetchFeed(
  url: string,
  options: { timeoutMs?: number; allowPlainHttp?: boolean; fetch?: typeof fetch } = {},
): Promise<FetchedFeed> {
  const { timeoutMs = 15_000, allowPlainHttp = false, fetch: fetcher = fetch } = options;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { error: "The feed address is not a web address." };
  }
  if (parsed.protocol !== "https:" && !(allowPlainHttp && parsed.protocol === "http:")) {
    return { error: "The feed address must start with https://." };
  }
  try {
    const response = await fetcher(parsed, {
      signal: AbortSignal.timeout(timeoutMs),
      redirect: "error",
      headers: { accept: "application/json" },
    });
    if (!response.ok) return { error: `The feed server answered ${response.status}.` };
    if (Number(response.headers.get("content-length") ?? 0) > maxBytes)
      return { error: "The feed is larger than 5 MB." };
    const body = await response.text();
    if (body.length > maxBytes) return { error: "The feed is larger than 5 MB." };
    return parseFeedText(body);
  } catch {
    return { error: "We couldn't reach the feed server." };
  }
}

/** A feed's text (fetched, or an uploaded file's contents) as JSON. */
export function parseFeedText(body: string): FetchedFeed {
  try {
    return { feed: JSON.parse(body) };
  } catch {
    return { error: "The feed is not valid JSON, so nothing was changed." };
  }
}
