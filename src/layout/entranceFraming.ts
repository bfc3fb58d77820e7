/**
 * Framing the start view: a camera on the hall's axis (x = 0) looking north (−z), and the points that must
 * be in view (the corners of the entrance's display walls). Pure geometry; the hall uses it to place the
 * display walls deep enough that a visitor at the spawn sees both whole, and to widen the field of view on
 * a portrait phone, where no spot in the plaza could frame them at the desktop's field of view.
 */
export interface FramePoint {
  x: number;
  y: number;
  z: number;
}

export interface Lens {
  /** Vertical field of view, in degrees (three.js PerspectiveCamera.fov). */
  fovY: number;
  /** Width / height of the view. */
  aspect: number;
}

const rad = (deg: number) => (deg * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;

/** The vertical field of view of the desktop (and of the hall's camera on landscape screens). */
export const DEFAULT_FOV_Y = 62;
/** Kept clear around the framed points, so nothing touches the screen's edge. */
export const FRAME_MARGIN_DEG = 2;
/** The widest vertical field of view a portrait phone gets (more distorts the hall too much). */
export const MAX_FOV_Y = 100;
/** The aspects the entrance must frame whole: 16:9 and 16:10 desktops (16:10 is the narrower). */
export const DESKTOP_ASPECTS = [16 / 9, 16 / 10] as const;

export function horizontalFovDeg({ fovY, aspect }: Lens): number {
  return deg(2 * Math.atan(Math.tan(rad(fovY) / 2) * aspect));
}

/**
 * The southernmost camera z (the farthest back it must at least stand) from which every point is inside
 * the view, with the margin: each point needs |x| ≤ tan(half horizontal fov) · depth, and the same for its
 * height above or below the eye with the vertical half fov.
 */
export function cameraZToFrame(points: readonly FramePoint[], lens: Lens, eyeY: number): number {
  const halfH = rad(horizontalFovDeg(lens) / 2 - FRAME_MARGIN_DEG);
  const halfV = rad(lens.fovY / 2 - FRAME_MARGIN_DEG);
  let z = -Infinity;
  for (const p of points) {
    const depth = Math.max(Math.abs(p.x) / Math.tan(halfH), Math.abs(p.y - eyeY) / Math.tan(halfV));
    z = Math.max(z, p.z + depth);
  }
  return z;
}

/** True when a camera at (0, eyeY, cameraZ) looking north shows every point inside the margin. */
export function framesAll(points: readonly FramePoint[], lens: Lens, eyeY: number, cameraZ: number): boolean {
  return cameraZToFrame(points, lens, eyeY) <= cameraZ + 1e-9;
}

/**
 * The vertical field of view for a screen's aspect: the desktop's on landscape screens; on portrait ones
 * as much wider as the points need from the camera (at most MAX_FOV_Y), so the entrance stays readable.
 */
export function fovYForAspect(aspect: number, points: readonly FramePoint[], cameraZ: number): number {
  if (aspect >= 1) return DEFAULT_FOV_Y;
  let halfH = 0;
  for (const p of points) halfH = Math.max(halfH, Math.atan(Math.abs(p.x) / (cameraZ - p.z)));
  const needed = 2 * Math.atan(Math.tan(halfH + rad(FRAME_MARGIN_DEG)) / aspect);
  return Math.min(MAX_FOV_Y, Math.max(DEFAULT_FOV_Y, deg(needed)));
}
