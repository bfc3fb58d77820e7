import { create } from 'zustand';
import type { KioskSettings } from '../content/kioskSettingsSchema.ts';

/** Kiosk mode: the settings once loaded, and the idle countdown shown before a reset. */
interface KioskState {
  settings: KioskSettings | null;
  /** Seconds left before the idle reset, or null when no countdown is running. */
  countdown: number | null;
  /** The kiosk follows a live group tour as its big screen: no attract loop, no idle reset meanwhile. */
  followingTour: boolean;
  setSettings: (settings: KioskSettings) => void;
  setCountdown: (countdown: number | null) => void;
  setFollowingTour: (followingTour: boolean) => void;
}

export const useKioskStore = create<KioskState>()((set) => ({
  settings: null,
  countdown: null,
  followingTour: false,
  setSettings: (settings) => set({ settings }),
  setCountdown: (countdown) => set({ countdown }),
  setFollowingTour: (followingTour) => set({ followingTour }),
}));
