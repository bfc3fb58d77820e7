import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * In VR and on the kiosk nothing navigates away: neither the in-world panels (src/controls/xr/) nor the
 * kiosk (src/kiosk/) render a link or call a navigation API. (The DOM panel shows links only outside the
 * kiosk, and the DOM overlay is not shown in an immersive session.)
 */
const NAVIGATION = /<a\b|\bhref\b|window\.open|location\.(?:assign|replace)|location\.href\s*=|\.links\b/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('no way out of the hall in VR or on the kiosk', () => {
  for (const dir of ['src/controls/xr', 'src/kiosk'])
    it(`${dir} has no link and no navigation`, () => {
      const files = sources(dir);
      expect(files.length).toBeGreaterThan(3);
      const offenders = files.filter((file) => NAVIGATION.test(readFileSync(file, 'utf8')));
      expect(offenders).toEqual([]);
    });
});
