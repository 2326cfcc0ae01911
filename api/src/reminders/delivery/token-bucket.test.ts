import { describe, expect, it } from "vitest";
import { retryDelayMs } from "./backoff";
import { TokenBucket } from "./token-bucket";

describe("the token bucket", () => {
  it("allows a burst, then the steady rate, and stops for a provider's Retry-After", () => {
    let clock = 0;
    const bucket = new TokenBucket({ perSecond: 2, burst: 2, clock: () => clock });
    expect([bucket.tryTake(), bucket.tryTake()]).toEqual([0, 0]);
    expect(bucket.tryTake()).toBe(500);
    clock = 500;
    expect(bucket.tryTake()).toBe(0);
    bucket.pause(10_000);
    clock = 9_000;
    expect(bucket.tryTake()).toBe(1_500);
    // Time spent paused earns nothing: after the pause, one token every half second.
    clock = 10_500;
    expect(bucket.tryTake()).toBe(0);
    expect(bucket.tryTake()).toBe(500);
  });
});

describe("backoff", () => {
  it("doubles each time with jitter, up to an hour, and honours a longer Retry-After", () => {
    expect(retryDelayMs(1, undefined, () => 0)).toBe(30_000);
    expect(retryDelayMs(1, undefined, () => 1)).toBe(60_000);
    expect(retryDelayMs(3, undefined, () => 1)).toBe(240_000);
    expect(retryDelayMs(20, undefined, () => 1)).toBe(3_600_000);
    expect(retryDelayMs(1, 600, () => 0)).toBe(600_000);
  });
});
