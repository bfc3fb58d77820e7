import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import type { HallLayout } from '../layout/computeHallLayout.ts';
import { findPath } from '../layout/findPath.ts';
import { startSpot } from '../layout/startSpot.ts';
import { slideMove, type NavField } from '../layout/navigation.ts';
import { usePlayerStore } from '../state/playerStore.ts';
import { moveAxes, useMoveInput } from './moveInput.ts';
import { startGlide, stepGlide, type GlideState } from './glide.ts';

export const EYE_HEIGHT = 1.6;
const WALK_SPEED = 3.2;
const MAX_PITCH = 1.2;
const scratch = { x: 0, z: 0 };
const axes = { forward: 0, strafe: 0 };

/**
 * The browser visitor: owns the camera outside XR. Reads input each frame, walks with collisions,
 * follows glide requests along a path that never crosses a stand, and keeps rendering only while
 * something moves (the canvas renders on demand).
 */
export function PlayerRig({
  layout,
  nav,
  enabled = true,
  timeScale = 1,
}: {
  layout: HallLayout;
  nav: NavField;
  enabled?: boolean;
  /** Soak runs speed walking up (`?timescale=`). */
  timeScale?: number;
}) {
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
  const getThree = useThree((s) => s.get);
  const input = useMoveInput();
  const glideRef = useRef<GlideState | null>(null);
  const nonceRef = useRef(0);

  useEffect(() => {
    camera.rotation.order = 'YXZ';
    const pose = usePlayerStore.getState().pose;
    if (pose.x === 0 && pose.z === -2.5) {
      // A screen too narrow to frame the entrance from the spawn starts at the back of the plaza.
      const { width, height } = getThree().size;
      const start = startSpot(layout, width / Math.max(1, height));
      pose.x = start.x;
      pose.z = start.z;
      pose.yaw = start.yaw;
    }
    invalidate();
  }, [camera, layout, invalidate, getThree]);

  // A glide request from anywhere (directory, tour, deep link) wakes the on-demand render loop.
  useEffect(
    () => usePlayerStore.subscribe((s, prev) => s.glide !== prev.glide && invalidate()),
    [invalidate],
  );

  useFrame((_, rawDt) => {
    if (!enabled) return;
    const dt = Math.min(rawDt, 0.1) * timeScale;
    const store = usePlayerStore.getState();
    const pose = store.pose;
    const request = store.glide;
    // A cleared request (a visitor took over from the tour) stops the walk where it is.
    if (!request && glideRef.current) glideRef.current = null;
    if (request && request.nonce !== nonceRef.current) {
      nonceRef.current = request.nonce;
      if (request.instant) {
        pose.x = request.target.x;
        pose.z = request.target.z;
        pose.yaw = request.target.yaw;
        pose.pitch = 0;
        glideRef.current = null;
      } else {
        glideRef.current = startGlide(findPath(nav, pose, request.target), request.target.yaw);
      }
    }
    let moving = false;
    moveAxes(input, axes);
    if (input.yawDelta || input.pitchDelta) {
      pose.yaw += input.yawDelta;
      pose.pitch = Math.max(-MAX_PITCH, Math.min(MAX_PITCH, pose.pitch + input.pitchDelta));
      input.yawDelta = 0;
      input.pitchDelta = 0;
      glideRef.current = null;
      moving = true;
    }
    if (axes.forward || axes.strafe) {
      glideRef.current = null;
      const sin = Math.sin(pose.yaw);
      const cos = Math.cos(pose.yaw);
      const step = WALK_SPEED * dt;
      const dx = (-sin * axes.forward + cos * axes.strafe) * step;
      const dz = (-cos * axes.forward - sin * axes.strafe) * step;
      slideMove(nav, pose, dx, dz, scratch);
      pose.x = scratch.x;
      pose.z = scratch.z;
      moving = true;
    }
    const glide = glideRef.current;
    if (glide) {
      stepGlide(glide, pose, dt);
      moving = true;
      if (glide.done) glideRef.current = null;
    }
    camera.position.set(pose.x, EYE_HEIGHT, pose.z);
    camera.rotation.set(pose.pitch, pose.yaw, 0);
    if (moving) invalidate();
  });
  return null;
}
