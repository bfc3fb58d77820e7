import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { BufferGeometry } from 'three';
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

describe('mergeBoothProps for one cell at far detail', () => {
  it('merges just the chosen booths, with about a third of the triangles', () => {
    const only = [0, 1, 2];
    const full = mergeBoothProps(exhibition, layout, buildProp, { only });
    const far = mergeBoothProps(exhibition, layout, buildProp, { only, detail: 'far' });
    const all = mergeBoothProps(exhibition, layout);
    const count = (g: typeof full) => g.getAttribute('position').count;
    expect(count(full)).toBeLessThan(count(all));
    expect(count(far)).toBeLessThan(count(full) * 0.6);
    expect(count(far)).toBeGreaterThan(0);
    // The far version stands where the full one does: same footprint within a few centimetres.
    const a = full.boundingBox;
    const b = far.boundingBox;
    if (!a || !b) throw new Error('no bounding boxes');
    expect(b.min.distanceTo(a.min)).toBeLessThan(0.1);
    expect(b.max.distanceTo(a.max)).toBeLessThan(0.1);
  });
});

describe('mergeBoothProps with shared sources', () => {
  it('builds each prop once across calls and leaves the built props to the caller', () => {
    let builds = 0;
    const counting: typeof buildProp = (kind, accent, detail) => {
      builds += 1;
      return buildProp(kind, accent, detail);
    };
    const sources = new Map<string, BufferGeometry>();
    mergeBoothProps(exhibition, layout, counting, { only: [0, 1], sources });
    mergeBoothProps(exhibition, layout, counting, { only: [0, 1], sources });
    expect(sources.size).toBe(2);
    expect(builds).toBe(2);
    for (const g of sources.values()) expect(g.getAttribute('position').count).toBeGreaterThan(0);
  });
});
