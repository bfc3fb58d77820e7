import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Exhibition } from '../content/schema.ts';
import { computeHallLayout } from '../layout/computeHallLayout.ts';
import {
  FAR_PROP_DISTANCE,
  HIDDEN_PROP_DISTANCE,
  PROP_CELL_SIZE,
  PROP_LOD_HYSTERESIS,
  chunkDetail,
  type ChunkDetail,
  groupByCell,
} from './propChunks.ts';

const exhibition = Exhibition.parse(JSON.parse(readFileSync('public/content/exhibition.json', 'utf8')));

describe('groupByCell', () => {
  it('puts every booth in exactly one cell, booths of a cell within one cell of each other', () => {
    for (const count of [1, 19, 200]) {
      const booths = Array.from({ length: count }, (_, i) => {
        const source = exhibition.booths[i % exhibition.booths.length];
        if (!source) throw new Error('no booths');
        return { ...source, id: `${source.id}-${i}` };
      });
      const layout = computeHallLayout(booths);
      const cells = groupByCell(layout.booths);
      expect(cells.flat().sort((a, b) => a - b)).toEqual(layout.booths.map((_, i) => i));
      for (const members of cells) {
        const xs = members.map((i) => layout.booths[i]?.x ?? NaN);
        const zs = members.map((i) => layout.booths[i]?.z ?? NaN);
        expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(PROP_CELL_SIZE);
        expect(Math.max(...zs) - Math.min(...zs)).toBeLessThan(PROP_CELL_SIZE);
      }
      // Several cells once the hall is larger than one cell: that is what lets culling skip some.
      if (count >= 19) expect(cells.length).toBeGreaterThan(2);
    }
  });

  it('is deterministic and keeps neighbours together', () => {
    const points = [
      { x: 1, z: 1 },
      { x: 40, z: 1 },
      { x: 2, z: 3 },
      { x: -1, z: 1 },
    ];
    expect(groupByCell(points, 10)).toEqual([[3], [0, 2], [1]]);
    expect(groupByCell(points, 10)).toEqual(groupByCell(points, 10));
  });
});

describe('chunkDetail', () => {
  it('shows full props near, far props beyond FAR_PROP_DISTANCE and nothing inside the fog', () => {
    expect(chunkDetail(0)).toBe('full');
    expect(chunkDetail(FAR_PROP_DISTANCE - 0.01)).toBe('full');
    expect(chunkDetail(FAR_PROP_DISTANCE)).toBe('far');
    expect(chunkDetail(HIDDEN_PROP_DISTANCE - 1)).toBe('far');
    expect(chunkDetail(HIDDEN_PROP_DISTANCE)).toBe('hidden');
  });

  it('does not flicker at the boundary: far at 30 m walking away, full again only well inside it', () => {
    const back = FAR_PROP_DISTANCE * (1 - PROP_LOD_HYSTERESIS);
    expect(back).toBeLessThan(FAR_PROP_DISTANCE - 2); // a band a visitor notices, not a rounding error
    expect(chunkDetail(FAR_PROP_DISTANCE, 'full')).toBe('far');
    expect(chunkDetail(FAR_PROP_DISTANCE - 0.01, 'far')).toBe('far');
    expect(chunkDetail(back + 0.01, 'far')).toBe('far');
    expect(chunkDetail(back - 0.01, 'far')).toBe('full');
    expect(chunkDetail(back - 0.01, 'hidden')).toBe('full');
    expect(chunkDetail(HIDDEN_PROP_DISTANCE - 1, 'hidden')).toBe('far');
  });

  it('switches once, not every frame, for a visitor swaying ±1 m about the boundary', () => {
    let detail: ChunkDetail = 'full';
    let switches = 0;
    for (let frame = 0; frame < 600; frame++) {
      const next = chunkDetail(FAR_PROP_DISTANCE + Math.sin(frame / 10), detail);
      if (next !== detail) switches++;
      detail = next;
    }
    expect(switches).toBe(1);
    expect(detail).toBe('far');
  });
});
