import { describe, expect, it } from 'vitest';
import { createMoveInput, moveAxes } from './moveInput.ts';

describe('moveAxes', () => {
  it('combines keys and the joystick, keys winning, into the object it is given', () => {
    const input = createMoveInput();
    const out = { forward: 0, strafe: 0 };
    input.forward = 0.4;
    input.strafe = -0.2;
    expect(moveAxes(input, out)).toBe(out); // written in place: nothing allocated per frame
    expect(out).toEqual({ forward: 0.4, strafe: -0.2 });
    input.keys.add('KeyS');
    input.keys.add('ArrowRight');
    moveAxes(input, out);
    expect(out).toEqual({ forward: -1, strafe: 1 });
    input.keys.add('KeyW'); // forward and back cancel: the joystick's forward shows through
    moveAxes(input, out);
    expect(out).toEqual({ forward: 0.4, strafe: 1 });
  });
});
