import * as THREE from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { coarsenPart } from './coarsen.ts';

/** `full`: the prop as designed, seen up close; `far`: about a third of the triangles, for distant booths. */
export type PropDetail = 'full' | 'far';

/** A colour as hex (sRGB, converted to linear by THREE.Color) or a ready THREE.Color (linear). */
export type Tint = THREE.ColorRepresentation;
export type Vec3 = readonly [number, number, number];

// Shared palette (sRGB hex).
export const WHITE = 0xf2f2f2;
export const GRAPHITE = 0x2b2f36;
export const ALU = 0xb9c0c8;
export const GLASS = 0x1b2330;
export const SCREEN = 0x7fe3ff;
export const WARM = 0xffe08a;
export const ASPHALT = 0x3a3f47;
export const WOOD = 0x5b3a29;
export const RED = 0xc8102e;
export const GOLD = 0xe8c15a;

/** accent blended towards a neutral (t = 0 → accent, 1 → neutral). */
export function mix(accent: THREE.Color, hex: number, t: number): THREE.Color {
  return accent.clone().lerp(new THREE.Color(hex), t);
}

/** Translation, XYZ Euler rotation and (optionally non-uniform, positive) scale as one matrix. */
export function xf(x = 0, y = 0, z = 0, rx = 0, ry = 0, rz = 0, sx = 1, sy = sx, sz = sx): THREE.Matrix4 {
  const q = new THREE.Quaternion().setFromEuler(new THREE.Euler(rx, ry, rz));
  return new THREE.Matrix4().compose(new THREE.Vector3(x, y, z), q, new THREE.Vector3(sx, sy, sz));
}

/**
 * Bakes one part: non-indexed, only position/normal plus a constant per-vertex colour, transformed by
 * `matrix`. `flat` recomputes (faceted) normals after the transform. The input geometry is consumed.
 */
export function part(geometry: THREE.BufferGeometry, color: Tint, matrix?: THREE.Matrix4, flat = false) {
  const g = geometry.index ? geometry.toNonIndexed() : geometry;
  if (g !== geometry) geometry.dispose();
  for (const name of Object.keys(g.attributes)) {
    if (name !== 'position' && name !== 'normal') g.deleteAttribute(name);
  }
  g.morphAttributes = {};
  g.clearGroups();
  if (matrix) g.applyMatrix4(matrix);
  if (flat || !g.getAttribute('normal')) g.computeVertexNormals();
  const c = new THREE.Color(color);
  const count = g.getAttribute('position').count;
  const colors = new Float32Array(count * 3);
  for (let i = 0; i < count; i++) colors.set([c.r, c.g, c.b], i * 3);
  g.setAttribute('color', new THREE.BufferAttribute(colors, 3));
  return g;
}

/**
 * Collects baked parts (optionally inside a parent transform) and merges them into one geometry. At `far`
 * detail every part goes through `coarsenPart` first: the builders stay written once, for the close view.
 */
export class Parts {
  private readonly list: THREE.BufferGeometry[] = [];
  private base = new THREE.Matrix4();

  constructor(private readonly detail: PropDetail = 'full') {}

  add(geometry: THREE.BufferGeometry, color: Tint, matrix?: THREE.Matrix4, flat = false): this {
    const m = matrix ? this.base.clone().multiply(matrix) : this.base.clone();
    const source = this.detail === 'far' ? coarsenPart(geometry, m) : geometry;
    if (source) this.list.push(part(source, color, m, flat));
    return this;
  }

  /** Adds parts inside `fn` relative to `matrix` (nested groups compose). */
  within(matrix: THREE.Matrix4, fn: () => void): void {
    const previous = this.base;
    this.base = previous.clone().multiply(matrix);
    fn();
    this.base = previous;
  }

  /** A cylindrical bar between two points. */
  rod(a: Vec3, b: Vec3, radius: number, color: Tint, segments = 8): this {
    const from = new THREE.Vector3(...a);
    const dir = new THREE.Vector3(...b).sub(from);
    const length = dir.length();
    const q = new THREE.Quaternion().setFromUnitVectors(new THREE.Vector3(0, 1, 0), dir.normalize());
    const mid = from.addScaledVector(dir, length / 2);
    const m = new THREE.Matrix4().compose(mid, q, new THREE.Vector3(1, 1, 1));
    return this.add(new THREE.CylinderGeometry(radius, radius, length, segments), color, m);
  }

  merge(): THREE.BufferGeometry {
    const merged = mergeGeometries(this.list, false);
    for (const g of this.list) g.dispose();
    this.list.length = 0;
    if (!merged) throw new Error('buildProp: failed to merge prop parts');
    merged.computeBoundingBox();
    merged.computeBoundingSphere();
    return merged;
  }
}

export const box = (w: number, h: number, d: number) => new THREE.BoxGeometry(w, h, d);
export const cyl = (
  rTop: number,
  rBottom: number,
  h: number,
  segments = 16,
  open = false,
  start = 0,
  length = Math.PI * 2,
) => new THREE.CylinderGeometry(rTop, rBottom, h, segments, 1, open, start, length);
export const sphere = (r: number, w = 16, h = 12) => new THREE.SphereGeometry(r, w, h);
export const torus = (r: number, tube: number, radial = 8, tubular = 24, arc = Math.PI * 2) =>
  new THREE.TorusGeometry(r, tube, radial, tubular, arc);
export const cone = (r: number, h: number, segments = 16) => new THREE.ConeGeometry(r, h, segments);

/** Box whose bottom (wb × db at y=0) tapers to a top (wt × dt at y=h), top shifted by `shiftZ`. Flat normals. */
export function taper(wb: number, db: number, wt: number, dt: number, h: number, shiftZ = 0) {
  const g = new THREE.BoxGeometry(1, 1, 1).toNonIndexed();
  const pos = g.getAttribute('position');
  for (let i = 0; i < pos.count; i++) {
    const top = pos.getY(i) > 0;
    pos.setXYZ(
      i,
      pos.getX(i) * (top ? wt : wb),
      top ? h : 0,
      pos.getZ(i) * (top ? dt : db) + (top ? shiftZ : 0),
    );
  }
  g.computeVertexNormals();
  return g;
}

/** Same surface seen from the other side (reversed winding, negated normals). */
export function flipped(geometry: THREE.BufferGeometry): THREE.BufferGeometry {
  const g = geometry.index ? geometry.toNonIndexed() : geometry;
  if (g !== geometry) geometry.dispose();
  for (const name of ['position', 'normal']) {
    const a = g.getAttribute(name);
    for (let i = 0; i + 2 < a.count; i += 3) {
      const second = [a.getX(i + 1), a.getY(i + 1), a.getZ(i + 1)] as const;
      a.setXYZ(i + 1, a.getX(i + 2), a.getY(i + 2), a.getZ(i + 2));
      a.setXYZ(i + 2, ...second);
    }
  }
  const n = g.getAttribute('normal');
  for (let i = 0; i < n.count; i++) n.setXYZ(i, -n.getX(i), -n.getY(i), -n.getZ(i));
  return g;
}

/** Round display plinth with an accent trim band; returns its top height. */
export function plinth(p: Parts, accent: THREE.Color, height: number, radius: number, x = 0, z = 0): number {
  p.add(cyl(radius + 0.03, radius + 0.04, 0.06, 24), GRAPHITE, xf(x, 0.03, z));
  p.add(cyl(radius, radius, height - 0.06, 24), WHITE, xf(x, 0.06 + (height - 0.06) / 2, z));
  p.add(cyl(radius + 0.012, radius + 0.012, 0.035, 24), accent, xf(x, height - 0.06, z));
  return height;
}
