import { describe, expect, it } from 'vitest';
import { markerTransform, type PlanScale } from './minimapPlan.ts';

const plan: PlanScale = { minX: -10, minZ: -20, scale: 4, width: 80, height: 160 };

describe('minimap marker', () => {
  it('sits on the pose: hall metres to plan pixels, centred on its box', () => {
    expect(markerTransform(plan, -10, -20, 0)).toBe('translate(-9.0px, -9.0px) rotate(0.000rad)');
    expect(markerTransform(plan, 0, 0, 0)).toBe('translate(31.0px, 71.0px) rotate(0.000rad)');
  });

  it('turns with the heading: looking left (yaw +90°) turns the arrow anticlockwise on screen', () => {
    expect(markerTransform(plan, 0, 0, Math.PI / 2)).toMatch(/rotate\(-1\.571rad\)$/);
  });
});
