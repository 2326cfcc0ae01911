// When to try a message again after a retryable failure: exponential backoff
// with jitter (a minute, two, four… up to an hour, each between half and all of
// that), so a provider's outage is not met by every worker at the same moment.
// A provider's Retry-After is honoured when it asks for longer.

export const maxAttempts = 8;
const baseMs = 60_000;
const capMs = 60 * 60_000;

export function retryDelayMs(attempts: number, retryAfterSeconds?: number, random: () => number = Math.random) {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempts - 1));
  const jittered = ceiling / 2 + random() * (ceiling / 2);
  return Math.max(jittered, (retryAfterSeconds ?? 0) * 1000);
}
