/** bench/results.json, and bench/results.md: a Markdown section ready for the README's Performance part. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format as prettier, resolveConfig } from 'prettier';
import type { BenchResults, Format } from './results.ts';
import { ROWS } from './results.ts';
import { stripHash } from './sizes.ts';

export function formatCell(value: number | null, format: Format): string {
  if (value === null || !Number.isFinite(value)) return '–';
  if (format === 'bytes')
    return value >= 1_000_000 ? `${(value / 1_000_000).toFixed(2)} MB` : `${(value / 1000).toFixed(1)} kB`;
  if (format === 'ms') return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`;
  return Math.round(value).toLocaleString('en-US');
}

export function ratio(small: number | null, large: number | null): string {
  if (small === null || large === null || small === 0) return '–';
  return `×${(large / small).toFixed(large / small >= 10 ? 1 : 2)}`;
}

function compositionLines(results: BenchResults): string[] {
  const c = results.composition;
  if ('error' in c) return [`Composition analysis failed: ${c.error}`];
  const top = c.packages.slice(0, 12);
  const rest = c.packages.slice(12);
  const rows = top.map(
    (p) =>
      `| ${p.name} | ${formatCell(p.raw, 'bytes')} | ${formatCell(p.gzip, 'bytes')} | ${(p.share * 100).toFixed(1)} % |`,
  );
  if (rest.length)
    rows.push(
      `| ${rest.length} others | ${formatCell(
        rest.reduce((s, p) => s + p.raw, 0),
        'bytes',
      )} | | ${(rest.reduce((s, p) => s + p.share, 0) * 100).toFixed(1)} % |`,
    );
  return [
    `What the start-up JavaScript (${c.chunks.map((ch) => ch.file).join(' + ')}, ${formatCell(c.raw, 'bytes')} minified) is made of, from source maps (gzip per package is an estimate):`,
    '',
    '| Package | Minified | Gzip | Share |',
    '| --- | ---: | ---: | ---: |',
    ...rows,
  ];
}

function resolutionLines(r: BenchResults): string[] {
  const res = r.resolution;
  if ('error' in res) return [`Adaptive resolution leg failed: ${res.error}`];
  const render = res.renderMs.map((x) => `${formatCell(x.ms, 'ms')} at ${x.pixelRatio}`).join(', ');
  const rows = res.walks.map((w) => {
    const seen = w.pixelRatios.length ? `${Math.max(...w.pixelRatios)} → ${Math.min(...w.pixelRatios)}` : '–';
    return `| ${w.mode} | ${w.frames.frames} | ${formatCell(w.frames.frameMsMedian, 'ms')} | ${formatCell(w.frames.frameMsP95, 'ms')} | ${w.metres.toFixed(1)} m | ${seen} | ${w.pixelRatioAtRest} |`;
  });
  return [
    `Adaptive resolution (19 booths, device pixel ratio ${res.devicePixelRatio}, a 12 s walk forward from the entrance, ` +
      `\`?lang=en\`). Drawing the entrance view takes ${render} (each render waited for; SwiftShader, relative).`,
    '',
    '| Pixel ratio | Frames | Frame time median ¹ | p95 ¹ | Walked | Pixel ratio while walking | At rest |',
    '| --- | ---: | ---: | ---: | ---: | :-: | :-: |',
    ...rows,
  ];
}

/** The figures, the budgets and the resolution leg: what the README's Performance section shows. */
export function summaryMarkdown(r: BenchResults): string[] {
  const m = r.machine;
  const table = ROWS.map((row) => {
    const a = row.pick(r.small);
    const b = row.pick(r.large);
    return `| ${row.label} | ${formatCell(a, row.format)} | ${formatCell(b, row.format)} | ${ratio(a, b)} |`;
  });
  return [
    `Measured with \`npm run bench\` on ${r.date.slice(0, 10)}: ${m.cpu}, ${m.cores} cores, Chromium ${m.chromium} ` +
      `(WebGL: ${m.renderer}), viewport ${r.viewport.width}×${r.viewport.height}, \`?lang=${r.lang}\`. ` +
      `The 200-booth hall is generated from the 19 real booths (same texts, new ids).`,
    '',
    `| Figure | ${r.small.booths} booths | ${r.large.booths} booths | ${r.large.booths} / ${r.small.booths} |`,
    '| --- | ---: | ---: | ---: |',
    ...table,
    '',
    '¹ Frame times come from SwiftShader, a software WebGL on the CPU: they are relative figures, to compare ' +
      'between runs on the same machine, never with a GPU.',
    '',
    'Budgets:',
    '',
    ...r.budgets.map((b) => `- ${b.line}`),
    '',
    ...resolutionLines(r),
  ];
}

export function toMarkdown(r: BenchResults): string {
  const chunks = r.chunks.map(
    (c) =>
      `| ${stripHash(c.file)} | ${formatCell(c.raw, 'bytes')} | ${formatCell(c.gzip, 'bytes')} | ${c.initial ? 'yes' : ''} |`,
  );
  return [
    '### Performance',
    '',
    ...summaryMarkdown(r),
    '',
    'Built chunks (`dist/assets`, gzip at level 9):',
    '',
    '| Chunk | Size | Gzip | Loaded at start |',
    '| --- | ---: | ---: | :-: |',
    ...chunks,
    '',
    ...compositionLines(r),
    '',
    ...r.notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
}

export const README_START = '<!-- bench:start (written by npm run bench) -->';
export const README_END = '<!-- bench:end -->';

/** `readme` with the text between the bench markers replaced by `section` (unchanged without markers). */
export function replaceBenchSection(readme: string, section: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) return readme;
  return `${readme.slice(0, start + README_START.length)}\n\n${section.trim()}\n\n${readme.slice(end)}`;
}

export async function writeResults(dir: string, results: BenchResults): Promise<string> {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const file = join(dir, 'results.md');
  const options = (await resolveConfig(file)) ?? {};
  const markdown = await prettier(toMarkdown(results), { ...options, parser: 'markdown' });
  writeFileSync(file, markdown);
  const readmePath = join(dir, '..', 'README.md');
  if (existsSync(readmePath)) {
    const summary = await prettier(summaryMarkdown(results).join('\n'), { ...options, parser: 'markdown' });
    writeFileSync(readmePath, replaceBenchSection(readFileSync(readmePath, 'utf8'), summary));
  }
  return markdown;
}
