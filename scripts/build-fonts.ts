/**
 * Cuts the fonts the hall serves itself (nothing comes from a CDN):
 *  - hall-regular.woff: every character of the bundled content and the UI (3D text and DOM);
 *  - hall-bold.woff: the characters of the bold 3D text (titles, headings, figures);
 *  - fallback-regular.woff: the whole Noto Sans SC simplified-Chinese font, fetched only when a swapped
 *    exhibition JSON uses a character outside the subset;
 *  - manifest.json: the characters each file covers, so the app can route text before typesetting it.
 * Source: @fontsource/noto-sans-sc (SIL Open Font License). troika reads WOFF, not WOFF2.
 */
import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import subsetFont from 'subset-font';
import opentype from 'opentype.js';
import { Exhibition } from '../src/content/schema.ts';
import { computeHallLayout } from '../src/layout/computeHallLayout.ts';
import { sceneCharacters } from '../src/text/computeLabels.ts';
import { allUiStrings } from '../src/i18n/strings.ts';
import { collectText } from '../src/content/collectText.ts';

const require = createRequire(import.meta.url);
const fontDir = resolve(dirname(require.resolve('@fontsource/noto-sans-sc/package.json')), 'files');
const source = (weight: number) =>
  readFileSync(resolve(fontDir, `noto-sans-sc-chinese-simplified-${weight}-normal.woff`));
const contentFile = resolve(process.argv[2] ?? 'public/content/exhibition.json');
const outDir = resolve('public/fonts');

/** Always available: printable ASCII, common punctuation and the placeholder for unknown characters. */
const BASE =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~' +
  '〓·—–…“”‘’、。，：；！？（）《》「」【】×±°~';

function coverage(buffer: Buffer): Set<number> {
  const ab = new Uint8Array(buffer).buffer as ArrayBuffer;
  const font = opentype.parse(ab);
  return new Set(Object.keys(font.tables.cmap.glyphIndexMap).map(Number));
}

function onlyCovered(chars: Iterable<string>, covered: Set<number>): string {
  return [...new Set(chars)]
    .filter((c) => covered.has(c.codePointAt(0) as number))
    .sort()
    .join('');
}

const exhibition = Exhibition.parse(JSON.parse(readFileSync(contentFile, 'utf8')));
const layout = computeHallLayout(exhibition.booths);
const scene = sceneCharacters(exhibition, layout);
const allText = [...collectText(exhibition), ...allUiStrings(), BASE].join('');

const regularSource = source(400);
const boldSource = source(700);
const regularCoverage = coverage(regularSource);
const regularChars = onlyCovered(allText, regularCoverage);
const boldChars = onlyCovered(scene.bold + BASE, coverage(boldSource));
const missing = [...new Set(allText)].filter(
  (c) => !regularCoverage.has(c.codePointAt(0) as number) && c.trim(),
);

mkdirSync(outDir, { recursive: true });
const regular = await subsetFont(regularSource, regularChars, { targetFormat: 'woff' });
const bold = await subsetFont(boldSource, boldChars, { targetFormat: 'woff' });
writeFileSync(resolve(outDir, 'hall-regular.woff'), regular);
writeFileSync(resolve(outDir, 'hall-bold.woff'), bold);
copyFileSync(
  resolve(fontDir, 'noto-sans-sc-chinese-simplified-400-normal.woff'),
  resolve(outDir, 'fallback-regular.woff'),
);
writeFileSync(
  resolve(outDir, 'fallback-chars.json'),
  JSON.stringify({ chars: [...regularCoverage].map((c) => String.fromCodePoint(c)).join('') }),
);
writeFileSync(
  resolve(outDir, 'manifest.json'),
  JSON.stringify({
    regular: 'hall-regular.woff',
    bold: 'hall-bold.woff',
    fallback: 'fallback-regular.woff',
    regularChars,
    boldChars,
  }),
);
console.log(
  `fonts: regular ${regularChars.length} chars ${(regular.length / 1024).toFixed(0)} KB, ` +
    `bold ${boldChars.length} chars ${(bold.length / 1024).toFixed(0)} KB` +
    (missing.length ? `; not in Noto Sans SC (shown as 〓): ${missing.join(' ')}` : ''),
);
