import type { PanelLayout } from '../vrPanels.ts';
import { PANEL_DISTANCE } from '../legibility.ts';

/** How high above the model's booth the panel floats (metres on the table). */
export const PANEL_RISE = 0.32;
const MIN_SCALE = 0.35;
const MAX_SCALE = 2.5;

/**
 * Where the booth panel floats over the tabletop model: above the chosen booth, turned to face the
 * visitor's eyes, and scaled by its distance from them over PANEL_DISTANCE: the VR panels are laid out
 * for PANEL_DISTANCE, so the same layout at `scale` = distance / PANEL_DISTANCE subtends the same visual
 * angle and meets the same legibility rule (legibility.ts) wherever it floats.
 */
export function placeTablePanel(
  eye: { x: number; y: number; z: number },
  booth: { x: number; y: number; z: number },
) {
  const x = booth.x;
  const y = booth.y + PANEL_RISE;
  const z = booth.z;
  const dx = eye.x - x;
  const dz = eye.z - z;
  const distance = Math.hypot(dx, eye.y - y, dz);
  const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, distance / PANEL_DISTANCE));
  // Facing the eyes: the panel's +z (its front) points at them in the horizontal plane.
  return { x, y, z, rotationY: Math.atan2(dx, dz), scale, distance };
}

/** A one-button panel ("Step inside", "Back to the table") in the VR panels' style and sizes. */
export function singleButtonLayout(id: string, label: string): PanelLayout {
  const w = 0.42;
  const h = 0.09;
  const pad = 0.02;
  return {
    width: w + 2 * pad,
    height: h + 2 * pad,
    labels: [],
    buttons: [{ id, label, x: 0, y: 0, w, h }],
    pages: 1,
  };
}
