import { useGroupStore } from './groupStore.ts';

/** What tests (and a curious operator in the console) can read about the tour from the page. */
export interface TourProbe {
  status: () => string;
  role: () => string | null;
  code: () => string | null;
  /** Avatars drawn this frame (with a known pose). */
  avatarsShown: () => number;
  /** Whether the docent's laser dot is shown. */
  pointerShown: () => boolean;
  /** Cut the socket without a goodbye, as a Wi-Fi blip would. */
  dropSocket: () => void;
  rtts: () => number[];
}

declare global {
  interface Window {
    __tour?: TourProbe;
  }
}

/** Installs the probe; `scene` parts come from the avatar layer. Returns the uninstaller. */
export function installTourProbe(scene: { avatarsShown: () => number; pointerShown: () => boolean }) {
  window.__tour = {
    status: () => useGroupStore.getState().status,
    role: () => useGroupStore.getState().role,
    code: () => useGroupStore.getState().code,
    avatarsShown: scene.avatarsShown,
    pointerShown: scene.pointerShown,
    dropSocket: () => useGroupStore.getState().connection?.dropSocket(),
    rtts: () => [...(useGroupStore.getState().connection?.rtts ?? [])],
  };
  return () => {
    delete window.__tour;
  };
}
