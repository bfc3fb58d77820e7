import { defineConfig } from '@playwright/test';
import { SWIFTSHADER_ARGS } from './scripts/chromiumArgs.ts';

/**
 * End-to-end tests in Debian's Chromium (no browser download), WebGL through SwiftShader, against the
 * production build served by `vite preview` on 127.0.0.1. One worker: CI has two cores.
 */
const PORT = Number(process.env.E2E_PORT ?? 4173);
/** The tour server (static hall + Colyseus) for e2e/tour.spec.ts. */
const TOUR_PORT = Number(process.env.E2E_TOUR_PORT ?? PORT + 2);

export default defineConfig({
  testDir: 'e2e',
  timeout: 90_000,
  expect: { timeout: 30_000 },
  workers: 1,
  // No retries anywhere: a test that needs one is flaky, and a retry would hide it (the specs wait on the
  // app's named ready signals and XR frame counts, never on time).
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 800, height: 500 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: SWIFTSHADER_ARGS,
    },
    locale: 'zh-CN',
    trace: 'off',
    // The offline spec turns service workers back on; elsewhere they would only add background caching.
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'browser', testIgnore: /(xr|tour|(^|\/)ar)\.spec\.ts/ },
    {
      // A stock Chromium, native WebXR included (no --disable-features=WebXR): `?emulate` installs Meta's
      // IWER over the native runtime on purpose, as it must in a desktop Chrome (e2e/xr.spec.ts checks it).
      name: 'xr',
      testMatch: /(xr|(^|\/)ar)\.spec\.ts/,
    },
    {
      // Group tours: three visitors (browser, browser, emulated VR) against the tour server.
      name: 'tour',
      testMatch: /tour\.spec\.ts/,
      timeout: 900_000,
      use: {
        baseURL: `http://127.0.0.1:${TOUR_PORT}/`,
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            ...SWIFTSHADER_ARGS,
            '--disable-features=WebXR',
            '--use-fake-device-for-media-stream',
            '--use-fake-ui-for-media-stream',
          ],
        },
      },
    },
  ],
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx tsx server/main.ts --no-build --port ${TOUR_PORT}`,
      url: `http://127.0.0.1:${TOUR_PORT}/tour-server.json`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
