import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Exhibition } from '../../content/schema.ts';
import { angularSizeDeg, MAX_PANEL_ANGLE_DEG, MIN_CHAR_ANGLE_DEG, PANEL_DISTANCE } from './legibility.ts';
import {
  BODY,
  BODY_BOTTOM,
  boothPages,
  boothPanelLayout,
  buttonLabels,
  directoryPanelLayout,
  textBlocks,
  toolbarLayout,
  TOOLBAR_DISTANCE,
} from './vrPanels.ts';

import { createTroikaMeasure, troikaLineMeasure } from '../../../scripts/fonts/troikaMeasure.ts';
import type { LabelSpec } from '../../text/labelSpec.ts';
import { estimateLines, lineKey, queriesOf, type MeasureLines } from '../../text/lineMeasure.ts';

/** A label's laid-out box in the panel's frame (troika's block bounds moved to the label's position). */
type MeasureLabel = (spec: LabelSpec) => {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
  lines: number;
};

let measure: MeasureLabel;
/** Line counts from troika's typesetter: what the hall pages by (VRBoothPanel measures the same in the browser). */
let lines: MeasureLines;
beforeAll(async () => {
  const raw = await createTroikaMeasure();
  const typeset = troikaLineMeasure(raw);
  const known = new Map<string, number>(); // as the browser's measure keeps its answers (lineMeasurer.ts)
  lines = (q) => known.get(lineKey(q)) ?? known.set(lineKey(q), typeset(q)).get(lineKey(q))!;
  measure = (spec) => {
    const b = raw(spec);
    return {
      minX: spec.x + b.minX,
      maxX: spec.x + b.maxX,
      minY: spec.y + b.minY,
      maxY: spec.y + b.maxY,
      lines: b.lines,
    };
  };
}, 60_000);

const exhibition = Exhibition.parse(JSON.parse(readFileSync('public/content/exhibition.json', 'utf8')));
const LANGS = ['zh', 'en'] as const;

function everyBoothPanel() {
  const out = [];
  for (const lang of LANGS)
    for (let i = 0; i < exhibition.booths.length; i++) {
      const pages = boothPanelLayout(exhibition, i, 0, lang, lines).pages;
      for (let page = 0; page < pages; page++)
        out.push({ lang, i, page, layout: boothPanelLayout(exhibition, i, page, lang, lines) });
    }
  return out;
}

