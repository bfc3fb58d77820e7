import { describe, expect, it } from 'vitest';
import { supportedPeers, voiceTable, type VoiceStep } from './voiceReport.ts';

const step = (peers: number, cpu: number, withAudio = peers, minPackets = 50): VoiceStep => ({
  peers,
  seconds: 10,
  docentCpuPercent: cpu,
  uploadKbps: peers * 40,
  peersWithAudio: withAudio,
  minPacketsPerSecond: minPackets,
  lostPercent: 0,
  maxJitterMs: 2,
});

describe('supportedPeers', () => {
  it('is the largest count within the CPU budget with every listener hearing', () => {
    expect(supportedPeers([step(1, 5), step(5, 12), step(10, 30), step(20, 60), step(30, 90)])).toBe(10);
  });
  it('stops at the first count where a listener misses audio, even if a larger one passes', () => {
    expect(supportedPeers([step(1, 5), step(5, 10, 4), step(10, 20)])).toBe(1);
    expect(supportedPeers([step(1, 5), step(5, 10, 5, 30)])).toBe(1);
  });
  it('is 0 when nothing passes', () => {
    expect(supportedPeers([step(1, 80)])).toBe(0);
  });
});

describe('voiceTable', () => {
  it('prints a row per step with its verdict', () => {
    const rows = voiceTable([step(1, 5), step(30, 90)]);
    expect(rows).toHaveLength(4);
    expect(rows[2]).toContain('| 1 | 5 % | 40 kbit/s | 40.0 kbit/s | 1 / 1 |');
    expect(rows[2]).toMatch(/PASS \|$/);
    expect(rows[3]).toMatch(/FAIL \|$/);
  });
});
