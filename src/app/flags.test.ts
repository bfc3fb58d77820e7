import { describe, expect, it } from 'vitest';
import { readFlags } from './flags.ts';

describe('readFlags', () => {
  it('reads a fixed pixel ratio from ?dpr and ignores values out of range', () => {
    expect(readFlags('?dpr=1.5').dpr).toBe(1.5);
    expect(readFlags('?dpr=9').dpr).toBeNull();
    expect(readFlags('?dpr=abc').dpr).toBeNull();
    expect(readFlags('').dpr).toBeNull();
  });

  it('reads switches, with =0 and =false meaning off', () => {
    expect(readFlags('?perf&kiosk=0&emulate=false')).toMatchObject({
      perf: true,
      kiosk: false,
      emulate: false,
    });
    expect(readFlags('?timescale=20').timeScale).toBe(20);
    expect(readFlags('?timescale=1000').timeScale).toBe(1);
  });
});
