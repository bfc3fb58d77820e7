import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the build reads: a newer file in any of these means dist/ is stale. */
export const BUILD_INPUTS = [
  'src',
  'public',
  'index.html',
  'vite.config.ts',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  'scripts/build-fonts.ts',
  'scripts/copy-xr-assets.ts',
];

/** The newest modification time under `path` (a file or a folder), 0 when it does not exist. */
export function newestMtime(path: string): number {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Pure: the build is stale when it is missing or older than its newest input. */
export function isStale(builtAt: number, inputTimes: number[]): boolean {
  return builtAt === 0 || inputTimes.some((t) => t > builtAt);
}

/** Whether `dist/index.html` is missing or older than anything the build reads (relative to `root`). */
export function buildIsStale(root: string, dist = 'dist'): boolean {
  return isStale(
    newestMtime(join(root, dist, 'index.html')),
    BUILD_INPUTS.map((input) => newestMtime(join(root, input))),
  );
}
