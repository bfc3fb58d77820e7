/**
 * Lighthouse (the npm package's CLI, Debian's Chromium with SwiftShader WebGL) on one URL with the mobile
 * or desktop preset: category scores, FCP, LCP, TBT and the longest main-thread tasks.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { CHROMIUM_PATH, ROOT } from '../config.ts';

export type Preset = 'mobile' | 'desktop';

/** The flags of the issue: new headless, WebGL through ANGLE on SwiftShader. */
export const LIGHTHOUSE_CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export interface LongTask {
  url: string;
  startMs: number;
  durationMs: number;
}

export interface LighthouseResult {
  preset: Preset;
  scores: { performance: number | null; accessibility: number | null; bestPractices: number | null };
  fcpMs: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  /** The longest main-thread tasks, longest first (Lighthouse's "long-tasks" audit). */
  longTasks: LongTask[];
  /** Failed or not-applicable audits of accessibility and best practices (what keeps them below 1). */
  failedAudits: string[];
}

interface Audit {
  id: string;
  score: number | null;
  scoreDisplayMode?: string;
  numericValue?: number;
  details?: { items?: Record<string, unknown>[] };
}
interface Report {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
  runtimeError?: { message: string };
}

/** The figures the bench reports, from Lighthouse's JSON report. */
export function summarize(report: Report, preset: Preset): LighthouseResult {
  const num = (id: string) => report.audits[id]?.numericValue ?? null;
  const score = (id: string) => report.categories[id]?.score ?? null;
  const longTasks = (report.audits['long-tasks']?.details?.items ?? [])
    .map((item) => ({
      url: String(item.url ?? ''),
      startMs: Number(item.startTime ?? 0),
      durationMs: Number(item.duration ?? 0),
    }))
    .sort((a, b) => b.durationMs - a.durationMs)
    .slice(0, 5);
  const failedAudits = ['accessibility', 'best-practices'].flatMap((category) =>
    (report.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => report.audits[ref.id])
      .filter((audit): audit is Audit => audit !== undefined && audit.score !== null && audit.score < 1)
      .map((audit) => `${category}: ${audit.id}`),
  );
  return {
    preset,
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
    },
    fcpMs: num('first-contentful-paint'),
    lcpMs: num('largest-contentful-paint'),
    tbtMs: num('total-blocking-time'),
    longTasks,
    failedAudits,
  };
}

/** Run Lighthouse once; rejects with Lighthouse's own message when the run fails. */
export function runLighthouse(url: string, preset: Preset): Promise<LighthouseResult> {
  const args = [
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    '--only-categories=performance,accessibility,best-practices',
    `--chrome-flags=${LIGHTHOUSE_CHROME_FLAGS.join(' ')}`,
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const bin = resolve(ROOT, 'node_modules/.bin/lighthouse');
  return new Promise((done, fail) => {
    const child = spawn(bin, args, {
      cwd: ROOT,
      env: { ...process.env, CHROME_PATH: CHROMIUM_PATH },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      try {
        const report = JSON.parse(stdout) as Report;
        if (report.runtimeError) throw new Error(report.runtimeError.message);
        done(summarize(report, preset));
      } catch (error) {
        fail(
          new Error(`lighthouse (${preset}) failed, exit ${code}: ${String(error)}\n${stderr.slice(-800)}`),
        );
      }
    });
  });
}
