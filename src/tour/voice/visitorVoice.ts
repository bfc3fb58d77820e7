import type { GroupSnapshot } from '../groupStore.ts';
import type { TourConnection } from '../tourConnection.ts';
import { SPEECH_AUDIO } from './docentVoice.ts';
import { PeerLink } from './peerLink.ts';
import { playVoice } from './voiceOutput.ts';
import { SIGNAL_MESSAGE } from './voiceConstants.ts';
import type { RelayedSignal } from './voiceProtocol.ts';
import { INITIAL_VOICE, micProblemOf, useVoiceStore } from './voiceStore.ts';

/**
 * A visitor's side of the voice: listens to the docent (no microphone is asked for) and, while the docent
 * has questions open, sends a question with push-to-talk to the docent only.
 */
export class VisitorVoice {
  private link: PeerLink | null = null;
  private docent = '';
  private mic: MediaStream | null = null;
  private snapshot: GroupSnapshot | null = null;
  private readonly unlisten: () => void;
  private closed = false;
  private inHeadset = false;
  private wasJoined = false;

  constructor(private readonly connection: TourConnection) {
    this.unlisten = connection.listen(SIGNAL_MESSAGE, (m) => this.receive(m as RelayedSignal));
  }

  update(snapshot: GroupSnapshot, joined: boolean): void {
    const rejoined = joined && !this.wasJoined;
    this.wasJoined = joined;
    const wasOpen = this.snapshot?.questionsOpen ?? false;
    this.snapshot = snapshot;
    if (snapshot.docent !== this.docent) {
      this.hangUp();
      this.docent = snapshot.docent;
    }
    if (wasOpen && !snapshot.questionsOpen) this.stopAsking(true);
    // A visitor who joins or reconnects without a live connection asks the docent for one.
    if (rejoined && !this.link && snapshot.docent && snapshot.docentStatus === 'present') this.request();
  }

  /** In a headset the docent's avatar plays the voice positionally: the page's element is muted. */
  setHeadset(inHeadset: boolean): void {
    this.inHeadset = inHeadset;
    const stream = useVoiceStore.getState().docentStream;
    if (stream) playVoice(stream, inHeadset);
  }

  private lastRequest = -Infinity;
  private request() {
    const now = performance.now();
    if (now - this.lastRequest < 2000) return;
    this.lastRequest = now;
    this.connection.sendFeature(SIGNAL_MESSAGE, { kind: 'request', to: this.docent });
  }

  private receive(signal: RelayedSignal) {
    if (this.closed || signal.from !== this.docent) return;
    if (signal.kind === 'bye') return this.hangUp();
    if (signal.kind === 'offer' && !this.link) this.link = this.openLink();
    if (this.link) void this.link.receive(signal);
  }

  private openLink(): PeerLink {
    const link: PeerLink = new PeerLink(true, {
      send: (signal) => this.connection.sendFeature(SIGNAL_MESSAGE, { ...signal, to: this.docent }),
      onTrack: (stream) => {
        useVoiceStore.getState().set({ docentStream: stream });
        playVoice(stream, this.inHeadset);
      },
      onState: (state) => {
        if (this.link !== link) return;
        useVoiceStore.getState().set({ hearing: state === 'connected' });
        if (state === 'failed' || state === 'closed') {
          this.hangUp();
          if (this.snapshot?.docentStatus === 'present') this.request();
        }
      },
      mayOffer: () => this.snapshot?.questionsOpen === true,
    });
    return link;
  }

  /** Push-to-talk pressed (a gesture: the microphone may be asked for here) or released. */
  async ask(down: boolean): Promise<void> {
    const store = useVoiceStore.getState();
    const track = this.mic?.getAudioTracks()[0];
    if (!down) {
      if (track) track.enabled = false;
      return store.set({ asking: false });
    }
    if (!this.snapshot?.questionsOpen || !this.link) return;
    if (!track) {
      if (!navigator.mediaDevices?.getUserMedia) return store.set({ micProblem: 'missing' });
      try {
        this.mic = await navigator.mediaDevices.getUserMedia({ audio: SPEECH_AUDIO });
      } catch (error) {
        return store.set({ micProblem: micProblemOf(error) });
      }
    }
    const mic = this.mic?.getAudioTracks()[0];
    const transceiver = this.link?.pc.getTransceivers()[0];
    if (!mic || !transceiver || this.closed) return;
    mic.enabled = true;
    store.set({ asking: true, micProblem: null });
    await transceiver.sender.replaceTrack(mic);
    if (transceiver.direction !== 'sendrecv') transceiver.direction = 'sendrecv';
    else if (transceiver.currentDirection !== 'sendrecv') void this.link?.negotiate();
  }

  /** Questions closed (or the tour left): the microphone is released; the docent renegotiates. */
  private stopAsking(resetDirection: boolean) {
    this.mic?.getTracks().forEach((t) => t.stop());
    this.mic = null;
    const transceiver = this.link?.pc.getTransceivers()[0];
    if (transceiver) {
      void transceiver.sender.replaceTrack(null).catch(() => undefined);
      if (resetDirection) transceiver.direction = 'recvonly';
    }
    useVoiceStore.getState().set({ asking: false });
  }

  private hangUp() {
    this.stopAsking(false);
    this.link?.close();
    this.link = null;
    useVoiceStore.getState().set({ hearing: false, docentStream: null });
    playVoice(null, false);
  }

  micLive(): boolean {
    return this.mic?.getAudioTracks().some((t) => t.readyState === 'live') ?? false;
  }

  /** The peer connection to the docent, for the page probe. */
  peers(): Map<string, RTCPeerConnection> {
    return new Map(this.link ? [[this.docent, this.link.pc]] : []);
  }

  /** For tests: lose the connection as a sleeping headset does; the voice must come back. */
  dropPeer(): void {
    this.link?.pc.close();
    this.hangUp();
    this.request();
  }

  close(): void {
    if (this.link) this.connection.sendFeature(SIGNAL_MESSAGE, { kind: 'bye', to: this.docent });
    this.hangUp();
    this.closed = true;
    this.unlisten();
    useVoiceStore.getState().set(INITIAL_VOICE);
  }
}
