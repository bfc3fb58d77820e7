import { defineConfig } from '@playwright/test';
import { SWIFTSHADER_ARGS } from './scripts/chromiumArgs.ts';

/**
 * End-to-end tests in Debian's Chromium (no browser download), WebGL through SwiftShader, against the
 * production build served by `vite preview` on 127.0.0.1. One worker: CI has two cores.
 */
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  timeout: 90_000,
  expect: { timeout: 30_000 },
  workers: 1,
  retries: process.env.CI ? 1 : 0,
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
    { name: 'browser', testIgnore: /xr\.spec\.ts/ },
    {
      // A stock Chromium, native WebXR included (no --disable-features=WebXR): `?emulate` installs Meta's
      // IWER over the native runtime on purpose, as it must in a desktop Chrome (e2e/xr.spec.ts checks it).
      name: 'xr',
      testMatch: /xr\.spec\.ts/,
    },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
