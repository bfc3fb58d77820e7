import { createContext, useContext } from 'react';

/**
 * What the visitor is asking for right now, written by keyboard, mouse, joystick and touch handlers and
 * read every frame by the player rig. One mutable object per app (provided through context), so input
 * never goes through React state.
 */
export interface MoveInput {
  /** −1..1: forward is +1. */
  forward: number;
  /** −1..1: right is +1. */
  strafe: number;
  /** Accumulated look deltas in radians, consumed by the rig each frame. */
  yawDelta: number;
  pitchDelta: number;
  /** Keys currently held (for keyboard movement). */
  keys: Set<string>;
}

export function createMoveInput(): MoveInput {
  return { forward: 0, strafe: 0, yawDelta: 0, pitchDelta: 0, keys: new Set() };
}

export const MoveInputContext = createContext<MoveInput | null>(null);

export function useMoveInput(): MoveInput {
  const input = useContext(MoveInputContext);
  if (!input) throw new Error('useMoveInput needs a MoveInputContext provider');
  return input;
}

const FORWARD_KEYS = ['KeyW', 'ArrowUp'];
const BACK_KEYS = ['KeyS', 'ArrowDown'];
const LEFT_KEYS = ['KeyA', 'ArrowLeft'];
const RIGHT_KEYS = ['KeyD', 'ArrowRight'];

function holds(keys: ReadonlySet<string>, codes: readonly string[]): number {
  for (let i = 0; i < codes.length; i++) if (keys.has(codes[i] as string)) return 1;
  return 0;
}

/** A move vector: forward +1, right +1. */
export interface MoveAxes {
  forward: number;
  strafe: number;
}

/**
 * Combine keys and the joystick into one move vector (keys win when both are used), written into `out`:
 * called every frame, it allocates nothing.
 */
export function moveAxes(input: MoveInput, out: MoveAxes): MoveAxes {
  const kf = holds(input.keys, FORWARD_KEYS) - holds(input.keys, BACK_KEYS);
  const ks = holds(input.keys, RIGHT_KEYS) - holds(input.keys, LEFT_KEYS);
  out.forward = kf || input.forward;
  out.strafe = ks || input.strafe;
  return out;
}

export const MOVE_KEYS = new Set([...FORWARD_KEYS, ...BACK_KEYS, ...LEFT_KEYS, ...RIGHT_KEYS]);
