import { afterEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_READY_MARK, whenContentLoaded } from './whenContentLoaded.ts';

const settled = async (promise: Promise<void>, waitMs = 20) => {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((r) => setTimeout(r, waitMs));
  return done;
};

afterEach(() => {
  performance.clearMarks(CONTENT_READY_MARK);
  vi.useRealTimers();
});

describe('whenContentLoaded', () => {
  it('waits for the content-ready mark, then resolves', async () => {
    const promise = whenContentLoaded(60_000);
    performance.mark('hall:something-else');
    expect(await settled(promise)).toBe(false);
    performance.mark(CONTENT_READY_MARK);
    expect(await settled(promise)).toBe(true);
  });

  it('resolves at once when the content was loaded before it was asked', async () => {
    performance.mark(CONTENT_READY_MARK);
    expect(await settled(whenContentLoaded(60_000), 0)).toBe(true);
  });

  it('gives up waiting after the timeout (broken content never makes the mark)', async () => {
    vi.useFakeTimers();
    let done = false;
    void whenContentLoaded(5_000, { getEntriesByName: () => [] }, undefined).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(4_900);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(done).toBe(true);
  });
});
