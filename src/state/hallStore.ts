import { create } from 'zustand';
import type { Lang } from '../i18n/lang.ts';

export type Overlay = 'none' | 'directory' | 'text';

interface HallState {
  lang: Lang;
  /** The booth whose panel is open, or null. */
  selectedBoothId: string | null;
  /** A friendly notice (e.g. an unknown deep link), shown until dismissed. */
  notice: 'unknownBooth' | null;
  overlay: Overlay;
  hoveredBoothId: string | null;
  setLang: (lang: Lang) => void;
  selectBooth: (id: string | null) => void;
  setNotice: (notice: HallState['notice']) => void;
  setOverlay: (overlay: Overlay) => void;
  setHovered: (id: string | null) => void;
}

export const useHallStore = create<HallState>()((set) => ({
  lang: 'zh',
  selectedBoothId: null,
  notice: null,
  overlay: 'none',
  hoveredBoothId: null,
  setLang: (lang) => set({ lang }),
  selectBooth: (selectedBoothId) => set({ selectedBoothId }),
  setNotice: (notice) => set({ notice }),
  setOverlay: (overlay) => set({ overlay }),
  setHovered: (hoveredBoothId) => set({ hoveredBoothId }),
}));
