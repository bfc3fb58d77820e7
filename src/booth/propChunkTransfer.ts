/**
 * Prop chunks as plain typed arrays, to build them in a worker (propChunks.worker.ts) and hand them to
 * the main thread without copying (the arrays' buffers are transferred).
 */
import { Box3, BufferAttribute, BufferGeometry, Sphere, Vector3 } from 'three';
import type { PropChunk } from './buildPropChunks.ts';

type Numbers = Float32Array | Uint16Array | Uint32Array | Uint8Array | Int16Array | Int8Array | Int32Array;

export interface GeometryData {
  attributes: Record<string, { array: Numbers; itemSize: number; normalized: boolean }>;
  index: Uint16Array | Uint32Array | null;
  /** min x, y, z, max x, y, z; then the bounding sphere's centre x, y, z and radius. */
  bounds: [number, number, number, number, number, number, number, number, number, number];
}

export interface PropChunkData {
  box: [number, number, number, number, number, number];
  full: GeometryData;
  far: GeometryData;
}

function geometryData(geometry: BufferGeometry): GeometryData {
  const attributes: GeometryData['attributes'] = {};
  for (const [name, attribute] of Object.entries(geometry.attributes)) {
    if (!(attribute instanceof BufferAttribute)) continue;
    attributes[name] = {
      array: attribute.array as Numbers,
      itemSize: attribute.itemSize,
      normalized: attribute.normalized,
    };
  }
  const index = (geometry.index?.array as Uint16Array | Uint32Array | undefined) ?? null;
  // Computed here, in the worker: on the main thread they were a 100–190 ms task under SwiftShader.
  geometry.computeBoundingBox();
  geometry.computeBoundingSphere();
  const { min, max } = geometry.boundingBox ?? new Box3();
  const { center, radius } = geometry.boundingSphere ?? new Sphere();
  const bounds: GeometryData['bounds'] = [
    min.x,
    min.y,
    min.z,
    max.x,
    max.y,
    max.z,
    center.x,
    center.y,
    center.z,
    radius,
  ];
  return { attributes, index, bounds };
}

function toGeometry(data: GeometryData): BufferGeometry {
  const geometry = new BufferGeometry();
  for (const [name, a] of Object.entries(data.attributes))
    geometry.setAttribute(name, new BufferAttribute(a.array, a.itemSize, a.normalized));
  if (data.index) geometry.setIndex(new BufferAttribute(data.index, 1));
  const [x0, y0, z0, x1, y1, z1, cx, cy, cz, r] = data.bounds;
  geometry.boundingBox = new Box3(new Vector3(x0, y0, z0), new Vector3(x1, y1, z1));
  geometry.boundingSphere = new Sphere(new Vector3(cx, cy, cz), r);
  return geometry;
}

export function toChunkData(chunk: PropChunk): PropChunkData {
  const { min, max } = chunk.box;
  return {
    box: [min.x, min.y, min.z, max.x, max.y, max.z],
    full: geometryData(chunk.full),
    far: geometryData(chunk.far),
  };
}

export function fromChunkData(data: PropChunkData): PropChunk {
  const [x0, y0, z0, x1, y1, z1] = data.box;
  return {
    box: new Box3(new Vector3(x0, y0, z0), new Vector3(x1, y1, z1)),
    full: toGeometry(data.full),
    far: toGeometry(data.far),
  };
}

/** Every buffer in the data, for `postMessage`'s transfer list (each once). */
export function transferables(chunks: readonly PropChunkData[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const chunk of chunks)
    for (const geometry of [chunk.full, chunk.far]) {
      for (const a of Object.values(geometry.attributes)) buffers.add(a.array.buffer as ArrayBuffer);
      if (geometry.index) buffers.add(geometry.index.buffer as ArrayBuffer);
    }
  return [...buffers];
}
