import { describe, expect, it } from 'vitest';
import { HALL_READY_EVENT, TEXT_ONLY_READY_EVENT, whenHallSettled } from './afterHallSettled.ts';

const settled = async (promise: Promise<void>) => {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((r) => setTimeout(r, 0));
  return done;
};

describe('whenHallSettled', () => {
  it('waits for the hall ready event, not for the page load', async () => {
    const events = new EventTarget();
    const promise = whenHallSettled({ dataset: {} }, events);
    events.dispatchEvent(new Event('load'));
    expect(await settled(promise)).toBe(false);
    events.dispatchEvent(new Event(HALL_READY_EVENT));
    expect(await settled(promise)).toBe(true);
  });

  it('resolves at once when the hall is already ready', async () => {
    expect(await settled(whenHallSettled({ dataset: { hallReady: 'true' } }, new EventTarget()))).toBe(true);
  });

  it('also resolves when the app shows the text view instead of the hall', async () => {
    const events = new EventTarget();
    const promise = whenHallSettled({ dataset: {} }, events);
    events.dispatchEvent(new Event(TEXT_ONLY_READY_EVENT));
    expect(await settled(promise)).toBe(true);
  });
});
