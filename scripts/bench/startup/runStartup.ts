/**
 * The start-up leg of `npm run bench` (issue #11): Lighthouse mobile and desktop, then an in-page first
 * visit, on the built hall and on the floor page, served gzipped on 127.0.0.1 in the same run. The floor
 * and the hall take turns, so that a change of load on the machine falls on both.
 */
import { writeFileSync } from 'node:fs';
import { format as prettier, resolveConfig } from 'prettier';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from '../browser.ts';
import { LANG, OUT_DIR } from '../config.ts';
import { probeFirstVisit } from './firstVisitProbe.ts';
import { serveGzipped } from './gzipServer.ts';
import { runLighthouse, type LighthouseResult, type Preset } from './lighthouse.ts';
import { startupBudgets, type StartupFigures } from './startupBudgets.ts';
import { startupMarkdown } from './startupReport.ts';
import type { PageStartup, StartupResults } from './startupTypes.ts';

const FLOOR_DIR = resolve(import.meta.dirname, 'floor');

/** `BENCH_PORT=N`: the hall on N, the floor on N+1 (default: any free ports). */
const basePort = Number(process.env.BENCH_PORT ?? 0);

const attempt = <T>(work: Promise<T>) =>
  work.catch((error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }));

function figures(p: PageStartup): StartupFigures {
  const lh = (preset: Preset) => ('error' in p[preset] ? null : (p[preset] as LighthouseResult));
  const probe = 'error' in p.probe ? null : p.probe;
  return {
    mobilePerformance: lh('mobile')?.scores.performance ?? null,
    desktopPerformance: lh('desktop')?.scores.performance ?? null,
    mobileTbtMs: lh('mobile')?.tbtMs ?? null,
    longestTaskAfterLoadingMs: probe?.longTasks.longestAfterLoadingScreenMs ?? null,
    longestTaskMs: probe?.longTasks.longestMs ?? null,
    bytesBeforeFirstFrame: probe ? probe.page.beforeFirstFrame + probe.serviceWorker.beforeFirstFrame : null,
    accessibility: {
      mobile: lh('mobile')?.scores.accessibility ?? null,
      desktop: lh('desktop')?.scores.accessibility ?? null,
    },
    bestPractices: {
      mobile: lh('mobile')?.scores.bestPractices ?? null,
      desktop: lh('desktop')?.scores.bestPractices ?? null,
    },
  };
}

export async function runStartup(
  distDir: string,
  log: (message: string) => void,
  options: { lighthouse?: boolean } = {},
): Promise<StartupResults> {
  const start = loadavg();
  const hallServer = await serveGzipped(distDir, basePort);
  const floorServer = await serveGzipped(FLOOR_DIR, basePort ? basePort + 1 : 0);
  const pages: Record<'hall' | 'floor', PageStartup> = {
    hall: {
      name: 'hall',
      url: `${hallServer.url}?lang=${LANG}`,
      mobile: { error: 'not run' },
      desktop: { error: 'not run' },
      probe: { error: 'not run' },
    },
    floor: {
      name: 'floor',
      url: floorServer.url,
      mobile: { error: 'not run' },
      desktop: { error: 'not run' },
      probe: { error: 'not run' },
    },
  };
  let chromium = '';
  try {
    for (const preset of options.lighthouse === false ? [] : (['mobile', 'desktop'] as const))
      for (const name of ['floor', 'hall'] as const) {
        log(`startup: Lighthouse ${preset} on the ${name} (${pages[name].url})`);
        const result = await attempt(runLighthouse(pages[name].url, preset));
        pages[name][preset] = result;
        log(
          'error' in result
            ? `  failed: ${result.error.split('\n')[0]}`
            : `  performance ${result.scores.performance}, TBT ${Math.round(result.tbtMs ?? 0)} ms, LCP ${Math.round(result.lcpMs ?? 0)} ms`,
        );
      }
    const browser = await launchChromium();
    chromium = browser.version();
    try {
      for (const name of ['floor', 'hall'] as const) {
        log(`startup: in-page first visit of the ${name}`);
        pages[name].probe = await attempt(
          probeFirstVisit(browser, pages[name].url, { serviceWorker: name === 'hall' }, (m) => log(`  ${m}`)),
        );
      }
    } finally {
      await browser.close();
    }
  } finally {
    await hallServer.close();
    await floorServer.close();
  }
  const results: StartupResults = {
    date: new Date().toISOString(),
    load: { start, end: loadavg() },
    chromium,
    hall: pages.hall,
    floor: pages.floor,
    budgets: startupBudgets(figures(pages.hall), figures(pages.floor)),
  };
  const mdPath = join(OUT_DIR, 'startup.md');
  const style = (await resolveConfig(mdPath)) ?? {};
  writeFileSync(
    join(OUT_DIR, 'startup.json'),
    await prettier(JSON.stringify(results), { ...style, parser: 'json' }),
  );
  const markdown = await prettier(startupMarkdown(results), { ...style, parser: 'markdown' });
  writeFileSync(mdPath, markdown);
  return results;
}
