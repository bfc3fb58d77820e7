import { createXRStore } from '@react-three/xr';

/** The frame rate to ask for: 90 Hz where offered (Quest 2/3, Pico 4), else the highest up to 90. */
export function pickFrameRate(supported: ArrayLike<number>): number | false {
  const rates = Array.from(supported).filter((r) => r <= 90);
  if (rates.includes(90)) return 90;
  return rates.length ? Math.max(...rates) : false;
}

/**
 * A select is a click however long the trigger is held (WebXR's own `select` has no time limit): the
 * library's default of 300 ms between press and release would drop a slow pull.
 */
const SELECT_POINTER = { clickThresholdMs: Number.POSITIVE_INFINITY } as const;

/**
 * The one XR store of the app, created once when a visitor first asks for VR (this module is part of
 * the lazy XR chunk). Decisions, all explicit:
 *  - no emulation here: `?emulate` installs IWER itself, over a native runtime too (./emulate.ts);
 *  - controller and hand models from the app's own `xr-profiles/` folder, never a CDN;
 *  - one selection path: @react-three/xr's pointer events (the r3f `onClick`, `onPointerOver` … of
 *    booths and panel buttons) for the right controller's ray, hand pinch, transient pointers (Vision
 *    Pro gaze-and-pinch) and gaze. The left controller has no library pointer: its trigger is the one
 *    teleport path (XRInteraction). Hand-tracking and Vision Pro visitors move by choosing booths;
 *  - 90 Hz, maximum fixed foveation (the hall's detail is in the centre of view), native framebuffer
 *    scale (1.0: more costs fill rate a standalone headset needs to hold 90 Hz);
 *  - only the features the hall uses: hand tracking; hit testing, anchors and the DOM overlay (a phone's
 *    bar) for the tabletop model in AR. All four are *optional* features of every session request (the library puts a `true` in
 *    `optionalFeatures`, never `requiredFeatures`), so a runtime without them still starts a VR session.
 * `framebufferScale` below 1 is for the emulator (`?emulate&dpr=N`): its display, the page's canvas, is
 * rasterised on the CPU in tests.
 */
export function createHallXRStore(options: { assetBase: string; framebufferScale?: number }) {
  return createXRStore({
    emulate: false,
    offerSession: false,
    enterGrantedSession: false,
    baseAssetPath: options.assetBase,
    defaultControllerProfileId: 'generic-trigger',
    frameRate: pickFrameRate,
    foveation: 1,
    frameBufferScaling: options.framebufferScale ?? 1,
    handTracking: true,
    anchors: true,
    layers: false,
    meshDetection: false,
    planeDetection: false,
    hitTest: true,
    depthSensing: false,
    bodyTracking: false,
    // A phone shows the page's DOM over the AR view (src/ui/ARPhoneBar.tsx, in the store's own root).
    domOverlay: true,
    controller: {
      left: { rayPointer: false, grabPointer: false, teleportPointer: false },
      right: { rayPointer: SELECT_POINTER, grabPointer: false, teleportPointer: false },
    },
    hand: { rayPointer: SELECT_POINTER, grabPointer: false, touchPointer: false, teleportPointer: false },
    transientPointer: SELECT_POINTER,
    gaze: SELECT_POINTER,
  });
}

export type HallXRStore = ReturnType<typeof createHallXRStore>;
