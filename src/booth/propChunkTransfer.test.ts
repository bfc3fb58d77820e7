import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Exhibition } from '../content/schema.ts';
import { computeHallLayout } from '../layout/computeHallLayout.ts';
import { buildPropChunks } from './buildPropChunks.ts';
import { fromChunkData, toChunkData, transferables } from './propChunkTransfer.ts';

const exhibition = Exhibition.parse(JSON.parse(readFileSync('public/content/exhibition.json', 'utf8')));

// Builds the whole hall's props twice: generous time on a loaded two-core machine.
describe('prop chunks through a worker message', { timeout: 60_000 }, () => {
  it('come back with the same triangles, attributes and bounds', () => {
    const chunks = buildPropChunks(exhibition, computeHallLayout(exhibition.booths));
    const data = chunks.map(toChunkData);
    const copy = structuredClone(data).map(fromChunkData);
    expect(copy).toHaveLength(chunks.length);
    chunks.forEach((chunk, i) => {
      const back = copy[i]!;
      expect(back.box.equals(chunk.box)).toBe(true);
      for (const detail of ['full', 'far'] as const) {
        expect(back[detail].index?.count).toBe(chunk[detail].index?.count);
        expect(Object.keys(back[detail].attributes).sort()).toEqual(
          Object.keys(chunk[detail].attributes).sort(),
        );
        const a = back[detail].attributes.position!.array as Float32Array;
        const b = chunk[detail].attributes.position!.array as Float32Array;
        expect(
          Buffer.compare(
            Buffer.from(a.buffer, a.byteOffset, a.byteLength),
            Buffer.from(b.buffer, b.byteOffset, b.byteLength),
          ),
        ).toBe(0);
      }
    });
  });

  it('arrive with the bounds computed in the worker, equal to computing them on arrival', () => {
    const chunks = buildPropChunks(exhibition, computeHallLayout(exhibition.booths));
    for (const chunk of chunks) {
      const arrived = fromChunkData(structuredClone(toChunkData(chunk)));
      for (const geometry of [arrived.full, arrived.far]) {
        const { boundingBox: box, boundingSphere: sphere } = geometry;
        expect(sphere?.radius).toBeGreaterThan(0);
        const fresh = geometry.clone();
        fresh.computeBoundingBox();
        fresh.computeBoundingSphere();
        expect(box?.equals(fresh.boundingBox!)).toBe(true);
        expect(sphere?.center.distanceTo(fresh.boundingSphere!.center)).toBeLessThan(1e-5);
        expect(sphere?.radius).toBeCloseTo(fresh.boundingSphere!.radius, 5);
      }
    }
  });

  it('lists each buffer once for the transfer', () => {
    const data = buildPropChunks(exhibition, computeHallLayout(exhibition.booths)).map(toChunkData);
    const buffers = transferables(data);
    expect(new Set(buffers).size).toBe(buffers.length);
    expect(buffers.length).toBeGreaterThan(0);
  });
});
