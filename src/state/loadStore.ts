import { create } from 'zustand';

/** Loading progress shown on the loading screen, and the "hall ready" signal for tests and the kiosk. */
interface LoadState {
  content: number;
  fonts: number;
  text: number;
  textReady: boolean;
  firstFrame: boolean;
  /** The booth props are built (in a worker, after the first frame) and mounted. */
  propsReady: boolean;
  setContent: (fraction: number) => void;
  setFonts: (fraction: number) => void;
  setText: (fraction: number, ready: boolean) => void;
  setFirstFrame: () => void;
  setPropsReady: () => void;
}

export const useLoadStore = create<LoadState>()((set) => ({
  content: 0,
  fonts: 0,
  text: 0,
  textReady: false,
  firstFrame: false,
  propsReady: false,
  setContent: (content) => set({ content }),
  setFonts: (fonts) => set({ fonts }),
  setText: (text, textReady) => set({ text, textReady }),
  setFirstFrame: () => set({ firstFrame: true }),
  setPropsReady: () => set({ propsReady: true }),
}));

/** Progress until the first frame (text then streams in with its own indicator). */
export function overallProgress(s: Pick<LoadState, 'content' | 'fonts' | 'text' | 'firstFrame'>): number {
  return 0.4 * s.content + 0.3 * s.fonts + (s.firstFrame ? 0.3 : 0);
}
