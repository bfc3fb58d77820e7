import { describe, expect, it } from 'vitest';
import * as THREE from 'three';
import { readFileSync } from 'node:fs';
import { Exhibition, PROP_KINDS } from '../../content/schema.ts';
import { PROP_TRIANGLE_BUDGET, buildProp, propTriangleCount } from './buildProp.ts';

const EPS = 1e-3;
const exhibition = Exhibition.parse(JSON.parse(readFileSync('public/content/exhibition.json', 'utf8')));
const accent = new THREE.Color().setHex(0x3d7bff);
const built = PROP_KINDS.map((kind) => {
  const geometry = buildProp(kind, accent);
  geometry.computeBoundingBox();
  const box = geometry.boundingBox ?? new THREE.Box3();
  return { kind, geometry, box, triangles: propTriangleCount(geometry) };
});

describe('buildProp', () => {
  it.each(built)('$kind has matching position/normal/color attributes', ({ geometry, triangles }) => {
    const position = geometry.getAttribute('position');
    const normal = geometry.getAttribute('normal');
    const color = geometry.getAttribute('color');
    expect(position.count).toBeGreaterThan(0);
    expect(triangles).toBeGreaterThan(0);
    expect(normal.count).toBe(position.count);
    expect(color.count).toBe(position.count);
    expect(color.itemSize).toBe(3);
    expect(color.array).toBeInstanceOf(Float32Array);
    expect(Object.keys(geometry.attributes).sort()).toEqual(['color', 'normal', 'position']);
  });

  it.each(built)('$kind colours are in 0..1 and positions are finite', ({ geometry }) => {
    const colors = geometry.getAttribute('color').array;
    let min = Infinity;
    let max = -Infinity;
    for (const v of colors) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThanOrEqual(1);
    // One expectation per attribute, not per number (thousands of them: slow on a loaded machine).
    expect(Array.from(geometry.getAttribute('position').array).every(Number.isFinite)).toBe(true);
    expect(Array.from(geometry.getAttribute('normal').array).every(Number.isFinite)).toBe(true);
  });

  it.each(built)('$kind fits its footprint and stands on the floor', ({ box }) => {
    expect(box.min.x).toBeGreaterThanOrEqual(-1.0 - EPS);
    expect(box.max.x).toBeLessThanOrEqual(1.0 + EPS);
    expect(box.min.z).toBeGreaterThanOrEqual(-0.9 - EPS);
    expect(box.max.z).toBeLessThanOrEqual(0.9 + EPS);
    expect(box.min.y).toBeGreaterThanOrEqual(-EPS);
    expect(box.min.y).toBeLessThanOrEqual(0.05);
    expect(box.max.y).toBeGreaterThanOrEqual(0.3);
    expect(box.max.y).toBeLessThanOrEqual(2.4 + EPS);
  });

  it.each(built)('$kind stays within the triangle budget', ({ triangles }) => {
    expect(triangles).toBeLessThanOrEqual(PROP_TRIANGLE_BUDGET);
  });

  it('gives every kind a distinct shape', () => {
    for (let i = 0; i < built.length; i++) {
      for (let j = i + 1; j < built.length; j++) {
        const a = built[i];
        const b = built[j];
        if (!a || !b) throw new Error('unreachable');
        const same = a.triangles === b.triangles && a.box.equals(b.box);
        expect(same, `${a.kind} vs ${b.kind}`).toBe(false);
      }
    }
  });

  it('uses the accent colour and reacts to it', () => {
    const other = buildProp('generic', new THREE.Color().setHex(0xff5a1f));
    const a = built.find((entry) => entry.kind === 'generic')?.geometry;
    expect(a).toBeDefined();
    expect(Array.from(other.getAttribute('color').array)).not.toEqual(
      Array.from(a?.getAttribute('color').array ?? []),
    );
    other.dispose();
  });

  it('keeps the bundled 19-booth hall’s props under 36,000 triangles at full detail (32,798 measured)', () => {
    // The bench's figure for the whole hall (45,260 triangles, shell and stands included) rests on this.
    const total = exhibition.booths.reduce(
      (sum, booth) => sum + propTriangleCount(buildProp(booth.prop, accent)),
      0,
    );
    expect(total).toBeLessThan(36_000);
  });
});

describe('buildProp far detail', () => {
  it.each(built)(
    '$kind far version has fewer triangles and the same footprint',
    ({ kind, triangles, box }) => {
      const far = buildProp(kind, accent, 'far');
      far.computeBoundingBox();
      const farBox = far.boundingBox ?? new THREE.Box3();
      expect(propTriangleCount(far)).toBeLessThanOrEqual(triangles);
      expect(propTriangleCount(far)).toBeGreaterThan(0);
      expect(farBox.max.y).toBeGreaterThan(box.max.y - 0.1);
      expect(farBox.min.distanceTo(box.min)).toBeLessThan(0.15);
      expect(farBox.max.distanceTo(box.max)).toBeLessThan(0.15);
    },
  );

  it('takes about a third of the triangles over all kinds', () => {
    const full = built.reduce((sum, b) => sum + b.triangles, 0);
    const far = built.reduce((sum, b) => sum + propTriangleCount(buildProp(b.kind, accent, 'far')), 0);
    expect(far / full).toBeLessThan(0.45);
  });
});
