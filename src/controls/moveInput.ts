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

/** Combine keys and the joystick into one move vector (keys win when both are used). */
export function moveAxes(input: MoveInput): { forward: number; strafe: number } {
  const has = (codes: string[]) => codes.some((c) => input.keys.has(c));
  const kf = (has(FORWARD_KEYS) ? 1 : 0) - (has(BACK_KEYS) ? 1 : 0);
  const ks = (has(RIGHT_KEYS) ? 1 : 0) - (has(LEFT_KEYS) ? 1 : 0);
  return { forward: kf || input.forward, strafe: ks || input.strafe };
}

export const MOVE_KEYS = new Set([...FORWARD_KEYS, ...BACK_KEYS, ...LEFT_KEYS, ...RIGHT_KEYS]);
