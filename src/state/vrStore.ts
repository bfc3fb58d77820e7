import { create } from 'zustand';

export type VRStatus = 'checking' | 'unsupported' | 'available' | 'entering' | 'in-session';
export type VRUnsupportedReason = 'insecure' | 'no-webxr' | 'no-immersive-vr' | 'error';

/** What the DOM and the in-world UI need to know about VR; the @react-three/xr store stays in the XR chunk. */
interface VRState {
  status: VRStatus;
  reason: VRUnsupportedReason | null;
  /** Smooth thumbstick walking with a comfort vignette (off by default: teleport + snap turn). */
  smoothLocomotion: boolean;
  /** In-world directory panel open. */
  directoryOpen: boolean;
  setStatus: (status: VRStatus, reason?: VRUnsupportedReason | null) => void;
  setSmoothLocomotion: (on: boolean) => void;
  setDirectoryOpen: (open: boolean) => void;
}

export const useVRStore = create<VRState>()((set) => ({
  status: 'checking',
  reason: null,
  smoothLocomotion: false,
  directoryOpen: false,
  setStatus: (status, reason = null) => set({ status, reason }),
  setSmoothLocomotion: (smoothLocomotion) => set({ smoothLocomotion }),
  setDirectoryOpen: (directoryOpen) => set({ directoryOpen }),
}));
