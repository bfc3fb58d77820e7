import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeHallLayout } from '../../src/layout/computeHallLayout.ts';
import { computeLabels } from '../../src/text/computeLabels.ts';
import { ELLIPSIS } from '../../src/text/clampText.ts';
import { estimateLines } from '../../src/text/measure.ts';
import { validateExhibition } from '../../src/content/validate.ts';
import { atLimitExhibition } from './atLimitExhibition.ts';

const shipped = JSON.parse(readFileSync('public/content/exhibition.json', 'utf8'));
const limits = atLimitExhibition(shipped);

describe('an exhibition at the length limits', () => {
  it('is valid, and one character more is not', () => {
    expect(validateExhibition('limits.json', limits).issues).toEqual([]);
    expect(limits.booths[0]?.title.en).toHaveLength(200);
    expect(limits.booths[0]?.paragraphs).toHaveLength(8);
    const over = structuredClone(limits);
    over.booths[3]!.shortTitle.zh += '展';
    expect(validateExhibition('limits.json', over).issues[0]?.path).toBe('booths[3].shortTitle.zh');
  });

  for (const lang of ['zh', 'en'] as const)
    it(`keeps every 3D label in its box, with an ellipsis where it is cut (${lang})`, () => {
      const labels = computeLabels(limits, computeHallLayout(limits.booths), lang);
      const clamped = labels.filter((l) => l.maxLines);
      expect(clamped.length).toBeGreaterThan(limits.booths.length * 5);
      for (const label of clamped) {
        const width = (label.clampWidth ?? label.maxWidth) as number;
        expect(estimateLines(label.text, label.fontSize, width), label.key).toBeLessThanOrEqual(
          label.maxLines as number,
        );
      }
      // The title shrinks to fit its block before it is cut; the organisations and figure labels are cut.
      const cut = labels.filter((l) => l.boothId === limits.booths[0]!.id && l.text.endsWith(ELLIPSIS));
      expect(cut.map((l) => l.key.split(':')[1])).toEqual(expect.arrayContaining(['orgs']));
      // The wall intros have a line budget down to the tiles below them (checked with the others above).
      for (const key of ['entrance:comverse:intro', 'entrance:overview:intro'])
        expect(labels.find((l) => l.key === key)?.maxLines, key).toBeGreaterThan(0);
    });

  for (const lang of ['zh', 'en'] as const)
    it(`cuts nothing of the real exhibition (${lang})`, () => {
      const labels = computeLabels(shipped, computeHallLayout(shipped.booths), lang);
      expect(labels.filter((l) => l.text.endsWith(ELLIPSIS)).map((l) => l.key)).toEqual([]);
    });
});
