// The voice bench (issue #14): how many listeners one docent's browser can stream to, peer to peer.
// In Debian's Chromium with the fake microphone, on loopback: one docent page with N RTCPeerConnections
// (one Opus encoder each, as src/tour/voice/docentVoice.ts makes them) to N listening connections in
// light pages of another browser (10 a page, no hall), for N = 1, 5, 10, 20, 30. Reports the docent
// browser's CPU (all its processes, from /proc), upload (outbound-rtp bytesSent), and whether every
// listener gets audio (inbound packetsReceived). Writes bench/voice.md.
// Run: npx tsx server/bench/voice/main.ts [--peers 1,5,10,20,30] [--seconds 10] [--port 4237]
import { chromium, type Browser, type BrowserServer, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { closePeers, docentAccept, docentOffers, peerTotals, visitorAnswers } from './voicePages.ts';
import type { PeerTotals } from './voicePages.ts';
import { DOCENT_CPU_BUDGET_PERCENT, supportedPeers, voiceTable, type VoiceStep } from './voiceReport.ts';

const { values } = parseArgs({
  options: {
    peers: { type: 'string', default: '1,5,10,20,30' },
    seconds: { type: 'string', default: '10' },
    port: { type: 'string', default: '4237' },
  },
});
const COUNTS = values.peers
  .split(',')
  .map(Number)
  .filter((n) => n >= 1 && n <= 60);
const SECONDS = Math.min(60, Math.max(3, Number(values.seconds)));
const PER_PAGE = 10;
const ARGS = [
  '--no-sandbox',
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--autoplay-policy=no-user-gesture-required',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** CPU seconds of a process and all its descendants (Chromium's browser, renderer, GPU, audio …). */
function treeCpuSeconds(pid: number): number {
  const children = (() => {
    try {
      return execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
        .split('\n')
        .map(Number)
        .filter((n) => n > 0);
    } catch {
      return [];
    }
  })();
  let own = 0;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    own = (Number(stat[11]) + Number(stat[12])) / 100;
  } catch {
    // Gone meanwhile.
  }
  return own + children.reduce((sum, child) => sum + treeCpuSeconds(child), 0);
}

// An empty page on loopback: a secure context (getUserMedia) that fetches nothing.
const http = createServer((_req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/html' });
  res.end('<!doctype html><title>voice bench</title>');
});
await new Promise<void>((done) => http.listen(Number(values.port), '127.0.0.1', done));
const url = `http://127.0.0.1:${values.port}/`;

const docentServer: BrowserServer = await chromium.launchServer({ executablePath, args: ARGS });
const docentBrowser: Browser = await chromium.connect(docentServer.wsEndpoint());
const listenerBrowser: Browser = await chromium.launch({ executablePath, args: ARGS });
const docentPid = docentServer.process().pid!;

async function step(count: number): Promise<VoiceStep> {
  const docent = await docentBrowser.newPage();
  await docent.goto(url);
  const listeners: Page[] = [];
  try {
    const offers = await docent.evaluate(docentOffers, count);
    console.log(`  offers ready`);
    const answers: string[] = [];
    for (let at = 0; at < count; at += PER_PAGE) {
      const page = await listenerBrowser.newPage();
      await page.goto(url);
      listeners.push(page);
      answers.push(...(await page.evaluate(visitorAnswers, offers.slice(at, at + PER_PAGE))));
    }
    console.log(`  answers ready`);
    await docent.evaluate(docentAccept, answers);
    const heard = async () => (await Promise.all(listeners.map((p) => p.evaluate(peerTotals)))).flat();
    // Warm-up: every connection up (or 20 s), then 3 s more.
    const until = Date.now() + 20_000;
    while (Date.now() < until && (await docent.evaluate(peerTotals)).some((p) => p.state !== 'connected'))
      await new Promise((r) => setTimeout(r, 250));
    await new Promise((r) => setTimeout(r, 3000));

    const sentBefore = await docent.evaluate(peerTotals);
    const heardBefore = await heard();
    const cpuBefore = treeCpuSeconds(docentPid);
    const t0 = performance.now();
    await new Promise((r) => setTimeout(r, SECONDS * 1000));
    const cpuAfter = treeCpuSeconds(docentPid);
    const elapsed = (performance.now() - t0) / 1000;
    const sentAfter = await docent.evaluate(peerTotals);
    const heardAfter = await heard();
    return summarize(count, elapsed, cpuAfter - cpuBefore, sentBefore, sentAfter, heardBefore, heardAfter);
  } finally {
    await docent.evaluate(closePeers).catch(() => undefined);
    await docent.close();
    for (const page of listeners) await page.close();
  }
}

