import { create } from 'zustand';

export type ARStatus = 'checking' | 'unsupported' | 'available' | 'entering';
export type ARUnsupportedReason = 'insecure' | 'no-webxr' | 'no-immersive-ar' | 'error';
/**
 * What an immersive-ar session shows: nothing yet (`none`, also outside AR), the hall as a tabletop
 * model over the passthrough (`table`: far-detail props, no ceiling, no sky or fog), or the full-size
 * hall around the visitor (`inside`: drawn opaque, so the hall hides the passthrough).
 */
export type ARView = 'none' | 'table' | 'inside';

/** What the phone's DOM bar can ask of the table (the XR chunk's HallAR registers them). */
export interface ARTableActions {
  placeAgain: () => void;
  stepInside: () => void;
  backToTable: () => void;
}

/** What the DOM and the scene need to know about AR; the table's own phases live in the XR chunk. */
interface ARState {
  status: ARStatus;
  reason: ARUnsupportedReason | null;
  view: ARView;
  /** On the table: the model stands placed (not looking for a surface). */
  placed: boolean;
  /** The device shows the page's DOM over the AR view (WebXR DOM overlay: phones, not headsets). */
  domOverlay: boolean;
  actions: ARTableActions | null;
  setStatus: (status: ARStatus, reason?: ARUnsupportedReason | null) => void;
  setView: (view: ARView) => void;
  setTable: (table: Partial<Pick<ARState, 'placed' | 'domOverlay' | 'actions'>>) => void;
}

export const useARStore = create<ARState>()((set) => ({
  status: 'checking',
  reason: null,
  view: 'none',
  placed: false,
  domOverlay: false,
  actions: null,
  setStatus: (status, reason = null) => set({ status, reason }),
  setView: (view) => set({ view }),
  setTable: (table) => set(table),
}));
