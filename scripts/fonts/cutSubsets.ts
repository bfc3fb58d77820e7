/**
 * Cuts the regular and the bold subset of Noto Sans SC (@fontsource/noto-sans-sc, SIL Open Font License)
 * from one text, so both weights cover exactly the same characters. troika reads WOFF, not WOFF2.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import subsetFont from 'subset-font';
import opentype from 'opentype.js';
import { buildSymbolFont } from './symbolFont.ts';

const require = createRequire(import.meta.url);
export const FONT_SOURCE_DIR = resolve(
  dirname(require.resolve('@fontsource/noto-sans-sc/package.json')),
  'files',
);

/** The full simplified-Chinese Noto Sans SC of one weight, as shipped (WOFF). */
export function fullFont(weight: 400 | 700): Buffer {
  return readFileSync(resolve(FONT_SOURCE_DIR, `noto-sans-sc-chinese-simplified-${weight}-normal.woff`));
}

/** The code points a font file maps to a glyph. */
export function fontCoverage(buffer: Buffer): Set<number> {
  const font = opentype.parse(new Uint8Array(buffer).buffer as ArrayBuffer);
  return new Set(Object.keys(font.tables.cmap.glyphIndexMap).map(Number));
}

function onlyCovered(chars: Iterable<string>, covered: Set<number>): string {
  return [...new Set(chars)]
    .filter((c) => covered.has(c.codePointAt(0) as number))
    .sort()
    .join('');
}

export interface Subsets {
  regular: Buffer;
  bold: Buffer;
  regularChars: string;
  boldChars: string;
  /** The characters the simplified-Chinese font has not got, in a font per weight of their own. */
  symbolsRegular: Buffer;
  symbolsBold: Buffer;
  symbolChars: string;
  /** Printable characters of the text that no Noto Sans SC file has (shown as the placeholder in 3D). */
  missing: string[];
}

export async function cutSubsets(text: string): Promise<Subsets> {
  const regularSource = fullFont(400);
  const boldSource = fullFont(700);
  const regularCoverage = fontCoverage(regularSource);
  const regularChars = onlyCovered(text, regularCoverage);
  const boldChars = onlyCovered(text, fontCoverage(boldSource));
  const outside = [...new Set(text)]
    .filter((c) => !regularCoverage.has(c.codePointAt(0) as number) && c.trim())
    .join('');
  const [regular, bold, symbolsRegular, symbolsBold] = await Promise.all([
    subsetFont(regularSource, regularChars, { targetFormat: 'woff' }),
    subsetFont(boldSource, boldChars, { targetFormat: 'woff' }),
    buildSymbolFont(outside, 400),
    buildSymbolFont(outside, 700),
  ]);
  const symbolChars = [...symbolsRegular.chars].filter((c) => symbolsBold.chars.includes(c)).join('');
  const missing = [...outside].filter((c) => !symbolChars.includes(c));
  return {
    regular,
    bold,
    regularChars,
    boldChars,
    symbolsRegular: symbolsRegular.woff,
    symbolsBold: symbolsBold.woff,
    symbolChars,
    missing,
  };
}
