import { useVoiceStore } from './voiceStore.ts';

/**
 * Where the tour's voice plays: one audio element, made and started inside the join (or lead) click, so
 * the browser's autoplay policy lets it play the docent's stream later without another tap (iOS Safari
 * needs the element itself started in a gesture; Chromium remembers the page's activation).
 */
let element: HTMLAudioElement | null = null;

export function unlockVoiceAudio(): void {
  if (element || typeof Audio === 'undefined') return;
  element = new Audio();
  element.autoplay = true;
  element.srcObject = new MediaStream();
  void element.play().catch(() => undefined);
}

/** Play a stream on the page's voice element; `muted` when a positional source plays it instead (VR). */
export function playVoice(stream: MediaStream | null, muted: boolean): void {
  unlockVoiceAudio();
  if (!element) return;
  element.muted = muted;
  if (element.srcObject !== stream) element.srcObject = stream;
  if (!stream) return;
  void element.play().then(
    () => useVoiceStore.getState().set({ playBlocked: false }),
    () => useVoiceStore.getState().set({ playBlocked: true }),
  );
}

/** The "Tap to hear the guide" button: a gesture that starts the element the browser held back. */
export function resumeVoice(): void {
  void element?.play().then(() => useVoiceStore.getState().set({ playBlocked: false }));
}

/** A visitor's question on the docent's side: its own element, dropped when the question ends. */
export function playQuestion(stream: MediaStream): HTMLAudioElement {
  const audio = new Audio();
  audio.autoplay = true;
  audio.srcObject = stream;
  void audio.play().catch(() => undefined);
  return audio;
}
