import { create } from 'zustand';

/**
 * The guided tour, shared by the browser's Tour button and the kiosk's attract loop.
 * `stops` are booth ids ('entrance' for the overview); `index` is the current stop.
 */
export type TourMode = 'off' | 'guided' | 'attract';

interface TourState {
  mode: TourMode;
  playing: boolean;
  stops: string[];
  index: number;
  /** Increments whenever the tour moves to a stop, so controllers can react to the same stop twice. */
  step: number;
  start: (mode: Exclude<TourMode, 'off'>, stops: string[], index?: number) => void;
  stop: () => void;
  setPlaying: (playing: boolean) => void;
  go: (delta: number) => void;
}

export const useTourStore = create<TourState>()((set, get) => ({
  mode: 'off',
  playing: false,
  stops: [],
  index: 0,
  step: 0,
  start: (mode, stops, index = 0) => set({ mode, stops, index, playing: true, step: get().step + 1 }),
  stop: () => set({ mode: 'off', playing: false }),
  setPlaying: (playing) => set({ playing }),
  go: (delta) => {
    const { stops, index, step } = get();
    if (!stops.length) return;
    set({ index: (index + delta + stops.length) % stops.length, step: step + 1 });
  },
}));
