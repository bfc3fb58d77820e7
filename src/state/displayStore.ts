import { create } from 'zustand';

/**
 * The WebGL context's health: lost right now, and how many times it has been restored; and whether the
 * GPU is a CPU rasteriser (known from the warm-up worker before the hall makes its context).
 */
interface DisplayState {
  lost: boolean;
  restoreCount: number;
  softwareRenderer: boolean;
  setSoftwareRenderer: (software: boolean) => void;
  setLost: (lost: boolean) => void;
  restored: () => void;
}

export const useDisplayStore = create<DisplayState>()((set, get) => ({
  lost: false,
  restoreCount: 0,
  softwareRenderer: false,
  setSoftwareRenderer: (softwareRenderer) => set({ softwareRenderer }),
  setLost: (lost) => set({ lost }),
  restored: () => set({ lost: false, restoreCount: get().restoreCount + 1 }),
}));
