import { describe, expect, it } from 'vitest';
import { computeHallLayout } from './computeHallLayout.ts';
import { createNavField } from './navigation.ts';
import { walkableRects } from './walkableRects.ts';
import { contains, overlaps } from './geometry.ts';

describe('walkableRects', () => {
  const booths = Array.from({ length: 19 }, (_, i) => ({ id: `b${i}`, sector: `s${i % 8}` }));
  const layout = computeHallLayout(booths);
  const nav = createNavField(layout);
  const rects = walkableRects(nav);

  it('covers the entrance and every viewing spot with a handful of rectangles', () => {
    expect(rects.length).toBeLessThan(400);
    const spots = [layout.entrance.spawn, ...layout.booths.map((b) => b.viewSpot)];
    for (const s of spots) expect(rects.some((r) => contains(r, s.x, s.z))).toBe(true);
  });

  it('never covers a stand (a teleport cannot land inside one)', () => {
    for (const booth of layout.booths)
      for (const r of rects) expect(overlaps(r, booth.footprint)).toBe(false);
  });
});
