import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Exhibition } from '../content/schema.ts';
import type { BoothPose } from '../layout/computeHallLayout.ts';
import { BOOTH, STAND_FACES, type StandFace } from '../booth/boothDesign.ts';
import { createTroikaMeasure, type Measure } from '../../scripts/fonts/troikaMeasure.ts';
import { boothLabels } from './boothLabels.ts';
import type { LabelSpec } from './labelSpec.ts';

/**
 * Booth signage, laid out by troika itself (real glyph advances and line breaks, as in the hall), never
 * overlaps another element of its stand: each text stays on the face it is printed on, nothing stands in
 * front of it (the key-figure board, the header, the totem), and no two texts overlap. Every booth of the
 * bundled exhibition, in both languages.
 */
const exhibition = Exhibition.parse(JSON.parse(readFileSync('public/content/exhibition.json', 'utf8')));
/** The booth at the origin, unturned: its labels' positions are then in the booth's own frame. */
const atOrigin = (order: number, id: string): BoothPose =>
  ({ id, order, x: 0, z: 0, rotationY: 0 }) as BoothPose;
const MARGIN = 0.02;

interface Box {
  key: string;
  text: string;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
  z: number;
}

const overlaps = (a: Omit<Box, 'key' | 'text' | 'z'>, b: Omit<Box, 'key' | 'text' | 'z'>) =>
  a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;
const inside = (a: Box, f: StandFace) =>
  a.minX >= f.minX + MARGIN &&
  a.maxX <= f.maxX - MARGIN &&
  a.minY >= f.minY + MARGIN &&
  a.maxY <= f.maxY - MARGIN;
const round = (box: Box) =>
  `${box.key} "${box.text}" x ${box.minX.toFixed(2)}…${box.maxX.toFixed(2)} y ${box.minY.toFixed(2)}…${box.maxY.toFixed(2)}`;

/** Every way the booth's signage breaks the rule, in words (empty when the layout is right). */
function problems(labels: LabelSpec[], measure: Measure): string[] {
  const boxes: Box[] = labels.map((spec) => {
    const b = measure(spec);
    return {
      key: spec.key,
      text: spec.text,
      minX: spec.x + b.minX,
      maxX: spec.x + b.maxX,
      minY: spec.y + b.minY,
      maxY: spec.y + b.maxY,
      z: spec.z,
    };
  });
  const out: string[] = [];
  for (const box of boxes) {
    const surface = STAND_FACES.find((f) => Math.abs(f.frontZ + BOOTH.textLift - box.z) < 1e-6);
    if (!surface) out.push(`${round(box)} is printed on no face of the stand`);
    else if (!inside(box, surface)) out.push(`${round(box)} runs off the ${surface.id}`);
    for (const f of STAND_FACES)
      if (f.frontZ > box.z && overlaps(box, f)) out.push(`${round(box)} is hidden behind the ${f.id}`);
  }
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1))
      if (a.z === b.z && overlaps(a, b)) out.push(`${round(a)} overlaps ${round(b)}`);
  return out;
}

describe('booth signage, typeset by troika', () => {
  let measure: Measure;
  beforeAll(async () => {
    measure = await createTroikaMeasure();
  }, 60_000);

  it('measures like the hall: a long Chinese title wraps at its width, between any characters', () => {
    const spec: LabelSpec = {
      key: 't',
      text: '数字人主持人亮相湖南卫视综艺节目的应用',
      x: 0,
      y: 0,
      z: 0,
      rotationY: 0,
      fontSize: 0.2,
      maxWidth: 2,
      lineHeight: 1.25,
      anchorX: 'left',
      anchorY: 'top',
      color: '#fff',
      bold: true,
    };
    const b = measure(spec);
    expect(b.maxX - b.minX).toBeLessThanOrEqual(2);
    expect(b.maxX - b.minX).toBeGreaterThan(1.6);
    expect(b.lines).toBe(2);
    expect(b.maxY).toBeCloseTo(0, 5);
  });

  for (const lang of ['zh', 'en'] as const)
    it(`never overlaps the stand or other signage (${lang}, every booth)`, () => {
      const found = exhibition.booths.flatMap((booth, order) =>
        problems(boothLabels(exhibition, booth, atOrigin(order, booth.id), lang), measure),
      );
      expect(found).toEqual([]);
    });
});
