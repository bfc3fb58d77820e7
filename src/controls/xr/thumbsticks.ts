import type { XRInputSourceState } from '@react-three/xr';

const STICK = 'xr-standard-thumbstick';

/** Thumbstick axes. Forward on the stick is y = −1. */
export interface StickAxes {
  x: number;
  y: number;
}

/**
 * A controller's thumbstick axes, written into `out` (0, 0 when absent). Read every XR frame, so it
 * allocates nothing.
 */
export function thumbstick(
  states: ReadonlyArray<XRInputSourceState>,
  hand: 'left' | 'right',
  out: StickAxes,
): StickAxes {
  out.x = 0;
  out.y = 0;
  for (let i = 0; i < states.length; i++) {
    const state = states[i];
    if (state?.type !== 'controller' || state.inputSource.handedness !== hand) continue;
    const stick = state.gamepad[STICK];
    out.x = stick?.xAxis ?? 0;
    out.y = stick?.yAxis ?? 0;
    break;
  }
  return out;
}
