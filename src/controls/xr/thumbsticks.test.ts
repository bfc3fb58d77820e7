import { describe, expect, it } from 'vitest';
import type { XRInputSourceState } from '@react-three/xr';
import { thumbstick } from './thumbsticks.ts';

const controller = (handedness: 'left' | 'right', xAxis: number, yAxis: number) =>
  ({
    type: 'controller',
    inputSource: { handedness },
    gamepad: { 'xr-standard-thumbstick': { xAxis, yAxis } },
  }) as unknown as XRInputSourceState;

describe('thumbstick', () => {
  it('reads the stick of the asked hand into the object it is given, 0, 0 when absent', () => {
    const out = { x: 9, y: 9 };
    const states = [controller('left', 0.1, -0.9), controller('right', 0.7, 0.2)];
    expect(thumbstick(states, 'right', out)).toBe(out);
    expect(out).toEqual({ x: 0.7, y: 0.2 });
    expect(thumbstick(states, 'left', out)).toEqual({ x: 0.1, y: -0.9 });
    expect(thumbstick([], 'left', out)).toEqual({ x: 0, y: 0 });
  });
});
