/**
 * The 3D hall's chunk (three, fiber, the scene). App starts fetching it as soon as it knows the browser has
 * WebGL, in parallel with the content and fonts, so the overlay never waits for it and the hall does not
 * wait for the content before its download starts. The browser's module map makes repeated calls free.
 */
export const loadHallCanvas = () => import('./HallCanvas.tsx');
