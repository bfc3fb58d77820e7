import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { Exhibition } from '../content/schema.ts';
import { computeHallLayout } from '../layout/computeHallLayout.ts';
import { mergeBoothProps } from './mergeBoothProps.ts';
import { buildProp } from './props/buildProp.ts';

const exhibition = Exhibition.parse(JSON.parse(readFileSync('public/content/exhibition.json', 'utf8')));
const layout = computeHallLayout(exhibition.booths);

describe('mergeBoothProps', () => {
  it('merges all 19 props into one geometry', () => {
    const merged = mergeBoothProps(exhibition, layout);
    expect(merged.getAttribute('position').count).toBeGreaterThan(19 * 100);
    expect(merged.getAttribute('color')).toBeDefined();
  });

  it('an error in one booth does not take the hall down: that booth gets the generic prop', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken: typeof buildProp = (kind, accent) => {
      if (kind === 'car-cockpit') throw new Error('boom');
      return buildProp(kind, accent);
    };
    const merged = mergeBoothProps(exhibition, layout, broken);
    expect(merged.getAttribute('position').count).toBeGreaterThan(0);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('in-car-xr-cockpit'), expect.any(Error));
    error.mockRestore();
  });
});
