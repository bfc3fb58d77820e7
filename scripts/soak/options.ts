/** Command line of `npm run soak`. */
import { parseArgs } from 'node:util';

export interface SoakOptions {
  /** Simulated minutes of attract loop to run. */
  minutes: number;
  /** `?timescale=`: the app runs the tour this many times faster (1 to 100, as src/app/flags.ts accepts). */
  timescale: number;
  /** Build first (`npm run build`); `--no-build` reuses dist/. */
  build: boolean;
  /** Real seconds between samples. */
  intervalSeconds: number;
}

export const USAGE =
  'npm run soak -- [--minutes <simulated, default 30>] [--timescale <1..100, default 30>] ' +
  '[--interval <real seconds between samples, default 5>] [--no-build]';

function positive(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`--${name} must be a positive number, not "${text}"`);
  return value;
}

export function parseOptions(argv: readonly string[]): SoakOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      minutes: { type: 'string' },
      timescale: { type: 'string' },
      interval: { type: 'string' },
      'no-build': { type: 'boolean' },
    },
    strict: true,
  });
  const timescale = positive('timescale', values.timescale, 30);
  if (timescale < 1 || timescale > 100)
    throw new Error(`--timescale must be 1 to 100 (the app ignores other values), not ${timescale}`);
  return {
    minutes: positive('minutes', values.minutes, 30),
    timescale,
    build: !values['no-build'],
    intervalSeconds: positive('interval', values.interval, 5),
  };
}
