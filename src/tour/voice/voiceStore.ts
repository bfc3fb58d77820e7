import { create } from 'zustand';
import { DEFAULT_TOUR_SETTINGS } from '../tourDefaults.ts';
import type { DocentVoice } from './docentVoice.ts';
import type { VisitorVoice } from './visitorVoice.ts';

export type MicProblem = 'denied' | 'missing' | 'failed' | null;

/** What the voice UI shows; written by the docent's or the visitor's voice session. */
interface VoiceState {
  /** Docent: the microphone is live and streams to the group. */
  speaking: boolean;
  /** Docent: how many visitors the voice reaches (peer-to-peer limit) of how many there are. */
  reached: number;
  visitors: number;
  /** Listeners the docent's browser serves (tour.json voice.p2pLimit, sent by the server). */
  limit: number;
  /** Visitor: the docent's voice is arriving (a connected peer with an audio track). */
  hearing: boolean;
  /** Visitor: the push-to-talk button is held and the question goes to the docent. */
  asking: boolean;
  /** The browser refused to play the audio (no user gesture yet): a button offers to start it. */
  playBlocked: boolean;
  /** The microphone could not be opened: denied by the visitor, none there, or another failure. */
  micProblem: MicProblem;
  /** Visitor: the docent's stream (played positionally at the docent's avatar in a headset). */
  docentStream: MediaStream | null;
  /** The live voice session of this page in a tour (the docent's or a visitor's; a lazy chunk). */
  docent: DocentVoice | null;
  visitor: VisitorVoice | null;
  set: (patch: Partial<Omit<VoiceState, 'set'>>) => void;
}

export const INITIAL_VOICE = {
  speaking: false,
  reached: 0,
  visitors: 0,
  hearing: false,
  asking: false,
  playBlocked: false,
  micProblem: null,
  docentStream: null,
} as const;

export const useVoiceStore = create<VoiceState>()((set) => ({
  ...INITIAL_VOICE,
  limit: DEFAULT_TOUR_SETTINGS.voice.p2pLimit,
  docent: null,
  visitor: null,
  set: (patch) => set(patch),
}));

/** getUserMedia's error as the line the UI shows. */
export function micProblemOf(error: unknown): Exclude<MicProblem, null> {
  const name = (error as { name?: string })?.name;
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'NotReadableError')
    return 'missing';
  return 'failed';
}
