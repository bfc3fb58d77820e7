import { chromium } from '@playwright/test';
const args = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--enable-precise-memory-info',
];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args });
const SAMPLER = `window.__bench = { s: [] }; (() => { let last = performance.now(); const f = (t) => { const i = window.__hall ? window.__hall.renderInfo() : null; const p = window.__hall ? window.__hall.pose() : null; window.__bench.s.push([t - last, i && i.calls, i && i.triangles, p && p.x, p && p.z]); last = t; requestAnimationFrame(f); }; requestAnimationFrame(f); })();`;
for (const q of [process.argv[2] ?? '', process.argv[3] ?? '?perf']) {
  const page = await browser.newPage({ viewport: { width: 960, height: 540 } });
  const t0 = Date.now();
  await page.goto('http://127.0.0.1:4390/' + q);
  await page.waitForSelector('html[data-hall-ready="true"]', { timeout: 90000 });
  console.log(
    q,
    'ready in',
    Date.now() - t0,
    await page.evaluate(
      'JSON.stringify(performance.getEntriesByType("mark").filter(m=>m.name.startsWith("hall")).map(m=>[m.name,Math.round(m.startTime)]))',
    ),
  );
  await page.evaluate(SAMPLER);
  await page.waitForTimeout(1500);
  await page.evaluate(`location.hash = '#/booth/virtual-tv-host'`);
  const t1 = Date.now();
  await page.waitForTimeout(8000);
  const s = (await page.evaluate('window.__bench.s')) as number[][];
  console.log('frames', s.length, 'in', Date.now() - t1);
  console.log(s.map((r) => r.map((v) => (typeof v === 'number' ? Math.round(v) : v)).join('/')).join(' '));
  await page.close();
}
await browser.close();
