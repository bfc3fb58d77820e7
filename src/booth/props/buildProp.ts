import type * as THREE from 'three';
import type { PropKind } from '../../content/schema.ts';
import { Parts, type PropDetail } from './parts.ts';
import { camera360, filmCamera } from './cameras.ts';
import { arMapPin, cityBlock, shoppingStreet } from './city.ts';
import { genericSculpture, inkCharacter, lightCourse } from './culture.ts';
import { pancakeMr, therapyHeadset, vrHeadset } from './headsets.ts';
import { arHelmet, buildingTwin, roadTwin } from './industry.ts';
import { esportsStage, stadium } from './sports.ts';
import { virtualHost, xrStudio } from './stages.ts';
import { carCockpit, curvedLedWall } from './vehicles.ts';

/** Upper bound on triangles per prop at full detail (props are merged per floor cell, see propChunks.ts). */
export const PROP_TRIANGLE_BUDGET = 6000;

type PropBuilder = (parts: Parts, accent: THREE.Color) => void;

const BUILDERS: Readonly<Record<PropKind, PropBuilder>> = {
  'ar-helmet': arHelmet,
  'ar-map-pin': arMapPin,
  'virtual-host': virtualHost,
  'light-course': lightCourse,
  'ink-character': inkCharacter,
  'road-twin': roadTwin,
  stadium,
  'therapy-headset': therapyHeadset,
  'shopping-street': shoppingStreet,
  'building-twin': buildingTwin,
  'car-cockpit': carCockpit,
  'curved-led-wall': curvedLedWall,
  'xr-studio': xrStudio,
  'film-camera': filmCamera,
  'esports-stage': esportsStage,
  'vr-headset': vrHeadset,
  'camera-360': camera360,
  'pancake-mr': pancakeMr,
  'city-block': cityBlock,
  generic: genericSculpture,
};

/**
 * Builds the themed prop for a booth as ONE geometry with position, normal and per-vertex `color`
 * (linear sRGB) attributes, for a shared MeshStandardMaterial({ vertexColors: true }).
 * Local frame: origin on the floor at the prop's centre, +y up, front facing +z; fits in
 * 2.0 (x) × 2.4 (y) × 1.8 (z) m. `accent` (the sector colour) is used for trim, screens and stripes.
 * `detail: 'far'` builds the version shown beyond FAR_PROP_DISTANCE (see BoothProps).
 */
export function buildProp(
  kind: PropKind,
  accent: THREE.Color,
  detail: PropDetail = 'full',
): THREE.BufferGeometry {
  const parts = new Parts(detail);
  BUILDERS[kind](parts, accent);
  const geometry = parts.merge();
  geometry.name = `prop:${kind}:${detail}`;
  return geometry;
}

/** Triangle count of an indexed or non-indexed triangle geometry. */
export function propTriangleCount(geometry: THREE.BufferGeometry): number {
  const index = geometry.getIndex();
  return Math.floor((index ? index.count : geometry.getAttribute('position').count) / 3);
}
