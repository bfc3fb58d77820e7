import { Box3, type BufferGeometry } from 'three';
import type { Exhibition } from '../content/schema.ts';
import type { HallLayout } from '../layout/computeHallLayout.ts';
import { mergeBoothProps } from './mergeBoothProps.ts';
import { buildProp } from './props/buildProp.ts';
import { groupByCell } from './propChunks.ts';

export interface PropChunk {
  /** Bounds of the cell's props (full version), for the distance that picks the detail. */
  box: Box3;
  full: BufferGeometry;
  far: BufferGeometry;
}

/**
 * One full and one far geometry per floor cell of booths (see propChunks.ts). Each prop kind is built
 * once per colour and detail for the whole hall, whatever the number of cells.
 */
export function buildPropChunks(exhibition: Exhibition, layout: HallLayout): PropChunk[] {
  const sources = new Map<string, BufferGeometry>();
  try {
    return groupByCell(layout.booths).map((only) => {
      const full = mergeBoothProps(exhibition, layout, buildProp, { only, sources });
      const far = mergeBoothProps(exhibition, layout, buildProp, { only, detail: 'far', sources });
      return { box: full.boundingBox?.clone() ?? new Box3(), full, far };
    });
  } finally {
    for (const g of sources.values()) g.dispose();
  }
}

export function disposePropChunks(chunks: readonly PropChunk[]): void {
  for (const chunk of chunks) {
    chunk.full.dispose();
    chunk.far.dispose();
  }
}
