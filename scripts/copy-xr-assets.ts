/**
 * Copies the controller and hand models the headsets need from @webxr-input-profiles/assets into
 * public/xr-profiles/ (served by the app; @react-three/xr would otherwise fetch them from a CDN).
 * Only the profiles of the supported headsets ship; profilesList.json lists exactly those, so any other
 * controller falls back to the generic model instead of a missing file.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';

export const XR_PROFILES = [
  'generic-hand', // hand tracking (Quest, Pico, Vision Pro)
  'generic-trigger', // the fallback model for any controller
  'meta-quest-touch-plus', // Quest 3 / 3S
  'oculus-touch-v3', // Quest 2
  'meta-quest-touch-pro', // Quest Pro
  'pico-4', // Pico 4
  'pico-4u', // Pico 4 Ultra
];

const require = createRequire(import.meta.url);
const source = resolve(
  dirname(require.resolve('@webxr-input-profiles/assets/package.json')),
  'dist/profiles',
);
const target = resolve('public/xr-profiles');
rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
const list = JSON.parse(readFileSync(resolve(source, 'profilesList.json'), 'utf8')) as Record<
  string,
  unknown
>;
const kept: Record<string, unknown> = {};
for (const id of XR_PROFILES) {
  cpSync(resolve(source, id), resolve(target, id), { recursive: true });
  if (list[id]) kept[id] = list[id];
}
writeFileSync(resolve(target, 'profilesList.json'), JSON.stringify(kept, null, 2));
console.log(`xr-profiles: ${XR_PROFILES.length} profiles copied to public/xr-profiles`);