function summarize(
  peers: number,
  seconds: number,
  cpuSeconds: number,
  sentBefore: PeerTotals[],
  sentAfter: PeerTotals[],
  heardBefore: PeerTotals[],
  heardAfter: PeerTotals[],
): VoiceStep {
  // Rates over each report's own clock (reading the stats of many pages takes a while under load).
  const span = (after: PeerTotals, before: PeerTotals | undefined) =>
    Math.max(0.001, (after.at - (before?.at ?? after.at - seconds * 1000)) / 1000);
  const kbps = sentAfter.reduce(
    (n, p, i) => n + ((p.bytesSent - (sentBefore[i]?.bytesSent ?? 0)) * 8) / 1000 / span(p, sentBefore[i]),
    0,
  );
  const received = heardAfter.map((p, i) => p.packetsReceived - (heardBefore[i]?.packetsReceived ?? 0));
  const rates = heardAfter.map((p, i) => (received[i] ?? 0) / span(p, heardBefore[i]));
  const lost = heardAfter.reduce((n, p, i) => n + p.packetsLost - (heardBefore[i]?.packetsLost ?? 0), 0);
  const total = received.reduce((a, b) => a + b, 0);
  return {
    peers,
    seconds,
    docentCpuPercent: (cpuSeconds / seconds) * 100,
    uploadKbps: kbps,
    peersWithAudio: received.filter((n) => n > 0).length,
    minPacketsPerSecond: Math.min(...rates),
    lostPercent: total + lost > 0 ? (lost / (total + lost)) * 100 : 0,
    maxJitterMs: Math.max(...heardAfter.map((p) => p.jitter)) * 1000,
  };
}

const steps: VoiceStep[] = [];
// The docent browser at rest (one blank page, no peer): what the voice costs is above this.
const idlePage = await docentBrowser.newPage();
await idlePage.goto(url);
const idleBefore = treeCpuSeconds(docentPid);
await new Promise((r) => setTimeout(r, 5000));
const idlePercent = ((treeCpuSeconds(docentPid) - idleBefore) / 5) * 100;
await idlePage.close();
try {
  for (const count of COUNTS) {
    console.log(`… ${count} listener(s), ${SECONDS} s`);
    const result = await step(count);
    console.log(`  ${voiceTable([result])[2]}`);
    steps.push(result);
  }
} finally {
  await docentBrowser.close();
  await docentServer.close();
  await listenerBrowser.close();
  http.close();
}

const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(', ');
const lines = [
  '# Voice: the peer-to-peer limit (server/bench/voice/main.ts)',
  '',
  `Measured on ${new Date().toISOString().slice(0, 10)}: ${cpus()[0]?.model ?? 'CPU'} × ${cpus().length}, load average ${load} at the end (other work shared the machine: CPU figures are upper bounds), Debian Chromium headless with the fake microphone (\`--use-fake-device-for-media-stream\`), loopback, no STUN/TURN. One docent page sends its microphone on one RTCPeerConnection per listener (an Opus encoder each, echo cancellation, noise suppression and gain on, as the hall does); the listeners are light pages of a second browser (${PER_PAGE} connections a page, audio played muted). ${SECONDS} s per step after the connections are up and 3 s of warm-up. Docent CPU is the docent browser's whole process tree; at rest (one blank page) it used ${idlePercent.toFixed(0)} %.`,
  '',
  ...voiceTable(steps),
  '',
  `A step passes when every listener gets ≥ 95 % of the 50 audio packets a second and the docent's browser stays within ${DOCENT_CPU_BUDGET_PERCENT} % of one core (its device also draws the hall or runs a headset).`,
  `Largest passing step: ${supportedPeers(steps)} listeners.`,
];
mkdirSync('bench', { recursive: true });
writeFileSync('bench/voice.md', `${lines.join('\n')}\n`);
console.log(lines.join('\n'));
