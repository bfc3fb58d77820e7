/**
 * Cuts the fonts the hall serves itself (nothing comes from a CDN):
 *  - hall-regular.woff and hall-bold.woff: every character of the bundled content and of the UI in all
 *    languages (3D text and DOM), in both weights;
 *  - hall-symbols-regular.woff and hall-symbols-bold.woff: the few UI characters the simplified-Chinese
 *    font has not got (arrows), taken from the other Noto Sans SC files (scripts/fonts/symbolFont.ts);
 *  - fallback-regular.woff: the whole Noto Sans SC simplified-Chinese font, fetched only when a swapped
 *    exhibition JSON uses a character outside the subsets (3D text through the font router, the DOM through
 *    the `Hall Sans Fallback` face in src/ui/styles.css);
 *  - manifest.json: the characters each file covers, so the app can route text before typesetting it.
 */
import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Exhibition } from '../src/content/schema.ts';
import { cutSubsets, fontCoverage, fullFont, FONT_SOURCE_DIR } from './fonts/cutSubsets.ts';
import { servedText } from './fonts/servedText.ts';

const contentFile = resolve(process.argv[2] ?? 'public/content/exhibition.json');
const outDir = resolve('public/fonts');

const exhibition = Exhibition.parse(JSON.parse(readFileSync(contentFile, 'utf8')));
const { regular, bold, regularChars, boldChars, symbolsRegular, symbolsBold, symbolChars, missing } =
  await cutSubsets(servedText(exhibition, resolve('.')));

mkdirSync(outDir, { recursive: true });
writeFileSync(resolve(outDir, 'hall-regular.woff'), regular);
writeFileSync(resolve(outDir, 'hall-bold.woff'), bold);
writeFileSync(resolve(outDir, 'hall-symbols-regular.woff'), symbolsRegular);
writeFileSync(resolve(outDir, 'hall-symbols-bold.woff'), symbolsBold);
copyFileSync(
  resolve(FONT_SOURCE_DIR, 'noto-sans-sc-chinese-simplified-400-normal.woff'),
  resolve(outDir, 'fallback-regular.woff'),
);
writeFileSync(
  resolve(outDir, 'fallback-chars.json'),
  JSON.stringify({
    chars: [...fontCoverage(fullFont(400))].map((c) => String.fromCodePoint(c)).join(''),
  }),
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
    `bold ${boldChars.length} chars ${(bold.length / 1024).toFixed(0)} KB, symbols ${symbolChars}` +
    (missing.length ? `; not in Noto Sans SC (shown as 〓 in 3D): ${missing.join(' ')}` : ''),
);
