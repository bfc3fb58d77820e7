import { create } from 'zustand';

/** The WebGL context's health: lost right now, and how many times it has been restored. */
interface DisplayState {
  lost: boolean;
  restoreCount: number;
  setLost: (lost: boolean) => void;
  restored: () => void;
}

export const useDisplayStore = create<DisplayState>()((set, get) => ({
  lost: false,
  restoreCount: 0,
  setLost: (lost) => set({ lost }),
  restored: () => set({ lost: false, restoreCount: get().restoreCount + 1 }),
}));
