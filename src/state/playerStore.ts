import { create } from 'zustand';
import type { Point } from '../layout/geometry.ts';

/**
 * The visitor's pose on the floor. It changes every frame, so it is a mutable object read and written
 * inside useFrame (transient updates), never React state.
 */
export interface PlayerPose {
  x: number;
  z: number;
  yaw: number;
  pitch: number;
}

export interface GlideRequest {
  /** Booth to look at once there, or null for a plain walk to a spot. */
  boothId: string | null;
  target: Point & { yaw: number };
  /** Increments on every request so the same target can be asked for twice. */
  nonce: number;
  instant: boolean;
}

interface PlayerState {
  pose: PlayerPose;
  glide: GlideRequest | null;
  requestGlide: (target: GlideRequest['target'], boothId: string | null, instant?: boolean) => void;
  clearGlide: () => void;
}

export const usePlayerStore = create<PlayerState>()((set, get) => ({
  pose: { x: 0, z: -2.5, yaw: 0, pitch: 0 },
  glide: null,
  requestGlide: (target, boothId, instant = false) =>
    set({ glide: { target, boothId, instant, nonce: (get().glide?.nonce ?? 0) + 1 } }),
  clearGlide: () => set({ glide: null }),
}));
