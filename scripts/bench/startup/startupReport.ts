/** The start-up leg's Markdown: hall beside floor, the gap, the longest tasks, the budget lines. */
import type { FirstVisitProbe } from './firstVisitProbe.ts';
import type { LighthouseResult } from './lighthouse.ts';
import type { PageStartup, StartupResults } from './startupTypes.ts';

type Row = [string, (p: PageStartup) => number | null, (v: number) => string];

const lh = (p: PageStartup, preset: 'mobile' | 'desktop'): LighthouseResult | null =>
  'error' in p[preset] ? null : (p[preset] as LighthouseResult);
const probe = (p: PageStartup): FirstVisitProbe | null => ('error' in p.probe ? null : p.probe);

const score = (v: number) => v.toFixed(2);
const ms = (v: number) => `${Math.round(v).toLocaleString('en-US')} ms`;
const kb = (v: number) => `${(v / 1000).toFixed(1)} kB`;
const count = (v: number) => String(v);

const ROWS: Row[] = [];
for (const preset of ['mobile', 'desktop'] as const)
  ROWS.push(
    [`Lighthouse ${preset}: performance`, (p) => lh(p, preset)?.scores.performance ?? null, score],
    [`Lighthouse ${preset}: accessibility`, (p) => lh(p, preset)?.scores.accessibility ?? null, score],
    [`Lighthouse ${preset}: best practices`, (p) => lh(p, preset)?.scores.bestPractices ?? null, score],
    [`Lighthouse ${preset}: FCP`, (p) => lh(p, preset)?.fcpMs ?? null, ms],
    [`Lighthouse ${preset}: LCP`, (p) => lh(p, preset)?.lcpMs ?? null, ms],
    [`Lighthouse ${preset}: TBT`, (p) => lh(p, preset)?.tbtMs ?? null, ms],
    [`Lighthouse ${preset}: longest task`, (p) => lh(p, preset)?.longTasks[0]?.durationMs ?? null, ms],
  );
ROWS.push(
  ['In page: long tasks until all text ready', (p) => probe(p)?.longTasks.count ?? null, count],
  ['In page: longest task', (p) => probe(p)?.longTasks.longestMs ?? null, ms],
  [
    'In page: longest task after the loading screen',
    (p) => probe(p)?.longTasks.longestAfterLoadingScreenMs ?? null,
    ms,
  ],
  ['In page: Σ over 50 ms', (p) => probe(p)?.longTasks.blockingMs ?? null, ms],
  ['In page: first hall frame', (p) => probe(p)?.marks['hall:first-frame'] ?? null, ms],
  ['In page: all text ready', (p) => probe(p)?.marks['hall:ready'] ?? null, ms],
  ['In page: service worker registered', (p) => probe(p)?.serviceWorkerRegisteredMs ?? null, ms],
  ['Bytes before the first hall frame: page', (p) => probe(p)?.page.beforeFirstFrame ?? null, kb],
  [
    'Bytes before the first hall frame: service worker',
    (p) => probe(p)?.serviceWorker.beforeFirstFrame ?? null,
    kb,
  ],
  ['  of which JavaScript', (p) => probe(p)?.page.beforeFirstFrameByKind.js ?? null, kb],
  ['  of which fonts', (p) => probe(p)?.page.beforeFirstFrameByKind.font ?? null, kb],
  ['  of which content and other JSON', (p) => probe(p)?.page.beforeFirstFrameByKind.content ?? null, kb],
  ['Bytes of the first visit: page', (p) => probe(p)?.page.total ?? null, kb],
  ['Bytes of the first visit: service worker', (p) => probe(p)?.serviceWorker.total ?? null, kb],
);

function longTaskLines(p: PageStartup): string[] {
  return (['mobile', 'desktop'] as const).flatMap((preset) => {
    const result = p[preset];
    if ('error' in result)
      return [`- ${p.name}, ${preset}: Lighthouse failed: ${result.error.split('\n')[0]}`];
    const tasks = result.longTasks
      .map((t) => `${ms(t.durationMs)} (${t.url.replace(/^https?:\/\/[^/]+\//, '') || 'unattributable'})`)
      .join(', ');
    const failed = result.failedAudits.length ? `; below 1: ${result.failedAudits.join(', ')}` : '';
    return [`- ${p.name}, ${preset}: ${tasks || 'no long task'}${failed}`];
  });
}

export function startupMarkdown(results: StartupResults): string {
  const cell = (row: Row, p: PageStartup) => {
    const value = row[1](p);
    return value === null ? '–' : row[2](value);
  };
  const table = [
    '| Figure | Hall | Floor (bare WebGL page) |',
    '| --- | ---: | ---: |',
    ...ROWS.map((row) => `| ${row[0]} | ${cell(row, results.hall)} | ${cell(row, results.floor)} |`),
  ];
  const load = (l: number[]) => l.map((v) => v.toFixed(2)).join(' / ');
  return [
    `# Start-up (issue #11)`,
    '',
    `Measured by \`npm run bench -- --only lighthouse\` on ${results.date.slice(0, 10)}: Lighthouse 12.8 (CLI, ` +
      `simulated throttling of its presets) and Playwright, Chromium ${results.chromium}, SwiftShader WebGL; ` +
      `the built hall and the floor page (\`scripts/bench/startup/floor/\`) served gzipped on 127.0.0.1 in the ` +
      `same run. Load average (1/5/15 min) at start ${load(results.load.start)}, at end ${load(results.load.end)}.`,
    '',
    ...table,
    '',
    'Longest tasks (Lighthouse):',
    '',
    ...longTaskLines(results.hall),
    ...longTaskLines(results.floor),
    '',
    'Budgets (against the floor of the same run):',
    '',
    ...results.budgets.map((b) => `- ${b.line}`),
    '',
  ].join('\n');
}
