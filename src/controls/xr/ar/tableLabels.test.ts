import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Exhibition } from '../../../content/schema.ts';
import { computeHallLayout, HALL_DIMENSIONS } from '../../../layout/computeHallLayout.ts';
import { computeTabletopFrame } from '../../../layout/tabletopModel.ts';
import { angularSizeDeg, MIN_CHAR_ANGLE_DEG } from '../legibility.ts';
import { TABLE_READING_DISTANCE, tableNumberLabels } from './tableLabels.ts';

const exhibition = JSON.parse(readFileSync('public/content/exhibition.json', 'utf8')) as Exhibition;
const layout = computeHallLayout(exhibition.booths);
const frame = computeTabletopFrame(layout.bounds);

describe('tableNumberLabels', () => {
  const labels = tableNumberLabels(exhibition, layout, frame);

  it('numbers every booth as the panels do, in its sector colour', () => {
    expect(labels.map((l) => l.text)).toEqual(
      exhibition.booths.map((_, i) => String(i + 1).padStart(2, '0')),
    );
    const first = exhibition.booths[0]!;
    const sector = exhibition.sectors.find((s) => s.id === first.sector)!;
    expect(labels[0]!.color).toBe(sector.color);
  });

  it('is readable from a standing position on the 1 m model (the VR legibility rule, as a heading)', () => {
    const onTable = labels[0]!.fontSize * frame.scale;
    expect(angularSizeDeg(onTable, TABLE_READING_DISTANCE)).toBeGreaterThanOrEqual(
      MIN_CHAR_ANGLE_DEG * 1.5 - 1e-9,
    );
    // Two digits (about 1.2 em wide) stay within their booth's width, so neighbouring numbers never touch.
    expect(labels[0]!.fontSize * 1.2).toBeLessThan(HALL_DIMENSIONS.boothWidth);
  });
});
