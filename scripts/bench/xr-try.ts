import { launchChromium } from './browser.ts';
import { DIST } from './config.ts';
import { snapshot, startPreview } from './serve.ts';
import { runXR, XR_CHROMIUM_ARGS } from './xr.ts';
const t0 = Date.now();
const server = await startPreview(snapshot(DIST));
const browser = await launchChromium(XR_CHROMIUM_ARGS);
try {
  const r = await runXR(browser, server.url, 'en', (m) => console.log(((Date.now() - t0) / 1000).toFixed(1), m));
  console.log(JSON.stringify(r, null, 1));
} finally {
  await browser.close();
  server.stop();
}
console.log('total', (Date.now() - t0) / 1000);
