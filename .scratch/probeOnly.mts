/**
 * Scratch: the start-up leg's in-page first visit alone, merged into bench/startup.json (Lighthouse kept),
 * with a longer wait for the 3D text (a machine shared by five engineers, load average 20–30).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { format as prettier, resolveConfig } from 'prettier';
import { ROUTE_TIMING } from '../scripts/bench/config.ts';
import { launchChromium } from '../scripts/bench/browser.ts';
import { probeFirstVisit } from '../scripts/bench/startup/firstVisitProbe.ts';
import { serveGzipped } from '../scripts/bench/startup/gzipServer.ts';
import { startupBudgets, type StartupFigures } from '../scripts/bench/startup/startupBudgets.ts';
import { startupMarkdown } from '../scripts/bench/startup/startupReport.ts';
import type { PageStartup, StartupResults } from '../scripts/bench/startup/startupTypes.ts';

(ROUTE_TIMING as { readyTimeoutMs: number }).readyTimeoutMs = 480_000;
const results = JSON.parse(readFileSync('bench/startup.json', 'utf8')) as StartupResults;
const hall = await serveGzipped('dist', 4254);
const floor = await serveGzipped(resolve('scripts/bench/startup/floor'), 4255);
const browser = await launchChromium();
const loadStart = loadavg();
try {
  for (const [name, url] of [['floor', floor.url], ['hall', `${hall.url}?lang=zh`]] as const) {
    console.log('probe', name);
    results[name].probe = await probeFirstVisit(browser, url, { serviceWorker: name === 'hall' }, console.log).catch((e: unknown) => ({ error: String(e) }));
  }
} finally {
  await browser.close();
  await hall.close();
  await floor.close();
}
function figures(p: PageStartup): StartupFigures {
  const lh = (preset: 'mobile' | 'desktop') => ('error' in p[preset] ? null : (p[preset] as Exclude<PageStartup['mobile'], { error: string }>));
  const probe = 'error' in p.probe ? null : p.probe;
  return {
    mobilePerformance: lh('mobile')?.scores.performance ?? null,
    desktopPerformance: lh('desktop')?.scores.performance ?? null,
    mobileTbtMs: lh('mobile')?.tbtMs ?? null,
    longestTaskAfterLoadingMs: probe?.longTasks.longestAfterLoadingScreenMs ?? null,
    bytesBeforeFirstFrame: probe ? probe.page.beforeFirstFrame + probe.serviceWorker.beforeFirstFrame : null,
    accessibility: { mobile: lh('mobile')?.scores.accessibility ?? null, desktop: lh('desktop')?.scores.accessibility ?? null },
    bestPractices: { mobile: lh('mobile')?.scores.bestPractices ?? null, desktop: lh('desktop')?.scores.bestPractices ?? null },
  };
}
results.budgets = startupBudgets(figures(results.hall), figures(results.floor));
results.load = { start: results.load.start, end: loadavg() };
console.log('probe load at start', loadStart);
const style = (await resolveConfig('bench/startup.md')) ?? {};
writeFileSync('bench/startup.json', await prettier(JSON.stringify(results), { ...style, parser: 'json' }));
writeFileSync('bench/startup.md', await prettier(startupMarkdown(results), { ...style, parser: 'markdown' }));
for (const b of results.budgets) console.log(b.verdict, b.line);
