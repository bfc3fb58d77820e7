import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Exhibition } from '../../content/schema.ts';
import { angularSizeDeg, MAX_PANEL_ANGLE_DEG, MIN_CHAR_ANGLE_DEG, PANEL_DISTANCE } from './legibility.ts';
import {
  boothPanelLayout,
  buttonLabels,
  directoryPanelLayout,
  toolbarLayout,
  TOOLBAR_DISTANCE,
} from './vrPanels.ts';

import { createTroikaMeasure } from '../../../scripts/fonts/troikaMeasure.ts';
import type { LabelSpec } from '../../text/labelSpec.ts';

/** A label's laid-out box in the panel's frame (troika's block bounds moved to the label's position). */
type MeasureLabel = (spec: LabelSpec) => {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
  lines: number;
};

let measure: MeasureLabel;
beforeAll(async () => {
  const raw = await createTroikaMeasure();
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
      const pages = boothPanelLayout(exhibition, i, 0, lang).pages;
      for (let page = 0; page < pages; page++)
        out.push({ lang, i, page, layout: boothPanelLayout(exhibition, i, page, lang) });
    }
  return out;
}

describe('VR panels meet the legibility rule', () => {
  it(`every character of every booth panel subtends ≥ ${MIN_CHAR_ANGLE_DEG}° at ${PANEL_DISTANCE} m`, () => {
    for (const { layout } of everyBoothPanel())
      for (const l of [...layout.labels, ...buttonLabels(layout)])
        expect(angularSizeDeg(l.fontSize, PANEL_DISTANCE), l.key).toBeGreaterThanOrEqual(MIN_CHAR_ANGLE_DEG);
  });

  it('panels fit in the comfortable field of view', () => {
    const panel = boothPanelLayout(exhibition, 0, 0, 'en');
    expect(angularSizeDeg(panel.width, PANEL_DISTANCE)).toBeLessThanOrEqual(MAX_PANEL_ANGLE_DEG);
    expect(angularSizeDeg(panel.height, PANEL_DISTANCE)).toBeLessThanOrEqual(MAX_PANEL_ANGLE_DEG);
  });

  it('the whole case text is on some page, and every page fits above the buttons (troika’s layout)', () => {
    for (const lang of LANGS)
      exhibition.booths.forEach((booth, i) => {
        const first = boothPanelLayout(exhibition, i, 0, lang);
        const shown = new Set<string>();
        for (let page = 0; page < first.pages; page++) {
          const layout = boothPanelLayout(exhibition, i, page, lang);
          const topOfButtons = Math.max(
            ...layout.buttons.filter((b) => b.id !== 'close').map((b) => b.y + b.h / 2),
          );
          const close = layout.buttons.find((b) => b.id === 'close')!;
          for (const l of layout.labels) {
            shown.add(l.text);
            const box = measure(l);
            const where = `${booth.id} ${lang} page ${page} ${l.key}`;
            expect(box.minY, `${where}: above the buttons`).toBeGreaterThan(topOfButtons);
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
      const boxes = layout.labels.filter((l) => l.key !== 'page').map((l) => ({ key: l.key, ...measure(l) }));
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
