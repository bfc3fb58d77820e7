/**
 * Which characters the hall can show: those of the full font it serves (Noto Sans SC, simplified-Chinese
 * build, which also has Latin, digits and common punctuation; `scripts/build-fonts.ts` cuts the subsets
 * from it and serves it whole as the fallback). A character outside it shows as a white box in 3D and a
 * blank in the panels, so `content:check` warns for each one, with its JSON path.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import opentype from 'opentype.js';
import type { ContentIssue } from '../src/content/issues.ts';
import { formatPath } from '../src/content/issues.ts';

const require = createRequire(import.meta.url);

export const SERVED_FONT_FILE = resolve(
  dirname(require.resolve('@fontsource/noto-sans-sc/package.json')),
  'files/noto-sans-sc-chinese-simplified-400-normal.woff',
);

/** The code points the served full font has a glyph for. */
export function servedCodePoints(file = SERVED_FONT_FILE): Set<number> {
  const font = opentype.parse(new Uint8Array(readFileSync(file)).buffer as ArrayBuffer);
  return new Set(Object.keys(font.tables.cmap.glyphIndexMap).map(Number));
}

const describe = (c: string) =>
  `"${c}" (U+${(c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')})`;

/** One warning per text (JSON path) that has characters no served font can draw, naming each. */
export function fontWarnings(file: string, data: unknown, covered: Set<number>): ContentIssue[] {
  const out: ContentIssue[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      if (path[0] === '$schema') return;
      const missing = [...new Set(value)].filter(
        (c) => c.trim() !== '' && !covered.has(c.codePointAt(0) as number),
      );
      if (missing.length)
        out.push({
          file,
          path: formatPath(path),
          message: `no served font has ${missing.map(describe).join(', ')}: it would show as a box or a blank`,
        });
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === 'object')
      for (const [key, v] of Object.entries(value)) walk(v, [...path, key]);
  };
  walk(data, []);
  return out;
}
