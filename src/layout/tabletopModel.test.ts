import { describe, expect, it } from 'vitest';
import {
  boothAtHallPoint,
  computeTabletopFrame,
  hallPointOnTable,
  hallToModel,
  modelRootPose,
  modelToHall,
} from './tabletopModel.ts';
import { computeHallLayout, HALL_DIMENSIONS } from './computeHallLayout.ts';
import { rect } from './geometry.ts';

const booths = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `b${i}`, sector: `s${Math.floor(i / 3)}` }));

describe('computeTabletopFrame', () => {
  it('fits the longer side of the floor into the table side', () => {
    const frame = computeTabletopFrame(rect(-40, 60, -20, 30), 1);
    expect(frame.scale).toBeCloseTo(0.01);
    expect(frame.size.x).toBeCloseTo(1);
    expect(frame.size.z).toBeCloseTo(0.5);
    expect(frame.centre).toEqual({ x: 10, z: 5 });
  });

  it('keeps the real hall within a 1 m square at 19 and at 200 booths', () => {
    for (const n of [19, 200]) {
      const layout = computeHallLayout(booths(n));
      const frame = computeTabletopFrame(layout.bounds);
      expect(Math.max(frame.size.x, frame.size.z)).toBeCloseTo(1);
      const corner = hallToModel(frame, { x: layout.bounds.maxX, z: layout.bounds.maxZ });
      expect(Math.abs(corner.x)).toBeLessThanOrEqual(0.5 + 1e-9);
      expect(Math.abs(corner.z)).toBeLessThanOrEqual(0.5 + 1e-9);
    }
  });

  it('maps model points back to the hall points they came from', () => {
    const frame = computeTabletopFrame(rect(-40, 60, -20, 30), 1);
    const back = modelToHall(frame, hallToModel(frame, { x: 12.5, z: -7 }));
    expect(back.x).toBeCloseTo(12.5);
    expect(back.z).toBeCloseTo(-7);
  });
});

describe('boothAtHallPoint', () => {
  const layout = computeHallLayout(booths(19));

  it('finds every booth at its own centre and nothing in the entrance plaza', () => {
    for (const booth of layout.booths) expect(boothAtHallPoint(layout, booth)).toBe(booth.id);
    const plaza = layout.entrance.plaza;
    expect(boothAtHallPoint(layout, { x: (plaza.minX + plaza.maxX) / 2, z: plaza.maxZ - 1 })).toBeNull();
  });

  it('accepts a touch just in front of a stand only with a margin', () => {
    for (const booth of layout.booths) {
      // `front` is the unit direction the stand faces; step 0.3 m past its front edge.
      const reach = HALL_DIMENSIONS.boothDepth / 2 + 0.3;
      const outside = { x: booth.x + booth.front.x * reach, z: booth.z + booth.front.z * reach };
      expect(boothAtHallPoint(layout, outside)).toBeNull();
      expect(boothAtHallPoint(layout, outside, 0.5)).toBe(booth.id);
    }
  });
});

describe('modelRootPose', () => {
  const frame = computeTabletopFrame(rect(-40, 60, -20, 30), 1);
  const placed = { x: 0.3, y: 0.74, z: -1.2, yaw: Math.PI / 2, scale: 1 };

  it('puts the floor centre on the placement point and shrinks the hall to the table', () => {
    const centre = hallPointOnTable(frame, placed, { x: 10, y: 0, z: 5 });
    expect(centre.x).toBeCloseTo(0.3);
    expect(centre.y).toBeCloseTo(0.74);
    expect(centre.z).toBeCloseTo(-1.2);
    // A 100 m long hall turned a quarter left: its east end (+x) is now at −z, 0.5 m from the centre.
    const east = hallPointOnTable(frame, placed, { x: 60, y: 0, z: 5 });
    expect(east.x).toBeCloseTo(0.3);
    expect(east.z).toBeCloseTo(-1.7);
    // A 6 m wall stands 6 cm tall on the table.
    expect(hallPointOnTable(frame, placed, { x: 10, y: 6, z: 5 }).y).toBeCloseTo(0.8);
  });

  it('scales about the placement point', () => {
    const twice = { ...placed, yaw: 0, scale: 2 };
    const east = hallPointOnTable(frame, twice, { x: 60, y: 0, z: 5 });
    expect(east.x).toBeCloseTo(1.3);
    expect(east.z).toBeCloseTo(-1.2);
    const root = modelRootPose(frame, twice, { x: 0, y: 0, z: 0, yaw: 0, scale: 0 });
    expect(root.scale).toBeCloseTo(0.02);
  });
});
