import { describe, expect, it } from 'vitest';
import { audioTotals } from './peerStats.ts';

describe('audioTotals', () => {
  it('adds up audio sent and received, ignoring other reports', () => {
    const totals = audioTotals([
      { type: 'outbound-rtp', kind: 'audio', bytesSent: 1000, packetsSent: 10 },
      { type: 'inbound-rtp', kind: 'audio', bytesReceived: 500, packetsReceived: 5 },
      { type: 'inbound-rtp', kind: 'video', bytesReceived: 9999, packetsReceived: 99 },
      { type: 'candidate-pair', bytesSent: 7777 },
    ]);
    expect(totals).toEqual({ bytesSent: 1000, packetsSent: 10, bytesReceived: 500, packetsReceived: 5 });
  });
  it('is all zero before any media flows', () => {
    expect(audioTotals([])).toEqual({ bytesSent: 0, packetsSent: 0, bytesReceived: 0, packetsReceived: 0 });
  });
});
