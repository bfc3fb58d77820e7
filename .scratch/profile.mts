/**
 * Scratch: a CPU profile of a first visit (CDP Profiler), summarised per long task: for each main-thread
 * task over 100 ms (the page's own PerformanceObserver), the functions with the most self time and the
 * most inclusive time inside it, mapped through the build's source maps when there are any.
 * npx tsx .scratch/profile.mts URL [outfile]
 */
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { launchChromium } from '../scripts/bench/browser.ts';
import { decodeMappings } from '../scripts/bench/sourcemap.ts';

const url = process.argv[2] ?? 'http://127.0.0.1:4254/?lang=zh';
const dist = process.env.DIST ?? 'dist';
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 960, height: 540 }, locale: 'zh-CN', serviceWorkers: 'block' });
await context.addInitScript(() => {
  const tasks: { start: number; duration: number }[] = [];
  (window as any).__lt = tasks;
  new PerformanceObserver((l) => { for (const e of l.getEntries()) tasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });
});
const page = await context.newPage();
const reqs: { url: string; at: number; bytes: Promise<number> }[] = [];
context.on('request', (r) => reqs.push({ url: r.url(), at: Date.now(), bytes: r.response().then(async (res) => Number((await res?.headerValue('content-length')) ?? (await res?.body().catch(() => Buffer.alloc(0)))?.length ?? 0)).catch(() => 0) }));
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
await cdp.send('Profiler.start');
const t0 = Date.now();
await page.goto(url);
await page.waitForSelector('html[data-hall-ready="true"]', { timeout: 590_000, state: 'attached' });
const wall = Date.now() - t0;
await page.waitForTimeout(Number(process.env.AFTER_MS ?? 0));
const pnow = (await page.evaluate('performance.now()')) as number;
const { profile } = (await cdp.send('Profiler.stop')) as any;
const info = await page.evaluate(() => ({ tasks: (window as any).__lt, origin: performance.timeOrigin, marks: performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]), measures: performance.getEntriesByType('measure').map((m) => [m.name, Math.round(m.startTime), Math.round(m.duration)]) }));
const firstFrame = (info.marks as [string, number][]).find(([n]) => n === 'hall:first-frame')?.[1] ?? Infinity;
const navAt = t0;
let before = 0;
for (const r of reqs) {
  const b = await Promise.race([r.bytes, new Promise<number>((d) => setTimeout(() => d(-1), 3000))]);
  const rel = r.at - navAt;
  if (rel < firstFrame) before += Math.max(0, b);
  console.log(`${rel < firstFrame ? 'B' : 'a'} ${String(rel).padStart(6)} ${String(Math.round(b / 1024)).padStart(5)}k ${r.url.replace(/^https?:\/\/[^/]+/, '')}`);
}
console.log('before first frame (approx):', Math.round(before / 1024), 'kB');
await browser.close();
console.log('ready after', wall, 'ms');
console.log('marks', JSON.stringify(info.marks));
console.log('measures', JSON.stringify(info.measures));
if (process.argv[3]) writeFileSync(process.argv[3], JSON.stringify({ profile, info }));

// Source maps
const maps = new Map<string, { lines: ReturnType<typeof decodeMappings>; sources: string[]; raw: any } | null>();
function mapOf(u: string) {
  if (maps.has(u)) return maps.get(u)!;
  const m = /\/(assets\/[^?#]+\.js)/.exec(u);
  const file = m ? `${dist}/${m[1]}.map` : '';
  const v = file && existsSync(file) ? (() => { const raw = JSON.parse(readFileSync(file, 'utf8')); return { lines: decodeMappings(raw.mappings), sources: raw.sources as string[], raw }; })() : null;
  maps.set(u, v);
  return v;
}
function where(cf: any): string {
  const m = mapOf(cf.url);
  let src = cf.url.replace(/^.*\/assets\//, '');
  if (m) {
    const segs = m.lines[cf.lineNumber] ?? [];
    let best: any = null;
    for (const s of segs) if (s.column <= cf.columnNumber) best = s;
    if (best && best.source !== undefined) src = m.sources[best.source].replace(/^.*node_modules\//, 'nm/').replace(/^(\.\.\/)+/, '');
  }
  return `${cf.functionName || '(anon)'} @ ${src}`;
}
const nodes = new Map<number, any>();
for (const n of profile.nodes) nodes.set(n.id, n);
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
// sample timestamps (µs, profile clock). Align: profile.startTime ~ navigation start unknown; use first task heuristics:
let t = profile.startTime;
const times: number[] = [];
for (const d of profile.timeDeltas) { t += d; times.push(t); }
// Align the profile clock to performance.now(): Profiler timestamps are monotonic µs; timeOrigin is epoch ms. We
// approximate: profile time of navigation ≈ first sample of the new page's scripts. Use offset so the first
// sample hitting an 'assets/' url falls at the first long task's start or later.
const firstApp = profile.samples.findIndex((id: number) => /assets\//.test(nodes.get(id).callFrame.url));
const tasks = info.tasks.filter((x: any) => x.duration > 100);
console.log('long tasks >100ms:', tasks.map((x: any) => `${Math.round(x.start)}+${Math.round(x.duration)}`).join(' '));
// Instead of aligning clocks, split the samples into bursts separated by idle gaps and report the bursts > 100 ms.
const idle = new Set(profile.nodes.filter((n: any) => ['(idle)', '(program)', '(garbage collector)'].includes(n.callFrame.functionName) && n.callFrame.functionName === '(idle)').map((n: any) => n.id));
const bursts: { from: number; to: number }[] = [];
let cur: { from: number; to: number } | null = null;
for (let i = 0; i < profile.samples.length; i++) {
  const busy = !idle.has(profile.samples[i]);
  if (busy) { if (!cur || times[i] - cur.to > 5000) { cur = { from: times[i], to: times[i] }; bursts.push(cur); } else cur.to = times[i]; }
}
const offset = profile.endTime - pnow * 1000;
for (const b of tasks.filter((x: any) => x.duration > 150).map((x: any) => ({ from: x.start * 1000 + offset, to: (x.start + x.duration) * 1000 + offset, label: `${Math.round(x.start)}+${Math.round(x.duration)}` }))) {
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    if (times[i] < b.from || times[i] > b.to) continue;
    const dt = (profile.timeDeltas[i + 1] ?? 500) / 1000;
    let id = profile.samples[i];
    const k = where(nodes.get(id).callFrame);
    self.set(k, (self.get(k) ?? 0) + dt);
    const seen = new Set<string>();
    while (id !== undefined) { const w = where(nodes.get(id).callFrame); if (!seen.has(w)) { seen.add(w); incl.set(w, (incl.get(w) ?? 0) + dt); } id = parent.get(id)!; }
  }
  console.log(`\n=== task ${b.label}`);
  console.log(' self:', [...self].sort((a, c) => c[1] - a[1]).slice(0, 12).map(([k, v]) => `\n   ${v.toFixed(0)} ${k}`).join(''));
  console.log(' incl:', [...incl].sort((a, c) => c[1] - a[1]).filter(([k]) => !/^\((root|program)\)/.test(k)).slice(0, 25).map(([k, v]) => `\n   ${v.toFixed(0)} ${k}`).join(''));
}
