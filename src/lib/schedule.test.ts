import { describe, expect, it } from 'vitest';
import { whenIdle, yieldToBrowser } from './schedule.ts';

const settled = async (promise: Promise<void>) => {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((r) => setTimeout(r, 0));
  return done;
};

describe('yieldToBrowser', () => {
  it('resumes in a later task, after the microtasks queued before it', async () => {
    const order: string[] = [];
    void Promise.resolve().then(() => order.push('microtask'));
    await yieldToBrowser();
    order.push('after yield');
    expect(order).toEqual(['microtask', 'after yield']);
  });
});

describe('whenIdle', () => {
  it('waits for the idle callback', async () => {
    let idle: (() => void) | undefined;
    const promise = whenIdle(1000, {
      requestIdleCallback: (cb) => ((idle = () => cb({} as IdleDeadline)), 1),
    });
    expect(await settled(promise)).toBe(false);
    idle?.();
    expect(await settled(promise)).toBe(true);
  });

  it('falls back to a timeout without requestIdleCallback', async () => {
    await expect(whenIdle(1000, {})).resolves.toBeUndefined();
  });
});
