/** One peer connection's audio in numbers (from getStats): what the e2e test and the bench read. */
export interface PeerAudioStats {
  id: string;
  state: RTCPeerConnectionState;
  bytesSent: number;
  packetsSent: number;
  bytesReceived: number;
  packetsReceived: number;
}

/** Sums the audio outbound-rtp and inbound-rtp reports of a getStats() result. */
export function audioTotals(reports: Iterable<Record<string, unknown>>) {
  const totals = { bytesSent: 0, packetsSent: 0, bytesReceived: 0, packetsReceived: 0 };
  for (const r of reports) {
    if (r.kind !== 'audio' && r.mediaType !== 'audio') continue;
    if (r.type === 'outbound-rtp') {
      totals.bytesSent += Number(r.bytesSent ?? 0);
      totals.packetsSent += Number(r.packetsSent ?? 0);
    } else if (r.type === 'inbound-rtp') {
      totals.bytesReceived += Number(r.bytesReceived ?? 0);
      totals.packetsReceived += Number(r.packetsReceived ?? 0);
    }
  }
  return totals;
}

export async function peerAudioStats(peers: Map<string, RTCPeerConnection>): Promise<PeerAudioStats[]> {
  return Promise.all(
    [...peers].map(async ([id, pc]) => {
      const report = await pc.getStats();
      return { id, state: pc.connectionState, ...audioTotals(report.values()) };
    }),
  );
}
