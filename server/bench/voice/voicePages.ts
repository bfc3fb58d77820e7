// Page scripts of the voice bench (run in Chromium through page.evaluate; no imports, plain DOM APIs).
// The docent does what src/tour/voice/docentVoice.ts does: one microphone (Chromium's fake device) sent on
// one RTCPeerConnection per listener, an Opus encoder each, no STUN/TURN (host candidates on loopback).
// Signalling goes through the bench (whole SDPs after ICE gathering) instead of the tour room.

declare global {
  interface Window {
    __benchPeers?: RTCPeerConnection[];
  }
}

export interface PeerTotals {
  state: string;
  bytesSent: number;
  packetsSent: number;
  packetsReceived: number;
  packetsLost: number;
  jitter: number;
  /** When these counters were read (the RTP report's timestamp, ms). */
  at: number;
}

/** Docent: the microphone and `count` offers (SDP with candidates). */
export async function docentOffers(count: number): Promise<string[]> {
  const mic = await navigator.mediaDevices.getUserMedia({
    audio: { echoCancellation: true, noiseSuppression: true, autoGainControl: true },
  });
  const track = mic.getAudioTracks()[0]!;
  // All at once: gathering host candidates takes a while on a loaded machine.
  const peers = Array.from({ length: count }, () => new RTCPeerConnection({ iceServers: [] }));
  const offers = await Promise.all(
    peers.map(async (pc) => {
      pc.addTransceiver(track, { direction: 'sendonly', streams: [mic] });
      await pc.setLocalDescription();
      // ICE gathering done, or 5 s passed (the SDP then carries the candidates found so far).
      await new Promise<void>((done) => {
        if (pc.iceGatheringState === 'complete') return done();
        setTimeout(done, 5000);
        pc.addEventListener('icegatheringstatechange', () => pc.iceGatheringState === 'complete' && done());
      });
      return pc.localDescription!.sdp;
    }),
  );
  window.__benchPeers = peers;
  return offers;
}

/** Visitor page: answers to these offers (one listening peer connection each). */
export async function visitorAnswers(offers: string[]): Promise<string[]> {
  const peers = offers.map(() => new RTCPeerConnection({ iceServers: [] }));
  const answers = await Promise.all(
    offers.map(async (sdp, i) => {
      const pc = peers[i]!;
      pc.ontrack = ({ streams, track }) => {
        // Played (muted) as the hall plays it, so the audio is decoded, not only received.
        const audio = new Audio();
        audio.muted = true;
        audio.srcObject = streams[0] ?? new MediaStream([track]);
        void audio.play().catch(() => undefined);
      };
      await pc.setRemoteDescription({ type: 'offer', sdp });
      await pc.setLocalDescription();
      // ICE gathering done, or 5 s passed (the SDP then carries the candidates found so far).
      await new Promise<void>((done) => {
        if (pc.iceGatheringState === 'complete') return done();
        setTimeout(done, 5000);
        pc.addEventListener('icegatheringstatechange', () => pc.iceGatheringState === 'complete' && done());
      });
      return pc.localDescription!.sdp;
    }),
  );
  window.__benchPeers = peers;
  return answers;
}

/** Docent: the answers, in the order of the offers. */
export async function docentAccept(answers: string[]): Promise<void> {
  const peers = window.__benchPeers ?? [];
  await Promise.all(answers.map((sdp, i) => peers[i]!.setRemoteDescription({ type: 'answer', sdp })));
}

/** Every peer connection's audio totals (outbound on the docent, inbound on a visitor). */
export async function peerTotals(): Promise<PeerTotals[]> {
  return Promise.all(
    (window.__benchPeers ?? []).map(async (pc) => {
      const totals: PeerTotals = {
        state: pc.connectionState,
        bytesSent: 0,
        packetsSent: 0,
        packetsReceived: 0,
        packetsLost: 0,
        jitter: 0,
        at: performance.timeOrigin + performance.now(),
      };
      (await pc.getStats()).forEach((r: Record<string, unknown>) => {
        if (r.kind !== 'audio') return;
        if (r.type === 'outbound-rtp' || r.type === 'inbound-rtp')
          totals.at = Number(r.timestamp ?? totals.at);
        if (r.type === 'outbound-rtp') {
          totals.bytesSent += Number(r.bytesSent ?? 0);
          totals.packetsSent += Number(r.packetsSent ?? 0);
        } else if (r.type === 'inbound-rtp') {
          totals.packetsReceived += Number(r.packetsReceived ?? 0);
          totals.packetsLost += Number(r.packetsLost ?? 0);
          totals.jitter = Number(r.jitter ?? 0);
        }
      });
      return totals;
    }),
  );
}

export function closePeers(): void {
  for (const pc of window.__benchPeers ?? []) pc.close();
  window.__benchPeers = [];
}
