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
/**
 * The widest vertical field of view a narrow screen gets. On a 9:19.5 phone the display walls span ~81° across
 * from the back of the plaza, which takes ~123° up and down; this is the least that frames them (the hall's
 * south wall is right behind that spot, so stepping back further is not possible). The image stretches
 * near the top and bottom edges (floor and ceiling), not across, where the entrance's text is.
 */
export const MAX_FOV_Y = 125;
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
 * The vertical field of view for a screen's aspect: the desktop's wherever that frames the points from
 * `cameraZ`; otherwise as much wider as the points need across and up (at most MAX_FOV_Y).
 */
export function fovYForAspect(
  aspect: number,
  points: readonly FramePoint[],
  cameraZ: number,
  eyeY = 1.6,
): number {
  if (framesAll(points, { fovY: DEFAULT_FOV_Y, aspect }, eyeY, cameraZ)) return DEFAULT_FOV_Y;
  let halfH = 0;
  let halfV = 0;
  for (const p of points) {
    const depth = cameraZ - p.z;
    halfH = Math.max(halfH, Math.atan(Math.abs(p.x) / depth));
    halfV = Math.max(halfV, Math.atan(Math.abs(p.y - eyeY) / depth));
  }
  const margin = rad(FRAME_MARGIN_DEG);
  const acrossNeeds = 2 * Math.atan(Math.tan(halfH + margin) / aspect);
  const upNeeds = 2 * (halfV + margin);
  return Math.min(MAX_FOV_Y, Math.max(DEFAULT_FOV_Y, deg(Math.max(acrossNeeds, upNeeds))));
}

/** Where the start view stands (on the hall's axis, looking north) and its vertical field of view. */
export interface StartView {
  z: number;
  fovY: number;
}

/**
 * The start view for a screen's aspect: at the spawn with the desktop's lens where that frames every point
 * (16:9, 16:10 and wider); on narrower screens (4:3, portrait phones) from `backZ`, the back of the plaza
 * just inside the door, with the field of view those points need from there.
 */
export function startViewForAspect(
  aspect: number,
  points: readonly FramePoint[],
  spawnZ: number,
  backZ: number,
  eyeY = 1.6,
): StartView {
  if (framesAll(points, { fovY: DEFAULT_FOV_Y, aspect }, eyeY, spawnZ))
    return { z: spawnZ, fovY: DEFAULT_FOV_Y };
  return { z: backZ, fovY: fovYForAspect(aspect, points, backZ, eyeY) };
}
