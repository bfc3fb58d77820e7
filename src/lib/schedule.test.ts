import { describe, expect, it } from 'vitest';
import { afterFirstContentfulPaint, whenIdle, yieldToBrowser } from './schedule.ts';

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

describe('afterFirstContentfulPaint', () => {
  /** A page whose first contentful paint is reported when the test says so. */
  function host(paintTiming = true) {
    let paint: (() => void) | undefined;
    let disconnected = 0;
    return {
      paint: () => paint?.(),
      disconnected: () => disconnected,
      observeFirstContentfulPaint: (onPaint: () => void) =>
        paintTiming ? ((paint = onPaint), () => void disconnected++) : null,
      setTimeout: (handler: () => void, ms: number) => setTimeout(handler, ms),
      clearTimeout: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
    };
  }

  it('resolves once the first contentful paint is reported, and stops observing', async () => {
    const h = host();
    const promise = afterFirstContentfulPaint(10_000, h);
    expect(await settled(promise)).toBe(false);
    h.paint();
    expect(await settled(promise)).toBe(true);
    expect(h.disconnected()).toBe(1);
  });

  it('resolves after the timeout where nothing is painted or there is no paint timing', async () => {
    for (const h of [host(), host(false)]) {
      const promise = afterFirstContentfulPaint(20, h);
      expect(await settled(promise)).toBe(false);
      await new Promise((r) => setTimeout(r, 30));
      expect(await settled(promise)).toBe(true);
    }
  });
});
