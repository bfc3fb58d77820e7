/**
 * Prop chunks as plain typed arrays, to build them in a worker (propChunks.worker.ts) and hand them to
 * the main thread without copying (the arrays' buffers are transferred).
 */
import { Box3, BufferAttribute, BufferGeometry, Vector3 } from 'three';
import type { PropChunk } from './buildPropChunks.ts';

type Numbers = Float32Array | Uint16Array | Uint32Array | Uint8Array | Int16Array | Int8Array | Int32Array;

export interface GeometryData {
  attributes: Record<string, { array: Numbers; itemSize: number; normalized: boolean }>;
  index: Uint16Array | Uint32Array | null;
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
  return { attributes, index };
}

function toGeometry(data: GeometryData): BufferGeometry {
  const geometry = new BufferGeometry();
  for (const [name, a] of Object.entries(data.attributes))
    geometry.setAttribute(name, new BufferAttribute(a.array, a.itemSize, a.normalized));
  if (data.index) geometry.setIndex(new BufferAttribute(data.index, 1));
  geometry.computeBoundingBox();
  geometry.computeBoundingSphere();
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
