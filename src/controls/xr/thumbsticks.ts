import type { XRInputSourceState } from '@react-three/xr';

const STICK = 'xr-standard-thumbstick';

/** A controller's thumbstick axes (0, 0 when absent). Forward on the stick is y = −1. */
export function thumbstick(
  states: ReadonlyArray<XRInputSourceState>,
  hand: 'left' | 'right',
): { x: number; y: number } {
  for (const state of states) {
    if (state.type !== 'controller' || state.inputSource.handedness !== hand) continue;
    const stick = state.gamepad[STICK];
    return { x: stick?.xAxis ?? 0, y: stick?.yAxis ?? 0 };
  }
  return { x: 0, y: 0 };
}
