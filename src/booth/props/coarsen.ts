import * as THREE from 'three';

/**
 * The far version of a prop part: the same primitive rebuilt with about a third of its segments, or
 * nothing when the part is too small to cover a pixel from where the far version is shown (a 3 cm part
 * at 28 m spans about 0.06°, under one pixel on a phone or a headset). Parts that are not parametric
 * primitives (boxes, tapered blocks) are already as coarse as they get and come back unchanged.
 */

/** Parts whose bounding sphere (in prop space) is smaller than this are left out of the far version. */
export const FAR_MIN_PART_RADIUS = 0.03;

/** About a third of `segments`, at least `min`, and never more than there were. */
const fewer = (segments: number, min: number) => Math.min(segments, Math.max(min, Math.ceil(segments / 3)));

type Params = Record<string, number>;

/** A coarser copy of a parametric primitive (`null`: not one this knows, keep the part as it is). */
function coarserPrimitive(geometry: THREE.BufferGeometry): THREE.BufferGeometry | null {
  const p = (geometry as THREE.BufferGeometry & { parameters?: Params }).parameters;
  if (!p) return null;
  switch (geometry.type) {
    case 'CylinderGeometry':
    case 'ConeGeometry': {
      // A cone is a cylinder with no top radius: both rebuild as a cylinder.
      const cone = geometry.type === 'ConeGeometry';
      return new THREE.CylinderGeometry(
        cone ? 0 : p.radiusTop,
        cone ? p.radius : p.radiusBottom,
        p.height,
        fewer(p.radialSegments ?? 8, 6),
        1,
        Boolean(p.openEnded),
        p.thetaStart,
        p.thetaLength,
      );
    }
    case 'SphereGeometry':
      return new THREE.SphereGeometry(
        p.radius,
        fewer(p.widthSegments ?? 16, 6),
        fewer(p.heightSegments ?? 12, 4),
        p.phiStart,
        p.phiLength,
        p.thetaStart,
        p.thetaLength,
      );
    case 'CapsuleGeometry':
      return new THREE.CapsuleGeometry(p.radius, p.height, 2, fewer(p.radialSegments ?? 8, 6), 1);
    case 'TorusGeometry':
      return new THREE.TorusGeometry(
        p.radius,
        p.tube,
        fewer(p.radialSegments ?? 8, 3),
        fewer(p.tubularSegments ?? 24, 8),
        p.arc,
      );
    case 'TorusKnotGeometry':
      return new THREE.TorusKnotGeometry(
        p.radius,
        p.tube,
        fewer(p.tubularSegments ?? 64, 24),
        fewer(p.radialSegments ?? 8, 4),
        p.p,
        p.q,
      );
    case 'RingGeometry':
      return new THREE.RingGeometry(
        p.innerRadius,
        p.outerRadius,
        fewer(p.thetaSegments ?? 32, 6),
        1,
        p.thetaStart,
        p.thetaLength,
      );
    case 'LatheGeometry': {
      const lathe = geometry as THREE.LatheGeometry;
      const { points, segments, phiStart, phiLength } = lathe.parameters;
      return new THREE.LatheGeometry(points, fewer(segments, 6), phiStart, phiLength);
    }
    case 'ExtrudeGeometry': {
      const extrude = geometry as THREE.ExtrudeGeometry;
      const { shapes, options } = extrude.parameters;
      const curveSegments = fewer(options.curveSegments ?? 12, 2);
      return new THREE.ExtrudeGeometry(shapes, { ...options, curveSegments });
    }
    default:
      return null;
  }
}

/**
 * The far version of one part placed by `matrix` (its scale matters for the size test). Consumes
 * `geometry`: returns it, a coarser replacement (the original disposed), or null (disposed, left out).
 */
export function coarsenPart(
  geometry: THREE.BufferGeometry,
  matrix: THREE.Matrix4,
): THREE.BufferGeometry | null {
  if (!geometry.boundingSphere) geometry.computeBoundingSphere();
  const radius = (geometry.boundingSphere?.radius ?? 0) * matrix.getMaxScaleOnAxis();
  if (radius < FAR_MIN_PART_RADIUS) {
    geometry.dispose();
    return null;
  }
  const coarse = coarserPrimitive(geometry);
  if (!coarse) return geometry;
  geometry.dispose();
  return coarse;
}
