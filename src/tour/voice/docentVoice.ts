import type { GroupSnapshot } from '../groupStore.ts';
import type { TourConnection } from '../tourConnection.ts';
import { PeerLink } from './peerLink.ts';
import { playQuestion } from './voiceOutput.ts';
import { planVoice } from './voicePlan.ts';
import { SIGNAL_MESSAGE, VOICE_CONFIG_MESSAGE } from './voiceConstants.ts';
import type { RelayedSignal, VoiceConfig } from './voiceProtocol.ts';
import { micProblemOf, useVoiceStore } from './voiceStore.ts';

/** Microphone settings for speech: the browser's echo cancellation, noise suppression and gain. */
export const SPEECH_AUDIO: MediaTrackConstraints = {
  echoCancellation: true,
  noiseSuppression: true,
  autoGainControl: true,
};

/** A visitor's "offer me again" this soon after an offer crossed it on the way: ignored. */
const FRESH_MS = 3000;

interface Listener {
  link: PeerLink;
  since: number;
  /** The visitor's question audio, playing while questions are open. */
  question: HTMLAudioElement | null;
}

/**
 * The docent's side of the voice: the microphone, sent on one peer connection per visitor (up to the
 * peer-to-peer limit); visitors' questions come back on the same connections while questions are open.
 */
export class DocentVoice {
  private mic: MediaStream | null = null;
  private readonly listeners = new Map<string, Listener>();
  private snapshot: GroupSnapshot | null = null;
  private limit = useVoiceStore.getState().limit;
  private readonly unlisten: (() => void)[];
  private closed = false;

  constructor(private readonly connection: TourConnection) {
    this.unlisten = [
      connection.listen(SIGNAL_MESSAGE, (m) => this.receive(m as RelayedSignal)),
      connection.listen(VOICE_CONFIG_MESSAGE, (m) => {
        const limit = Math.round(Number((m as VoiceConfig).p2pLimit));
        this.limit = Number.isFinite(limit) ? Math.min(60, Math.max(1, limit)) : this.limit;
        useVoiceStore.getState().set({ limit: this.limit });
        this.sync();
      }),
    ];
  }

  /** The "Speak to the group" toggle (its click is the gesture getUserMedia needs). */
  async setSpeaking(on: boolean): Promise<void> {
    const store = useVoiceStore.getState();
    if (!on) {
      this.stopMic();
      store.set({ speaking: false, reached: 0 });
      return;
    }
    if (!navigator.mediaDevices?.getUserMedia) return store.set({ micProblem: 'missing' });
    try {
      const mic = await navigator.mediaDevices.getUserMedia({ audio: SPEECH_AUDIO });
      if (this.closed) return mic.getTracks().forEach((t) => t.stop());
      this.mic = mic;
      store.set({ speaking: true, micProblem: null });
      this.sync();
    } catch (error) {
      store.set({ speaking: false, micProblem: micProblemOf(error) });
    }
  }

  /** The docent hears in the browser or the headset alike (questions play on plain audio elements). */
  setHeadset(): void {}

  update(snapshot: GroupSnapshot): void {
    const questionsClosed = this.snapshot?.questionsOpen === true && !snapshot.questionsOpen;
    this.snapshot = snapshot;
    if (questionsClosed) for (const id of this.listeners.keys()) this.endQuestion(id);
    this.sync();
  }

  /** Peer connections for the visitors in the plan; none beyond the limit or for those who left. */
  private sync() {
    if (!this.snapshot) return;
    const plan = planVoice(this.snapshot.members, this.limit);
    useVoiceStore.getState().set({ visitors: plan.visitors, reached: this.mic ? plan.reached.length : 0 });
    if (!this.mic) return;
    for (const id of this.listeners.keys()) if (!plan.reached.includes(id)) this.drop(id, true);
    for (const id of plan.reached) if (!this.listeners.has(id)) this.open(id);
  }

  private open(id: string) {
    const mic = this.mic;
    const track = mic?.getAudioTracks()[0];
    if (!mic || !track) return;
    const link: PeerLink = new PeerLink(false, {
      send: (signal) => this.connection.sendFeature(SIGNAL_MESSAGE, { ...signal, to: id }),
      onTrack: (stream) => this.question(id, stream),
      onState: (state) => {
        // A connection that failed (a headset asleep, a network change) is made again.
        if (state === 'failed' && this.listeners.get(id)?.link === link) {
          this.drop(id, true);
          this.sync();
        }
      },
      beforeAnswer: (pc) => {
        // A visitor's offer carries a question: the docent receives it only while questions are open.
        const transceiver = pc.getTransceivers()[0];
        if (transceiver) transceiver.direction = this.snapshot?.questionsOpen ? 'sendrecv' : 'sendonly';
      },
    });
    link.pc.addTransceiver(track, { direction: 'sendonly', streams: [mic] });
    this.listeners.set(id, { link, since: performance.now(), question: null });
  }

  private receive(signal: RelayedSignal) {
    const listener = this.listeners.get(signal.from);
    if (signal.kind === 'request') {
      // "Offer me again": the visitor lost its connection (the bye tells it the next offer is new).
      if (listener && performance.now() - listener.since < FRESH_MS) return;
      if (listener) this.drop(signal.from, true);
      return this.sync();
    }
    if (signal.kind === 'bye') {
      if (listener) this.drop(signal.from, false);
      return;
    }
    if (listener) void listener.link.receive(signal);
  }

  private question(id: string, stream: MediaStream) {
    const listener = this.listeners.get(id);
    if (!listener || !this.snapshot?.questionsOpen) return;
    listener.question?.pause();
    listener.question = playQuestion(stream);
  }

  /** Questions closed: stop playing the visitor and renegotiate so it can no longer send. */
  private endQuestion(id: string) {
    const listener = this.listeners.get(id);
    if (!listener) return;
    listener.question?.pause();
    listener.question = null;
    const transceiver = listener.link.pc.getTransceivers()[0];
    if (transceiver && transceiver.direction !== 'sendonly') transceiver.direction = 'sendonly';
  }

  private drop(id: string, tell: boolean) {
    const listener = this.listeners.get(id);
    if (!listener) return;
    if (tell) this.connection.sendFeature(SIGNAL_MESSAGE, { kind: 'bye', to: id });
    listener.question?.pause();
    listener.link.close();
    this.listeners.delete(id);
  }

  private stopMic() {
    for (const id of [...this.listeners.keys()]) this.drop(id, true);
    this.mic?.getTracks().forEach((t) => t.stop());
    this.mic = null;
  }

  micLive(): boolean {
    return this.mic?.getAudioTracks().some((t) => t.readyState === 'live') ?? false;
  }

  /** Every peer connection, for the page probe (e2e tests and the bench read their statistics). */
  peers(): Map<string, RTCPeerConnection> {
    return new Map([...this.listeners].map(([id, l]) => [id, l.link.pc]));
  }

  close(): void {
    this.closed = true;
    this.stopMic();
    this.unlisten.forEach((off) => off());
    useVoiceStore.getState().set({ speaking: false, reached: 0, visitors: 0 });
  }
}
