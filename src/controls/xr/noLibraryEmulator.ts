/**
 * Stands in, in the build, for @react-three/xr's own emulator module (`@pmndrs/xr/dist/emulate.js`; see
 * the `hall:no-library-emulator` plugin in vite.config.ts). The hall installs IWER itself (./emulate.ts:
 * over a native WebXR runtime too, with no synthetic room), so the library's path — which would also
 * bring IWER's room captures, five lazy chunks of 0.4–2.1 MB, the largest over the chunk-size warning —
 * is left out on purpose: nothing of it is downloaded, precached or warned about. The store is always
 * created with `emulate: false`, so this is never called.
 */
export function emulate(): never {
  throw new Error('The hall installs its emulator itself (src/controls/xr/emulate.ts).');
}
