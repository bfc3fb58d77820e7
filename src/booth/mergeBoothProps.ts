import { BufferGeometry, Color, Matrix4, Quaternion, Vector3 } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { Exhibition, PropKind } from '../content/schema.ts';
import type { HallLayout } from '../layout/computeHallLayout.ts';
import { localToWorld } from '../layout/transform.ts';
import { buildProp } from './props/buildProp.ts';
import type { PropDetail } from './props/parts.ts';
import { BOOTH } from './boothDesign.ts';

/** One booth's broken prop must not take the hall down: log it and show the generic sculpture instead. */
function safeBuild(
  build: typeof buildProp,
  kind: PropKind,
  accent: string,
  boothId: string,
  detail: PropDetail,
): BufferGeometry {
  try {
    return build(kind, new Color(accent), detail);
  } catch (error) {
    console.error(`[hall] prop "${kind}" of booth ${boothId} failed; showing the generic prop`, error);
    return buildProp('generic', new Color(accent), detail);
  }
}

interface MergeOptions {
  /** Which booths (indices into exhibition.booths); all when left out. */
  only?: readonly number[];
  detail?: PropDetail;
  /**
   * Built props by kind, colour and detail, shared between calls (the caller disposes them); without it
   * each call builds its own and disposes them when done.
   */
  sources?: Map<string, BufferGeometry>;
}

/** Booths' props, placed on their stands and merged into one geometry: one draw call for all of them. */
export function mergeBoothProps(
  exhibition: Exhibition,
  layout: HallLayout,
  build: typeof buildProp = buildProp,
  { only, detail = 'full', sources }: MergeOptions = {},
): BufferGeometry {
  const colors = new Map(exhibition.sectors.map((s) => [s.id, s.color]));
  const cache = sources ?? new Map<string, BufferGeometry>();
  const placed: BufferGeometry[] = [];
  const matrix = new Matrix4();
  const q = new Quaternion();
  const up = new Vector3(0, 1, 0);
  const one = new Vector3(1, 1, 1);
  const wanted = only ?? exhibition.booths.map((_, i) => i);
  for (const i of wanted) {
    const booth = exhibition.booths[i];
    const pose = layout.booths[i];
    if (!booth || !pose) continue;
    const accent = colors.get(booth.sector) ?? '#3a6df0';
    const key = `${booth.prop}|${accent}|${detail}`;
    let source = cache.get(key);
    if (!source) {
      source = safeBuild(build, booth.prop, accent, booth.id, detail);
      cache.set(key, source);
    }
    const p = localToWorld(pose.x, pose.z, pose.rotationY, BOOTH.prop.x, BOOTH.prop.z);
    matrix.compose(new Vector3(p.x, BOOTH.platform.h, p.z), q.setFromAxisAngle(up, pose.rotationY), one);
    placed.push(source.clone().applyMatrix4(matrix));
  }
  const merged = placed.length ? mergeGeometries(placed, false) : new BufferGeometry();
  for (const g of placed) g.dispose();
  if (!sources) for (const g of cache.values()) g.dispose();
  merged.name = `booth-props:${detail}`;
  merged.computeBoundingBox();
  merged.computeBoundingSphere();
  return merged;
}
