import { chromium } from '@playwright/test';
import { serveGzipped } from '/work/wt-startup/scripts/bench/startup/gzipServer.ts';
const server = await serveGzipped('/work/wt-startup/dist', 4184);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--use-angle=swiftshader','--enable-unsafe-swiftshader','--ignore-gpu-blocklist'] });
const page = await browser.newPage();
page.on('console', (m) => console.log('console', m.text()));
await page.goto(server.url + '?lang=en');
await page.waitForSelector('html[data-hall-ready="true"]', { timeout: 120000, state: 'attached' });
console.log('ready');
for (let i = 0; i < 20; i++) {
  console.log(await page.evaluate(async () => [document.documentElement.dataset.swRegister, performance.getEntriesByType('mark').map(m => m.name + '@' + Math.round(m.startTime)).join(' '), (await navigator.serviceWorker.getRegistration())?.active?.state]));
  await page.waitForTimeout(2000);
}
await browser.close(); await server.close();
