import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Exhibition } from '../../content/schema.ts';
import { angularSizeDeg, MAX_PANEL_ANGLE_DEG, MIN_CHAR_ANGLE_DEG, PANEL_DISTANCE } from './legibility.ts';
import {
  boothPanelLayout,
  buttonLabels,
  directoryPanelLayout,
  estimateLines,
  toolbarLayout,
  TOOLBAR_DISTANCE,
} from './vrPanels.ts';

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

  it('the whole case text is on some page, and every page fits above the buttons', () => {
    for (const lang of LANGS)
      exhibition.booths.forEach((booth, i) => {
        const first = boothPanelLayout(exhibition, i, 0, lang);
        const shown = new Set<string>();
        for (let page = 0; page < first.pages; page++) {
          const layout = boothPanelLayout(exhibition, i, page, lang);
          const bottomOfButtons = Math.max(
            ...layout.buttons.filter((b) => b.id !== 'close').map((b) => b.y + b.h / 2),
          );
          for (const l of layout.labels) {
            shown.add(l.text);
            if (l.key === 'page') continue;
            const lines = estimateLines(l.text, l.fontSize, l.maxWidth ?? 10);
            const bottom = l.y - lines * l.fontSize * (l.lineHeight ?? 1.2);
            expect(bottom, `${booth.id} ${lang} page ${page} ${l.key}`).toBeGreaterThan(
              bottomOfButtons - 0.02,
            );
          }
        }
        for (const p of booth.paragraphs) expect(shown.has(p[lang]), `${booth.id} paragraph`).toBe(true);
        expect(shown.has(booth.summary[lang])).toBe(true);
      });
  });

  it('the toolbar fits the comfortable field of view and its captions are legible where it floats', () => {
    for (const lang of LANGS)
      for (const touring of [false, true]) {
        const toolbar = toolbarLayout(lang, true, touring);
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
