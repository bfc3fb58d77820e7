/**
 * Legibility rule for text in the headset: a character's em height must subtend at least
 * MIN_CHAR_ANGLE_DEG of visual angle where the visitor reads it. 1.2° is comfortable for body text on
 * current headsets (about 22 px on a Quest 3 panel at 1.4 m; Meta recommends ≥ ~1° for small text),
 * headings use more. Panels sit at PANEL_DISTANCE, about 10° below eye level, and no wider than
 * MAX_PANEL_ANGLE_DEG so reading needs eye movement only, not head turns.
 */
export const MIN_CHAR_ANGLE_DEG = 1.2;
export const PANEL_DISTANCE = 1.4;
export const PANEL_DROP_DEG = 10;
export const MAX_PANEL_ANGLE_DEG = 60;

const rad = (deg: number) => (deg * Math.PI) / 180;

/** Visual angle in degrees of a size seen face-on at a distance. */
export function angularSizeDeg(size: number, distance: number): number {
  return (2 * Math.atan(size / 2 / distance) * 180) / Math.PI;
}

/** Smallest font size (em height, metres) that meets the rule at a distance. */
export function minFontSize(distance: number, minAngleDeg = MIN_CHAR_ANGLE_DEG): number {
  return 2 * distance * Math.tan(rad(minAngleDeg) / 2);
}

export function maxPanelWidth(distance: number): number {
  return 2 * distance * Math.tan(rad(MAX_PANEL_ANGLE_DEG) / 2);
}
