import type { Point } from '../../layout/geometry.ts';

/** The XR origin on the floor (where the play space is anchored) and its heading. */
export interface OriginPose {
  x: number;
  z: number;
  yaw: number;
}

/** Turn the play space by `delta` radians about the visitor's head, so the head stays where it is. */
export function turnAboutHead(origin: OriginPose, head: Point, delta: number): void {
  const dx = origin.x - head.x;
  const dz = origin.z - head.z;
  const c = Math.cos(delta);
  const s = Math.sin(delta);
  origin.x = head.x + dx * c + dz * s;
  origin.z = head.z - dx * s + dz * c;
  origin.yaw += delta;
}

/** Move the play space so the head lands on `target` (teleport): the visitor keeps their room offset. */
export function moveHeadTo(origin: OriginPose, head: Point, target: Point): void {
  origin.x += target.x - head.x;
  origin.z += target.z - head.z;
}

/** Place the play space so a visitor standing at its centre stands at `spot` looking along `yaw`. */
export function originAt(origin: OriginPose, spot: Point & { yaw: number }): void {
  origin.x = spot.x;
  origin.z = spot.z;
  origin.yaw = spot.yaw;
}

export const SNAP_DEGREES = 30;
const DEAD_ZONE = 0.5;
const REARM = 0.3;

/** Whether the next push of the stick turns (it re-arms once the stick returns near the centre). */
export interface SnapTurnState {
  armed: boolean;
}

/**
 * Snap turn from the thumbstick's x axis with hysteresis: one step per push, re-armed once the stick
 * returns near the centre. Returns the turn in radians (positive = left) and updates `state` in place
 * (read every XR frame: nothing is allocated).
 */
export function snapTurn(xAxis: number, state: SnapTurnState): number {
  if (Math.abs(xAxis) < REARM) {
    state.armed = true;
    return 0;
  }
  if (!state.armed || Math.abs(xAxis) < DEAD_ZONE) return 0;
  state.armed = false;
  return ((xAxis > 0 ? -1 : 1) * SNAP_DEGREES * Math.PI) / 180;
}

/** Yaw (three.js convention) of a forward vector. */
export function yawOf(forwardX: number, forwardZ: number): number {
  return Math.atan2(-forwardX, -forwardZ);
}
