import { describe, expect, it } from 'vitest';
import { angularSizeDeg, MIN_CHAR_ANGLE_DEG, PANEL_DISTANCE } from '../legibility.ts';
import { BODY } from '../vrPanels.ts';
import { PANEL_RISE, placeTablePanel } from './tablePanel.ts';

describe('placeTablePanel', () => {
  const booth = { x: 0.2, y: 0.78, z: -1 };

  it('floats above the booth, facing the visitor', () => {
    const eye = { x: 0.2, y: 1.6, z: 0 };
    const p = placeTablePanel(eye, booth);
    expect(p.y).toBeCloseTo(booth.y + PANEL_RISE);
    expect(p.rotationY).toBeCloseTo(0); // the eye is straight in front (+z)
    expect(placeTablePanel({ x: 1.2, y: 1.6, z: -1 }, booth).rotationY).toBeCloseTo(Math.PI / 2);
  });

  it('keeps body text legible by the VR rule from anywhere around the table (up to 3.5 m)', () => {
    for (const eye of [
      { x: 0.2, y: 1.6, z: -0.3 },
      { x: 0.2, y: 1.6, z: 0.4 },
      { x: -1.5, y: 1.7, z: 1.5 },
      { x: 0.2, y: 0.9, z: 0 }, // a child, or a visitor bent over the table
    ]) {
      const p = placeTablePanel(eye, booth);
      expect(angularSizeDeg(BODY * p.scale, p.distance)).toBeGreaterThanOrEqual(MIN_CHAR_ANGLE_DEG);
    }
    // At the VR panels' own distance the panel is its VR size.
    const far = placeTablePanel({ x: 0.2, y: booth.y + PANEL_RISE, z: booth.z + PANEL_DISTANCE }, booth);
    expect(far.scale).toBeCloseTo(1);
  });
});
