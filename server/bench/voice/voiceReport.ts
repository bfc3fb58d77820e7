/** One step of the voice bench: a docent streaming to `peers` listeners for `seconds`. */
export interface VoiceStep {
  peers: number;
  seconds: number;
  /** CPU of the docent's whole browser (all its processes), 100 % = one core. */
  docentCpuPercent: number;
  /** outbound-rtp bytesSent over the window, all peers together. */
  uploadKbps: number;
  /** Peers whose listener received audio packets in the window (inbound packetsReceived grew). */
  peersWithAudio: number;
  /** The worst listener's packets a second (Opus frames of 20 ms: 50/s is everything). */
  minPacketsPerSecond: number;
  /** Packets lost over the window, all listeners. */
  lostPercent: number;
  maxJitterMs: number;
}

/** Docent CPU budget for the voice alone: the docent's device also draws the hall (or a headset). */
export const DOCENT_CPU_BUDGET_PERCENT = 50;
/** A listener hears the docent when it gets 95 % of the 50 packets a second. */
export const MIN_PACKETS_PER_SECOND = 47.5;

export function stepPasses(step: VoiceStep): boolean {
  return (
    step.peersWithAudio === step.peers &&
    step.minPacketsPerSecond >= MIN_PACKETS_PER_SECOND &&
    step.docentCpuPercent <= DOCENT_CPU_BUDGET_PERCENT
  );
}

/** The largest measured peer count that passes, with every smaller one passing too (0 if none). */
export function supportedPeers(steps: readonly VoiceStep[]): number {
  let best = 0;
  for (const step of [...steps].sort((a, b) => a.peers - b.peers)) {
    if (!stepPasses(step)) break;
    best = step.peers;
  }
  return best;
}

export function voiceTable(steps: readonly VoiceStep[]): string[] {
  return [
    '| Listeners | Docent CPU (1 core = 100 %) | Upload | Per listener | Listeners with audio | Worst listener | Lost | Max jitter | Budget |',
    '| --------: | --------------------------: | -----: | -----------: | -------------------: | -------------: | ---: | ---------: | :----- |',
    ...steps.map(
      (s) =>
        `| ${s.peers} | ${s.docentCpuPercent.toFixed(0)} % | ${s.uploadKbps.toFixed(0)} kbit/s | ${(s.uploadKbps / s.peers).toFixed(1)} kbit/s | ${s.peersWithAudio} / ${s.peers} | ${s.minPacketsPerSecond.toFixed(1)} packets/s | ${s.lostPercent.toFixed(1)} % | ${s.maxJitterMs.toFixed(0)} ms | ${stepPasses(s) ? 'PASS' : 'FAIL'} |`,
    ),
  ];
}
