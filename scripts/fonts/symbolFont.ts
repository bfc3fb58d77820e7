/**
 * A small font for the characters the hall shows that the simplified-Chinese Noto Sans SC has not got
 * (arrows such as "→" in the curator's "file → path", maths signs): their glyphs are taken from the other
 * Noto Sans SC files of @fontsource (the numbered unicode-range subsets) and written as one font per
 * weight, so no served text falls back to a system font.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import opentype from 'opentype.js';
import subsetFont from 'subset-font';
import { FONT_SOURCE_DIR } from './cutSubsets.ts';

function parse(file: string): opentype.Font | null {
  try {
    return opentype.parse(new Uint8Array(readFileSync(resolve(FONT_SOURCE_DIR, file))).buffer as ArrayBuffer);
  } catch {
    return null; // one @fontsource file uses a compression opentype.js cannot read; the others cover it
  }
}

export interface SymbolFont {
  woff: Buffer;
  /** The characters found (the rest is in no Noto Sans SC file). */
  chars: string;
}

export async function buildSymbolFont(chars: string, weight: 400 | 700): Promise<SymbolFont> {
  const wanted = [...new Set(chars)].map((c) => c.codePointAt(0) as number);
  const glyphs = new Map<number, opentype.Glyph>();
  let metrics: opentype.Font | null = null;
  const files = readdirSync(FONT_SOURCE_DIR).filter((f) =>
    new RegExp(`^noto-sans-sc-\\d+-${weight}-normal\\.woff$`).test(f),
  );
  for (const file of files) {
    if (glyphs.size === wanted.length) break;
    const font = parse(file);
    if (!font) continue;
    for (const code of wanted) {
      const index = font.tables.cmap.glyphIndexMap[code];
      if (index === undefined || glyphs.has(code)) continue;
      const glyph = font.glyphs.get(index);
      const name = `u${code.toString(16)}`;
      glyphs.set(
        code,
        new opentype.Glyph({ name, unicode: code, advanceWidth: glyph.advanceWidth, path: glyph.path }),
      );
      metrics ??= font;
    }
  }
  const notdef = new opentype.Glyph({ name: '.notdef', advanceWidth: 500, path: new opentype.Path() });
  const space = new opentype.Glyph({
    name: 'space',
    unicode: 32,
    advanceWidth: 224,
    path: new opentype.Path(),
  });
  const font = new opentype.Font({
    familyName: 'Hall Symbols',
    styleName: weight === 700 ? 'Bold' : 'Regular',
    unitsPerEm: metrics?.unitsPerEm ?? 1000,
    ascender: metrics?.ascender ?? 1160,
    descender: metrics?.descender ?? -288,
    glyphs: [notdef, space, ...glyphs.values()],
  });
  const found = [...glyphs.keys()].map((c) => String.fromCodePoint(c)).join('');
  const otf = Buffer.from(font.toArrayBuffer());
  const woff = await subsetFont(otf, found + ' ', { targetFormat: 'woff' });
  return { woff, chars: found };
}
