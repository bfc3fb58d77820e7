import type { RelayedSignal, SignalMessage } from './voiceProtocol.ts';

type Outgoing<K extends SignalMessage['kind']> = Omit<Extract<SignalMessage, { kind: K }>, 'to'>;
/** What a link sends to the other end (the session adds the recipient, the relay the sender). */
export type OutgoingSignal = Outgoing<'offer'> | Outgoing<'answer'> | Outgoing<'ice'>;

export interface PeerLinkEvents {
  send(signal: OutgoingSignal): void;
  onTrack(stream: MediaStream): void;
  onState(state: RTCPeerConnectionState): void;
  /** Before answering an offer (the docent allows a visitor's question audio here). */
  beforeAnswer?(pc: RTCPeerConnection): void;
  /** Whether this end may offer now (a visitor only while questions are open). */
  mayOffer?(): boolean;
}

/**
 * One RTCPeerConnection with the "perfect negotiation" pattern: either end may renegotiate (the docent
 * when questions close, a visitor to ask a question); on a collision the polite end (the visitor) yields.
 * No STUN or TURN server: host candidates reach each other on a LAN or on loopback.
 */
export class PeerLink {
  readonly pc = new RTCPeerConnection({ iceServers: [] });
  private makingOffer = false;
  private ignoreOffer = false;
  private closed = false;

  constructor(
    private readonly polite: boolean,
    private readonly events: PeerLinkEvents,
  ) {
    this.pc.onnegotiationneeded = () => void this.negotiate();
    this.pc.onicecandidate = ({ candidate }) => {
      if (candidate) events.send({ kind: 'ice', candidate: candidate.toJSON() as IceCandidateJson });
    };
    this.pc.ontrack = ({ track, streams }) => events.onTrack(streams[0] ?? new MediaStream([track]));
    this.pc.onconnectionstatechange = () => events.onState(this.pc.connectionState);
  }

  /** Make and send an offer for the current transceivers (also run on `negotiationneeded`). */
  async negotiate(): Promise<void> {
    if (this.closed || this.pc.signalingState !== 'stable' || this.events.mayOffer?.() === false) return;
    try {
      this.makingOffer = true;
      await this.pc.setLocalDescription();
      const sdp = this.pc.localDescription?.sdp;
      if (sdp && !this.closed) this.events.send({ kind: 'offer', sdp });
    } catch {
      // Closed meanwhile, or a remote offer won the race: the next signal settles it.
    } finally {
      this.makingOffer = false;
    }
  }

  async receive(signal: RelayedSignal): Promise<void> {
    if (this.closed) return;
    try {
      if (signal.kind === 'offer' || signal.kind === 'answer') {
        const collision =
          signal.kind === 'offer' && (this.makingOffer || this.pc.signalingState !== 'stable');
        this.ignoreOffer = !this.polite && collision;
        if (this.ignoreOffer) return;
        // A polite end rolls its own offer back implicitly.
        await this.pc.setRemoteDescription({ type: signal.kind, sdp: signal.sdp });
        if (signal.kind !== 'offer') return;
        this.events.beforeAnswer?.(this.pc);
        await this.pc.setLocalDescription();
        const sdp = this.pc.localDescription?.sdp;
        if (sdp && !this.closed) this.events.send({ kind: 'answer', sdp });
      } else if (signal.kind === 'ice') {
        await this.pc.addIceCandidate(signal.candidate).catch((error: unknown) => {
          if (!this.ignoreOffer) throw error;
        });
      }
    } catch {
      // A stale or refused description: the connection state (failed) drives the recovery.
    }
  }

  close(): void {
    this.closed = true;
    this.pc.onnegotiationneeded = null;
    this.pc.onicecandidate = null;
    this.pc.ontrack = null;
    this.pc.onconnectionstatechange = null;
    this.pc.close();
  }
}

interface IceCandidateJson {
  candidate: string;
  sdpMid?: string | null;
  sdpMLineIndex?: number | null;
  usernameFragment?: string | null;
}
