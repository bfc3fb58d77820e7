/**
 * A private copy of dist/ (so that a rebuild running beside the bench cannot change what it measures),
 * served by `vite preview` on 127.0.0.1 at a free port, in its own process group so that it and anything it
 * starts can be ended together. The server is stopped when the bench ends, fails or is interrupted.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { ROOT } from './config.ts';

export interface Server {
  url: string;
  stop: () => void;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

function killGroup(child: ChildProcess) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

async function waitForHttp(url: string, child: ChildProcess, log: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode}):\n${log()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
      last = `HTTP ${response.status}`;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs / 1000} s (${last}):\n${log()}`);
}

/** Copy `dir` to a temporary folder that is removed when the bench exits. */
export function snapshot(dir: string): string {
  if (!existsSync(join(dir, 'index.html')))
    throw new Error(`${dir} has no index.html: build first (npm run build)`);
  const copy = join(mkdtempSync(join(tmpdir(), 'hall-bench-')), 'dist');
  cpSync(dir, copy, { recursive: true });
  process.once('exit', () => rmSync(resolve(copy, '..'), { recursive: true, force: true }));
  return copy;
}

/**
 * `BENCH_PREVIEW_PORT=N` serves the route and VR legs on N (default: any free port); `offset` picks N +
 * offset for a later server (the AR leg of `--only xr`), so it never races the previous one's shutdown.
 */
export async function startPreview(outDir: string, timeoutMs = 30_000, offset = 0): Promise<Server> {
  const fixed = Number(process.env.BENCH_PREVIEW_PORT ?? 0);
  const port = fixed ? fixed + offset : await freePort();
  const vite = resolve(ROOT, 'node_modules/.bin/vite');
  const args = ['preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'];
  const child = spawn(vite, args, { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const stop = () => killGroup(child);
  // Whatever happens to the bench, the server goes with it.
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    process.once(signal, () => {
      stop();
      process.exit(130);
    });
  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitForHttp(url, child, () => output, timeoutMs);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, stop };
}
