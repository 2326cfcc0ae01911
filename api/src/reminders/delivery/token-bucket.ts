// A token bucket per provider account: `burst` sends at once, then `perSecond`.
// A 429 from the provider empties it until the provider's Retry-After has passed.
// In-process: each Node process or Worker invocation has its own, so the rate is
// per process (documented in ADR 016).

export interface TokenBucketOptions {
  perSecond: number;
  burst: number;
  /** Milliseconds on a monotonic clock; tests may pass their own. */
  clock?: () => number;
}

export class TokenBucket {
  private tokens: number;
  private updatedAt: number;
  private pausedUntil = 0;
  private readonly clock: () => number;

  constructor(private readonly options: TokenBucketOptions) {
    this.clock = options.clock ?? (() => performance.now());
    this.tokens = options.burst;
    this.updatedAt = this.clock();
  }

  private refill(now: number) {
    // Time spent paused earns nothing: after a 429 the provider wants a slow restart.
    const elapsed = Math.max(0, now - Math.max(this.updatedAt, this.pausedUntil)) / 1000;
    this.tokens = Math.min(this.options.burst, this.tokens + elapsed * this.options.perSecond);
    this.updatedAt = now;
  }

  /** Takes a token if there is one and returns 0; otherwise how many ms until one is due (nothing taken). */
  tryTake(): number {
    const now = this.clock();
    if (now < this.pausedUntil) return this.pausedUntil - now;
    this.refill(now);
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - this.tokens) / this.options.perSecond) * 1000);
  }

  /** The provider said to wait (a 429): no sends until then. */
  pause(milliseconds: number) {
    const now = this.clock();
    this.pausedUntil = Math.max(this.pausedUntil, now + milliseconds);
    // One request may go when the wait is over; the rest at the steady rate.
    this.tokens = 1;
    this.updatedAt = now;
  }
}
