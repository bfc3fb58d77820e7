import { describe, expect, it } from 'vitest';
import { idlePhase } from './idleLogic.ts';

describe('idlePhase', () => {
  it('is active, then counts down whole seconds, then resets', () => {
    expect(idlePhase(1000, 0, 90_000, 10_000)).toEqual({ phase: 'active' });
    expect(idlePhase(90_000, 0, 90_000, 10_000)).toEqual({ phase: 'countdown', secondsLeft: 10 });
    expect(idlePhase(95_500, 0, 90_000, 10_000)).toEqual({ phase: 'countdown', secondsLeft: 5 });
    expect(idlePhase(100_000, 0, 90_000, 10_000)).toEqual({ phase: 'reset' });
  });
  it('starts over after an interaction', () => {
    expect(idlePhase(95_000, 94_000, 90_000, 10_000)).toEqual({ phase: 'active' });
  });
});
