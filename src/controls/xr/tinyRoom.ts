/**
 * A tiny synthetic room for the emulated headset's AR hit tests (`?emulate` only; this module is in the
 * emulator's lazy chunk): a floor and a table top, as level rectangles in the emulator's global space
 * (metres, y up). It stands in for IWER's Synthetic Environment Module (@iwer/sem), whose room captures
 * are 0.4–2 MB each and are kept out of the build; IWER asks its SEM for exactly the four things below.
 */
export interface LevelSurface {
  name: string;
  y: number;
  minX: number;
  maxX: number;
  minZ: number;
  maxZ: number;
}

/** A 6 × 6 m room with a 1.4 × 0.9 m table (74 cm high) a metre in front of where the headset starts. */
export const TINY_ROOM: readonly LevelSurface[] = [
  { name: 'floor', y: 0, minX: -3, maxX: 3, minZ: -3, maxZ: 3 },
  { name: 'table', y: 0.74, minX: -0.7, maxX: 0.7, minZ: -1.45, maxZ: -0.55 },
];

/**
 * Where a ray (a column-major 4×4 pose whose −z axis is the ray's direction, as IWER passes it) first
 * meets a surface (a nearer surface hides those behind it, as a real table hides the floor), as a pose
 * matrix at the hit point whose y axis is the surface normal (WebXR's convention for hit-test results).
 */
export function hitTestRoom(ray: ArrayLike<number>, room: readonly LevelSurface[] = TINY_ROOM): number[][] {
  const ox = ray[12]!;
  const oy = ray[13]!;
  const oz = ray[14]!;
  const dx = -ray[8]!;
  const dy = -ray[9]!;
  const dz = -ray[10]!;
  const hits: { t: number; x: number; y: number; z: number }[] = [];
  if (Math.abs(dy) < 1e-9) return [];
  for (const s of room) {
    const t = (s.y - oy) / dy;
    if (t <= 0) continue;
    const x = ox + dx * t;
    const z = oz + dz * t;
    if (x < s.minX || x > s.maxX || z < s.minZ || z > s.maxZ) continue;
    hits.push({ t, x, y: s.y, z });
  }
  hits.sort((a, b) => a.t - b.t);
  return hits.slice(0, 1).map((h) => [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, h.x, h.y, h.z, 1]);
}

/**
 * The object IWER's device takes as its SEM (`device.installSEM(TinyRoomSEM)`): hit tests against the
 * tiny room; no planes, meshes or depth are offered, and its canvas (IWER puts it behind the app's,
 * where the passthrough would be) stays a blank grey.
 */
export class TinyRoomSEM {
  readonly trackedPlanes = new Set<never>();
  readonly trackedMeshes = new Set<never>();
  readonly environmentCanvas: HTMLCanvasElement;
  /** What the emulator panel (DevUI) reads and toggles; the room has nothing to show or switch. */
  readonly version = 'tiny-room';
  planesVisible = false;
  boundingBoxesVisible = false;
  meshesVisible = false;
  constructor() {
    this.environmentCanvas = document.createElement('canvas');
    this.environmentCanvas.width = 1;
    this.environmentCanvas.height = 1;
    Object.assign(this.environmentCanvas.style, {
      position: 'fixed',
      inset: '0',
      width: '100%',
      height: '100%',
    });
    this.environmentCanvas.style.background = '#3e3e3e';
  }
  render(): void {}
  loadDefaultEnvironment(): void {}
  computeHitTestResults(ray: ArrayLike<number>): number[][] {
    return hitTestRoom(ray);
  }
}
