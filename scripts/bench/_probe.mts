import { chromium } from '@playwright/test';
const args = ['--no-sandbox','--use-angle=swiftshader','--enable-unsafe-swiftshader','--ignore-gpu-blocklist','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run','--disable-quic','--enable-precise-memory-info'];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args });
for (const q of ['', '?perf']) {
  const page = await browser.newPage({ viewport: { width: 960, height: 540 } });
  page.on('console', (m) => { if (!m.text().includes('GPOS')) console.log('console', m.text(), JSON.stringify(m.location())); });
  page.on('response', (r) => { if (r.status() >= 400) console.log('HTTP', r.status(), r.url()); });
  const t0 = Date.now();
  await page.goto('http://127.0.0.1:4390/' + q);
  await page.waitForSelector('html[data-hall-ready="true"]', { timeout: 60000 });
  console.log(q, 'ready in', Date.now() - t0);
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]));
  console.log(marks);
  for (let i = 0; i < 3; i++) {
    await page.waitForTimeout(1000);
    console.log(await page.evaluate(() => window.__hall!.renderInfo()));
  }
  const fr = await page.evaluate(`new Promise((res) => { const d = []; let last = performance.now(); const f = (t) => { d.push(t - last); last = t; if (d.length < 60) requestAnimationFrame(f); else res(d); }; requestAnimationFrame(f); })`) as number[];
  console.log('rAF deltas', fr.map(Math.round).join(','));
  await page.close();
}
await browser.close();
