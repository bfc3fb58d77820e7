import { describe, expect, it } from 'vitest';
import { KeyedLimiter, TokenBucket } from './rateLimit.ts';

describe('token bucket', () => {
  it('allows a burst of capacity, then the refill rate', () => {
    const bucket = new TokenBucket(3, 2, 0);
    expect([bucket.take(0), bucket.take(0), bucket.take(0), bucket.take(0)]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(bucket.take(400)).toBe(false);
    expect(bucket.take(500)).toBe(true);
    expect(bucket.isFull(5000)).toBe(true);
  });

  it('keeps keys apart', () => {
    const limiter = new KeyedLimiter(1, 1 / 60);
    expect(limiter.take('a', 0)).toBe(true);
    expect(limiter.take('a', 1000)).toBe(false);
    expect(limiter.allows('a', 1000)).toBe(false);
    expect(limiter.take('b', 1000)).toBe(true);
    expect(limiter.take('a', 61_000)).toBe(true);
  });
});
