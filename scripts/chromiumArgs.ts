/**
 * Chromium flags for WebGL2 through SwiftShader, headless, talking to nothing but 127.0.0.1
 * (see shared/TOOLCHAIN.md). Shared by the Playwright config and the bench/soak scripts.
 */
export const SWIFTSHADER_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
