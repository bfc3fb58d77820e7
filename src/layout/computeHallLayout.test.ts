import { describe, expect, it } from 'vitest';
import { computeHallLayout, type BoothInput } from './computeHallLayout.ts';
import { contains, overlaps } from './geometry.ts';
import { createNavField, isWalkable } from './navigation.ts';
import { findPath, isReachable } from './findPath.ts';

const SECTORS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
function fakeBooths(n: number): BoothInput[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `booth-${i}`,
    sector: SECTORS[Math.floor((i * 8) / n)] as string,
  }));
}

const COUNTS = [1, 2, 3, 5, 8, 13, 19, 20, 24, 37, 64, 100, 150, 199, 200];

describe('computeHallLayout', () => {
  it.each(COUNTS)('places %i booths without overlaps, all inside the hall', (n) => {
    const layout = computeHallLayout(fakeBooths(n));
    expect(layout.booths).toHaveLength(n);
    for (const [i, a] of layout.booths.entries()) {
      expect(a.footprint.minX).toBeGreaterThan(layout.bounds.minX);
      expect(a.footprint.maxX).toBeLessThan(layout.bounds.maxX);
      expect(a.footprint.minZ).toBeGreaterThan(layout.bounds.minZ);
      expect(a.footprint.maxZ).toBeLessThan(layout.bounds.maxZ);
      for (const b of layout.booths.slice(i + 1)) expect(overlaps(a.footprint, b.footprint)).toBe(false);
      for (const piece of layout.entrance.displayWalls.flatMap((w) => w.footprint))
        expect(overlaps(a.footprint, piece)).toBe(false);
      expect(overlaps(a.footprint, layout.entrance.plaza)).toBe(false);
      for (const walkway of layout.walkways) expect(overlaps(a.footprint, walkway)).toBe(false);
    }
  });

  it.each(COUNTS)(
    'with %i booths, every booth front faces a walkway and its viewing spot is reachable',
    (n) => {
      const layout = computeHallLayout(fakeBooths(n));
      const nav = createNavField(layout);
      const corridors = [layout.entrance.plaza, ...layout.walkways];
      for (const booth of layout.booths) {
        const frontMid = { x: booth.x + booth.front.x * 2.6, z: booth.z + booth.front.z * 2.6 };
        expect(corridors.some((c) => contains(c, frontMid.x, frontMid.z))).toBe(true);
        expect(isWalkable(nav, booth.viewSpot.x, booth.viewSpot.z)).toBe(true);
        // The viewing spot looks at the booth.
        const lookX = -Math.sin(booth.viewSpot.yaw);
        const lookZ = -Math.cos(booth.viewSpot.yaw);
        expect(lookX * -booth.front.x + lookZ * -booth.front.z).toBeGreaterThan(0.99);
        expect(isReachable(nav, layout.entrance.spawn, booth.viewSpot)).toBe(true);
      }
    },
  );

  it('keeps the paper order along a serpentine so sectors stay together', () => {
    const layout = computeHallLayout(fakeBooths(19));
    const sectorsInOrder = layout.zones.map((z) => z.sector);
    expect(new Set(sectorsInOrder).size).toBe(sectorsInOrder.length);
    // Consecutive booths in the same row are neighbours (≤ one pitch apart, except across the spine).
    const [first, second] = layout.booths;
    expect(Math.abs((first?.x ?? 0) - (second?.x ?? 99))).toBeLessThan(8);
  });

  it('is deterministic: the same content gives the same layout', () => {
    expect(computeHallLayout(fakeBooths(19))).toEqual(computeHallLayout(fakeBooths(19)));
  });
});

describe('findPath', () => {
  it('routes from the entrance to the farthest booth without crossing a stand', () => {
    const layout = computeHallLayout(fakeBooths(40));
    const nav = createNavField(layout);
    const target = layout.booths[layout.booths.length - 1]!.viewSpot;
    const path = findPath(nav, layout.entrance.spawn, target);
    expect(path.length).toBeGreaterThan(1);
    expect(path[path.length - 1]).toEqual({ x: target.x, z: target.z });
    let prev = { x: layout.entrance.spawn.x, z: layout.entrance.spawn.z };
    for (const p of path) {
      for (let t = 0; t <= 1; t += 0.05) {
        const x = prev.x + (p.x - prev.x) * t;
        const z = prev.z + (p.z - prev.z) * t;
        expect(isWalkable(nav, x, z)).toBe(true);
      }
      prev = p;
    }
  });
});
