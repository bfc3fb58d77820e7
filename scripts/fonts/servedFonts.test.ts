import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Exhibition } from '../../src/content/schema.ts';
import { collectText } from '../../src/content/collectText.ts';
import { allUiStrings } from '../../src/i18n/strings.ts';
import { cutSubsets, fontCoverage, fullFont, type Subsets } from './cutSubsets.ts';
import { servedText, sourceLiterals, sourceText } from './servedText.ts';

const exhibition = Exhibition.parse(JSON.parse(readFileSync('public/content/exhibition.json', 'utf8')));

/** The characters of `text` that neither the subset nor the symbol font of that weight can draw. */
function undrawable(text: string, subset: Set<number>, symbols: Set<number>): string[] {
  return [...new Set(text)].filter((c) => {
    const code = c.codePointAt(0) as number;
    return c.trim() !== '' && !subset.has(code) && !symbols.has(code);
  });
}

describe('the served fonts (cut exactly as npm run build cuts them)', () => {
  let subsets: Subsets;
  const weights = () => ({
    regular: [fontCoverage(subsets.regular), fontCoverage(subsets.symbolsRegular)] as const,
    bold: [fontCoverage(subsets.bold), fontCoverage(subsets.symbolsBold)] as const,
  });

  it('cuts both weights from the content and every UI string', { timeout: 60_000 }, async () => {
    subsets = await cutSubsets(servedText(exhibition, '.'));
    expect(subsets.missing).toEqual([]);
  });

  it('draws every UI string, in both languages, in regular and in bold', () => {
    const ui = [...allUiStrings(), ...sourceText('.')];
    for (const [weight, [subset, symbols]] of Object.entries(weights()))
      for (const text of ui)
        expect({ weight, text, missing: undrawable(text, subset, symbols) }).toEqual({
          weight,
          text,
          missing: [],
        });
  });

  it('draws the kiosk call to action and the Chinese error heading in bold (they lost characters before)', () => {
    const [bold, symbols] = weights().bold;
    expect(undrawable('触摸开始参观 · Touch to explore', bold, symbols)).toEqual([]);
    expect(undrawable('展览暂时无法打开', bold, symbols)).toEqual([]);
    expect(undrawable('file → path', bold, symbols)).toEqual([]);
  });

  it('draws every text of the exhibition in regular and in bold', () => {
    const content = collectText(exhibition).join('');
    for (const [weight, [subset, symbols]] of Object.entries(weights()))
      expect({ weight, missing: undrawable(content, subset, symbols) }).toEqual({ weight, missing: [] });
  });
});

describe('the source text the subsets are cut from', () => {
  it('reads string literals, template parts and JSX text, not comments', () => {
    const code =
      "// 注释\nconst a = '上一页';\nconst b = `平滑：${x ? '开' : '关'}`;\nconst c = <p>触摸 {a}</p>;";
    expect(sourceLiterals(code).join('|')).toBe('上一页|平滑：|开|关|触摸 ');
  });
});

describe('the DOM fallback face', () => {
  it('claims every character of the full font the hall serves', () => {
    const css = readFileSync('src/ui/styles.css', 'utf8');
    const face = /font-family: 'Hall Sans Fallback';[^}]*unicode-range: ([^;]+);/.exec(css);
    expect(face).not.toBeNull();
    const ranges = face![1]!.split(',').map((r) =>
      r
        .trim()
        .slice(2)
        .split('-')
        .map((h) => parseInt(h, 16)),
    );
    const outside = [...fontCoverage(fullFont(400))].filter(
      (code) => !ranges.some(([lo, hi]) => code >= lo! && code <= (hi ?? lo)!),
    );
    expect(outside).toEqual([]);
    expect(css).toMatch(/--font:\s*'Hall Sans', 'Hall Symbols', 'Hall Sans Fallback',/);
  });
});
