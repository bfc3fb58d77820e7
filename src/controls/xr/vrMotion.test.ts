import { describe, expect, it } from 'vitest';
import { moveHeadTo, snapTurn, turnAboutHead, yawOf } from './vrMotion.ts';

describe('VR motion', () => {
  it('turns the play space about the head: the head does not move', () => {
    const origin = { x: 0, z: 0, yaw: 0 };
    const headLocal = { x: 0.5, z: -0.3 }; // head offset inside the play space (yaw 0)
    const head = { x: origin.x + headLocal.x, z: origin.z + headLocal.z };
    turnAboutHead(origin, head, Math.PI / 6);
    // The head's world position after the turn, from the new origin and the same local offset.
    const c = Math.cos(origin.yaw);
    const s = Math.sin(origin.yaw);
    const hx = origin.x + headLocal.x * c + headLocal.z * s;
    const hz = origin.z - headLocal.x * s + headLocal.z * c;
    expect(hx).toBeCloseTo(head.x, 10);
    expect(hz).toBeCloseTo(head.z, 10);
    expect(origin.yaw).toBeCloseTo(Math.PI / 6, 10);
  });

  it('teleports the head, not the origin, onto the target', () => {
    const origin = { x: 2, z: 3, yaw: 1 };
    moveHeadTo(origin, { x: 2.4, z: 2.5 }, { x: 10, z: -4 });
    expect(origin.x).toBeCloseTo(9.6);
    expect(origin.z).toBeCloseTo(-3.5);
    expect(origin.yaw).toBe(1);
  });

  it('snap turns once per push, right is a negative yaw', () => {
    const state = { armed: true };
    expect(snapTurn(0.9, state)).toBeCloseTo((-30 * Math.PI) / 180);
    expect(state.armed).toBe(false);
    expect(snapTurn(0.95, state)).toBe(0);
    expect(snapTurn(0.1, state)).toBe(0);
    expect(state.armed).toBe(true);
    expect(snapTurn(-0.8, state)).toBeCloseTo((30 * Math.PI) / 180);
    expect(snapTurn(0.4, { armed: true })).toBe(0);
  });

  it('reads the yaw of a forward vector', () => {
    expect(yawOf(0, -1)).toBeCloseTo(0);
    expect(yawOf(-1, 0)).toBeCloseTo(Math.PI / 2);
  });
});
