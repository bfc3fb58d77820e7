/** Debian's Chromium driven by Playwright (no browser downloads here), and what it runs on. */
import { accessSync, constants } from 'node:fs';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './config.ts';

export function assertChromium(path = CHROMIUM_PATH) {
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new Error(
      `Chromium not found at ${path}. Install it with \`bash scripts/ensure-chromium.sh\` ` +
        `(apt-get install chromium) or point CHROMIUM_PATH at a Chromium binary.`,
    );
  }
}

/** Headless Chromium with the bench's flags, plus `extraArgs` (e.g. `--disable-features=WebXR`). */
export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  assertChromium();
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  chromium: string;
  renderer: string;
}

/** The WebGL renderer string: proves the figures come from SwiftShader (not a GPU). */
export async function webglRenderer(browser: Browser): Promise<string> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(`(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      if (!gl) return 'no WebGL2';
      const ext = gl.getExtension('WEBGL_debug_renderer_info');
      return String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    })()`);
  } finally {
    await page.close();
  }
}

export async function machineInfo(browser: Browser): Promise<MachineInfo> {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${osType()} ${release()}`,
    node: process.version,
    chromium: browser.version(),
    renderer: await webglRenderer(browser),
  };
}
