import type { Point } from '../layout/geometry.ts';

/** A walk along waypoints towards a final heading, advanced by frame time. Pure and allocation-free per step. */
export interface GlideState {
  waypoints: Point[];
  index: number;
  finalYaw: number;
  done: boolean;
}

export function startGlide(waypoints: Point[], finalYaw: number): GlideState {
  return { waypoints, index: 0, finalYaw, done: waypoints.length === 0 };
}

const SPEED = 4.2; // m/s, a brisk walk
const ARRIVE = 0.05;

export function shortestAngle(from: number, to: number): number {
  let d = (to - from) % (Math.PI * 2);
  if (d > Math.PI) d -= Math.PI * 2;
  if (d < -Math.PI) d += Math.PI * 2;
  return d;
}

/** Exponential damping towards a target, frame-rate independent. */
export function damp(current: number, target: number, lambda: number, dt: number): number {
  return target + (current - target) * Math.exp(-lambda * dt);
}

/**
 * Advance `pose` along the glide by `dt` seconds. Moves at walking speed, slowing on the last metre,
 * turning to face the direction of travel and, on the last leg, the final heading.
 */
export function stepGlide(
  glide: GlideState,
  pose: { x: number; z: number; yaw: number; pitch: number },
  dt: number,
) {
  if (glide.done) return;
  let budget = SPEED * dt;
  while (budget > 0 && glide.index < glide.waypoints.length) {
    const target = glide.waypoints[glide.index] as Point;
    const dx = target.x - pose.x;
    const dz = target.z - pose.z;
    const dist = Math.hypot(dx, dz);
    const last = glide.index === glide.waypoints.length - 1;
    const step = last ? Math.min(budget, Math.max(dist * 4 * dt, Math.min(dist, 0.6 * dt))) : budget;
    if (dist <= Math.max(step, ARRIVE)) {
      pose.x = target.x;
      pose.z = target.z;
      budget -= dist;
      glide.index += 1;
      continue;
    }
    pose.x += (dx / dist) * step;
    pose.z += (dz / dist) * step;
    budget = 0;
    const remaining = last ? dist : Infinity;
    const heading = remaining < 2.5 ? glide.finalYaw : Math.atan2(-dx, -dz);
    pose.yaw += shortestAngle(pose.yaw, heading) * (1 - Math.exp(-5 * dt));
  }
  pose.pitch = damp(pose.pitch, 0, 4, dt);
  if (glide.index >= glide.waypoints.length) {
    const turn = shortestAngle(pose.yaw, glide.finalYaw);
    pose.yaw += turn * (1 - Math.exp(-8 * dt));
    if (Math.abs(turn) < 0.01) {
      pose.yaw = glide.finalYaw;
      glide.done = true;
    }
  }
}
