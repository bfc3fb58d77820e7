import { TokenBucket } from './rateLimit.ts';

/**
 * Per-connection message budget. Poses come at 10–20 Hz and the other messages are rare, so a client
 * may burst 60 messages and sustain 30 a second; beyond that its messages are dropped, and one that
 * keeps flooding (or keeps sending what fails validation) is disconnected.
 */
export const MESSAGE_BURST = 60;
export const MESSAGES_PER_SECOND = 30;
const DROPS_BEFORE_DISCONNECT = 30;
const INVALID_BEFORE_DISCONNECT = 5;

/** 'flood' and 'invalid' mean: disconnect this client. */
export type Verdict = 'ok' | 'drop' | 'flood' | 'invalid';

export class ClientGuard {
  private readonly bucket: TokenBucket;
  private drops = 0;
  private invalid = 0;

  constructor(now: number) {
    this.bucket = new TokenBucket(MESSAGE_BURST, MESSAGES_PER_SECOND, now);
  }

  /** Call for every message before looking at it. */
  admit(now: number): Verdict {
    if (this.bucket.take(now)) return 'ok';
    this.drops += 1;
    return this.drops >= DROPS_BEFORE_DISCONNECT ? 'flood' : 'drop';
  }

  /** Call when a message fails its schema or its sender's role. */
  reject(): Verdict {
    this.invalid += 1;
    return this.invalid >= INVALID_BEFORE_DISCONNECT ? 'invalid' : 'drop';
  }
}
