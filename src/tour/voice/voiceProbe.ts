import { peerAudioStats, type PeerAudioStats } from './peerStats.ts';

/** What tests and the bench read about the voice from the page. */
export interface VoiceProbe {
  /** Each peer connection (the docent's: one per visitor reached; a visitor's: one to the docent). */
  stats: () => Promise<PeerAudioStats[]>;
  /** A visitor loses its peer connection (a headset asleep); the voice should come back. */
  dropPeer: () => void;
  /** Whether this page holds a live microphone track. */
  micLive: () => boolean;
}

declare global {
  interface Window {
    __voice?: VoiceProbe;
  }
}

interface Session {
  peers(): Map<string, RTCPeerConnection>;
  micLive(): boolean;
  dropPeer?(): void;
}

export function installVoiceProbe(session: Session): () => void {
  const probe: VoiceProbe = {
    stats: () => peerAudioStats(session.peers()),
    dropPeer: () => session.dropPeer?.(),
    micLive: () => session.micLive(),
  };
  window.__voice = probe;
  return () => {
    if (window.__voice === probe) delete window.__voice;
  };
}
