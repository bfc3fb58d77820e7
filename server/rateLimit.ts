/**
 * A token bucket: `capacity` events at once, refilled at `perSecond`. Pure apart from the clock, which
 * is passed in, so tests can drive time.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    now: number,
  ) {
    this.tokens = capacity;
    this.last = now;
  }

  /** Take one token; false when the bucket is empty (the event is over the rate). */
  take(now: number, cost = 1): boolean {
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < cost) return false;
    this.tokens -= cost;
    return true;
  }

  /** Tokens available at `now`, without taking any. */
  peek(now: number): number {
    return Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.perSecond);
  }

  /** Whether it is full again (nothing to remember about this key). */
  isFull(now: number): boolean {
    return this.peek(now) >= this.capacity;
  }
}

/** Buckets by key (an address), forgetting full ones so the map stays small. */
export class KeyedLimiter {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
  ) {}

  take(key: string, now: number): boolean {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size > 10_000) this.sweep(now);
      bucket = new TokenBucket(this.capacity, this.perSecond, now);
      this.buckets.set(key, bucket);
    }
    return bucket.take(now);
  }

  /** Whether `key` has a token left, without taking it. */
  allows(key: string, now: number): boolean {
    const bucket = this.buckets.get(key);
    return !bucket || bucket.peek(now) >= 1;
  }

  sweep(now: number): void {
    for (const [key, bucket] of this.buckets) if (bucket.isFull(now)) this.buckets.delete(key);
  }
}