describe('VR panels meet the legibility rule', () => {
  it(`every character of every booth panel subtends ≥ ${MIN_CHAR_ANGLE_DEG}° at ${PANEL_DISTANCE} m`, () => {
    for (const { layout } of everyBoothPanel())
      for (const l of [...layout.labels, ...buttonLabels(layout)])
        expect(angularSizeDeg(l.fontSize, PANEL_DISTANCE), l.key).toBeGreaterThanOrEqual(MIN_CHAR_ANGLE_DEG);
  }, 60_000);

  it('panels fit in the comfortable field of view', () => {
    const panel = boothPanelLayout(exhibition, 0, 0, 'en', lines);
    expect(angularSizeDeg(panel.width, PANEL_DISTANCE)).toBeLessThanOrEqual(MAX_PANEL_ANGLE_DEG);
    expect(angularSizeDeg(panel.height, PANEL_DISTANCE)).toBeLessThanOrEqual(MAX_PANEL_ANGLE_DEG);
  });

  it('the whole case text is on some page, and every page fits above the buttons (troika’s layout)', () => {
    for (const lang of LANGS)
      exhibition.booths.forEach((booth, i) => {
        const first = boothPanelLayout(exhibition, i, 0, lang, lines);
        const shown = new Set<string>();
        for (let page = 0; page < first.pages; page++) {
          const layout = boothPanelLayout(exhibition, i, page, lang, lines);
          const topOfButtons = Math.max(
            ...layout.buttons.filter((b) => b.id !== 'close').map((b) => b.y + b.h / 2),
          );
          const close = layout.buttons.find((b) => b.id === 'close')!;
          for (const l of layout.labels) {
            shown.add(l.text);
            const box = measure(l);
            const where = `${booth.id} ${lang} page ${page} ${l.key}`;
            expect(box.minY, `${where}: above the buttons`).toBeGreaterThan(topOfButtons);
            if (l.key !== 'page')
              expect(box.minY, `${where}: above the text's bottom`).toBeGreaterThanOrEqual(
                BODY_BOTTOM - 1e-9,
              );
            expect(box.maxX, `${where}: inside the panel`).toBeLessThanOrEqual(layout.width / 2);
            expect(box.minY, `${where}: inside the panel`).toBeGreaterThanOrEqual(-layout.height / 2);
            const clearOfClose =
              box.maxX <= close.x - close.w / 2 ||
              box.minY >= close.y + close.h / 2 ||
              box.maxY <= close.y - close.h / 2;
            expect(clearOfClose, `${where}: clear of the close button`).toBe(true);
          }
        }
        for (const p of booth.paragraphs) expect(shown.has(p[lang]), `${booth.id} paragraph`).toBe(true);
        expect(shown.has(booth.summary[lang])).toBe(true);
      });
  }, 60_000);

  it('text blocks on one page do not overlap (troika’s layout)', () => {
    for (const { lang, i, page, layout } of everyBoothPanel()) {
      const boxes = layout.labels.map((l) => ({ key: l.key, ...measure(l) }));
      for (const a of boxes)
        for (const b of boxes)
          if (a.key < b.key) {
            const apart = a.maxX <= b.minX || b.maxX <= a.minX || a.maxY <= b.minY || b.maxY <= a.minY;
            expect(apart, `booth ${i} ${lang} page ${page}: ${a.key} / ${b.key}`).toBe(true);
          }
    }
  }, 60_000);

  it('every button caption fits inside its button (troika’s layout)', () => {
    const panels = [
      ...everyBoothPanel().map((p) => p.layout),
      ...LANGS.map((lang) => directoryPanelLayout(exhibition, 0, lang)),
      ...LANGS.flatMap((lang) => [
        toolbarLayout(lang, true, true),
        toolbarLayout(lang, false, false),
        toolbarLayout(lang, false, false, { following: true }),
        toolbarLayout(lang, false, false, { following: false }),
      ]),
    ];
    for (const layout of panels)
      for (const l of buttonLabels(layout)) {
        const button = layout.buttons.find((b) => `btn:${b.id}` === l.key)!;
        const box = measure(l);
        const where = `${l.key} "${l.text}"`;
        expect(box.minX, where).toBeGreaterThanOrEqual(button.x - button.w / 2);
        expect(box.maxX, where).toBeLessThanOrEqual(button.x + button.w / 2);
        expect(box.minY, where).toBeGreaterThanOrEqual(button.y - button.h / 2);
        expect(box.maxY, where).toBeLessThanOrEqual(button.y + button.h / 2);
      }
  }, 60_000);

  it('the toolbar fits the comfortable field of view and its captions are legible where it floats', () => {
    for (const lang of LANGS)
      for (const [touring, group] of [
        [false, null],
        [true, null],
        [false, { following: true }],
        [true, { following: false }],
      ] as const) {
        const toolbar = toolbarLayout(lang, true, touring, group);
        expect(angularSizeDeg(toolbar.width, TOOLBAR_DISTANCE)).toBeLessThanOrEqual(MAX_PANEL_ANGLE_DEG);
        for (const l of buttonLabels(toolbar))
          expect(angularSizeDeg(l.fontSize, TOOLBAR_DISTANCE), l.key).toBeGreaterThanOrEqual(
            MIN_CHAR_ANGLE_DEG,
          );
        // No two buttons overlap.
        for (const a of toolbar.buttons)
          for (const b of toolbar.buttons)
            if (a !== b)
              expect(Math.abs(a.x - b.x) >= (a.w + b.w) / 2 || Math.abs(a.y - b.y) >= (a.h + b.h) / 2).toBe(
                true,
              );
      }
    expect(toolbarLayout('en', false, true).buttons.find((b) => b.id === 'tour')?.label).toBe('End tour');
  });

  it('in a group tour the toolbar has a follow button and a line saying whether the visitor follows', () => {
    const following = toolbarLayout('en', false, false, { following: true });
    expect(following.buttons.find((b) => b.id === 'follow')?.label).toBe('Roam on my own');
    expect(following.labels.map((l) => l.text)).toEqual(['Following the guide']);
    const roaming = toolbarLayout('zh', false, false, { following: false });
    expect(roaming.buttons.find((b) => b.id === 'follow')?.label).toBe('重新跟随');
    expect(roaming.labels.map((l) => l.text)).toEqual(['自由参观中']);
    // The status line sits on the panel, below every button.
    const line = following.labels[0]!;
    expect(line.y - line.fontSize).toBeGreaterThan(-following.height / 2);
    for (const b of following.buttons) expect(b.y - b.h / 2).toBeGreaterThan(line.y);
    expect(toolbarLayout('en', false).labels).toEqual([]);
  });

  it('the toolbar’s exit button names the session: Exit VR, or Exit AR inside the tabletop model', () => {
    const exit = (lang: 'zh' | 'en', ar: boolean) =>
      toolbarLayout(lang, false, false, null, ar).buttons.find((b) => b.id === 'exit')?.label;
    expect([exit('en', false), exit('zh', false)]).toEqual(['Exit VR', '退出 VR']);
    expect([exit('en', true), exit('zh', true)]).toEqual(['Exit AR', '退出 AR']);
  });

  it('the directory lists every booth across its pages and the toolbar has its five actions', () => {
    const ids = new Set<string>();
    const pages = directoryPanelLayout(exhibition, 0, 'zh').pages;
    for (let p = 0; p < pages; p++)
      for (const b of directoryPanelLayout(exhibition, p, 'zh').buttons)
        if (b.id.startsWith('booth:')) ids.add(b.id);
    expect(ids.size).toBe(19);
    expect(toolbarLayout('en', false).buttons.map((b) => b.id)).toEqual([
      'directory',
      'tour',
      'lang',
      'smooth',
      'exit',
    ]);
  });
});

