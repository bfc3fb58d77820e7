import { createXRStore } from '@react-three/xr';

/** The frame rate to ask for: 90 Hz where offered (Quest 2/3, Pico 4), else the highest up to 90. */
export function pickFrameRate(supported: ArrayLike<number>): number | false {
  const rates = Array.from(supported).filter((r) => r <= 90);
  if (rates.includes(90)) return 90;
  return rates.length ? Math.max(...rates) : false;
}

/**
 * The one XR store of the app, created once when a visitor first asks for VR (this module is part of
 * the lazy XR chunk). Decisions, all explicit:
 *  - emulation only with `?emulate` (Meta Quest 3 through IWER, injected on any host, no synthetic room);
 *    visitors never get the emulator or download its chunks otherwise;
 *  - controller and hand models from the app's own `xr-profiles/` folder, never a CDN;
 *  - rays, hands (pinch) and transient pointers (Vision Pro gaze-and-pinch) all select. Controllers split
 *    the work: the left trigger casts the teleport arc, the right trigger the selection ray.
 *    Hand-tracking and Vision Pro visitors move by choosing booths (directory, panels), which teleports;
 *  - 90 Hz, maximum fixed foveation (the hall's detail is in the centre of view), native framebuffer
 *    scale (1.0: more costs fill rate a standalone headset needs to hold 90 Hz);
 *  - only the features the hall uses: hand tracking, nothing else.
 * Under emulation the framebuffer is scaled to a quarter: the emulated Quest 3 panels (2064×2208 per
 * eye) would otherwise be rasterised on the CPU in tests.
 */
export function createHallXRStore(options: { emulate: boolean; assetBase: string }) {
  return createXRStore({
    emulate: options.emulate ? { type: 'metaQuest3', inject: true, syntheticEnvironment: false } : false,
    offerSession: false,
    enterGrantedSession: false,
    baseAssetPath: options.assetBase,
    defaultControllerProfileId: 'generic-trigger',
    frameRate: pickFrameRate,
    foveation: 1,
    frameBufferScaling: options.emulate ? 0.25 : 1,
    handTracking: true,
    anchors: false,
    layers: false,
    meshDetection: false,
    planeDetection: false,
    hitTest: false,
    depthSensing: false,
    bodyTracking: false,
    domOverlay: false,
    // Models and ray visuals come from @react-three/xr; selection and the teleport arc are the app's
    // own (XRInteraction), driven by WebXR select events.
    controller: { left: { rayPointer: false, grabPointer: false }, right: { grabPointer: false } },
    hand: { grabPointer: false, touchPointer: false },
    gaze: true,
  });
}

export type HallXRStore = ReturnType<typeof createHallXRStore>;
