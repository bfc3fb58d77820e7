import { create } from 'zustand';
import type { ContentIssue } from '../content/issues.ts';

/** A content update that was refused: the hall shows the last good exhibition instead. */
export interface RefusedUpdate {
  /** What is wrong with the file on the server (file, JSON path, reason), for the curator. */
  issues: ContentIssue[];
  /** When the exhibition shown was last loaded and validated (epoch ms). */
  shownSince: number;
}

interface ContentStatusState {
  refusedUpdate: RefusedUpdate | null;
  setRefusedUpdate: (refused: RefusedUpdate | null) => void;
}

export const useContentStatusStore = create<ContentStatusState>()((set) => ({
  refusedUpdate: null,
  setRefusedUpdate: (refusedUpdate) => set({ refusedUpdate }),
}));