/** The lowest edge of the labels whose keys pass `which`, as troika lays them out. */
const bottomOf = (labels: LabelSpec[], which: (key: string) => boolean) =>
  Math.min(...labels.filter((l) => which(l.key)).map((l) => measure(l).minY));

describe('VR booth panels are paged exactly (troika’s line breaks)', () => {
  it('no page could have taken the first block of the next: every page is as full as it can be', () => {
    let pairs = 0;
    for (const lang of LANGS)
      exhibition.booths.forEach((booth, i) => {
        const pages = boothPages(exhibition, i, lang, lines);
        for (let n = 0; n + 1 < pages.length; n++) {
          const here = boothPanelLayout(exhibition, i, n, lang, lines).labels;
          const next = boothPanelLayout(exhibition, i, n + 1, lang, lines).labels;
          const where = `${booth.id} ${lang} page ${n + 1} of ${pages.length}`;
          if (pages[n]!.kind === 'text' && pages[n + 1]!.kind === 'text') {
            // The next block would start one blank line below this page's last and end below the text's bottom.
            const first = next.find((l) => l.key === 'p-0')!;
            const start = bottomOf(here, (k) => k.startsWith('p-')) - BODY * first.lineHeight!;
            const box = measure({ ...first, y: start });
            expect(box.minY, `${where}: "${first.text.slice(0, 24)}…" would fit`).toBeLessThan(BODY_BOTTOM);
            pairs++;
          }
          if (pages[n]!.kind === 'intro' && pages[n + 1]!.kind === 'figures') {
            // The figures, moved from the top of their own page to 3 cm under the summary, would not fit.
            const top = next.find((l) => l.key === 'fig-0-v')!.y;
            const under = bottomOf(here, (k) => k === 'summary') - 0.03;
            const bottom = bottomOf(next, (k) => k.startsWith('fig-'));
            expect(bottom - top + under, `${where}: the figures would fit`).toBeLessThan(BODY_BOTTOM);
            pairs++;
          }
        }
      });
    expect(pairs).toBeGreaterThan(50); // 95 with the exhibition of today
  }, 60_000);

  it('every block of the case text is on exactly one page, in order', () => {
    for (const lang of LANGS)
      exhibition.booths.forEach((booth, i) => {
        const shown = boothPages(exhibition, i, lang, lines).flatMap((p) =>
          p.kind === 'text' ? p.blocks : [],
        );
        expect(shown, `${booth.id} ${lang}`).toEqual(textBlocks(booth, lang));
      });
  });

  it('the texts measured before the layout are every text the layout of any page asks for', () => {
    for (const lang of LANGS)
      exhibition.booths.forEach((_, i) => {
        const known = new Set(queriesOf((m) => boothPages(exhibition, i, lang, m)).map(lineKey));
        const strict: MeasureLines = (q) => {
          if (!known.has(lineKey(q))) throw new Error(`not measured first: ${lineKey(q)}`);
          return lines(q);
        };
        const pages = boothPages(exhibition, i, lang, strict).length;
        for (let page = 0; page < pages; page++) boothPanelLayout(exhibition, i, page, lang, strict);
      });
  }, 60_000);

  it('pages by troika’s line breaks hold the booths in fewer pages than the estimate did', () => {
    const total = (m: MeasureLines) =>
      LANGS.flatMap((lang) =>
        exhibition.booths.map((_, i) => boothPages(exhibition, i, lang, m).length),
      ).reduce((a, b) => a + b);
    expect(total(lines)).toBeLessThan(total(estimateLines));
  });
});
