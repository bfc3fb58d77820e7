// npm run bench:tour — load benchmark of the tour server, loopback only, bounded in count and time.
// Simulated visitors (the Colyseus client in Node) in rooms of 30 (a docent and 29 visitors) walk and
// send poses at the tour's rate; at 1, 10 and 30 rooms it reports the server's CPU and memory, messages
// and bytes per second per client, and round-trip p50/p95 (ping → pong through the room).
// Then the avatar leg (./avatars.ts): a docent page with 30 avatars in view, draw calls and triangles
// against the hall's budgets (needs a built dist/). Options: --rooms 1,10,30 --seconds 10 --port 4228
// (the avatar leg's server on port + 1) --only load|avatars. Writes bench/tour.md.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client, type Room } from 'colyseus.js';
import { emptyPose, encodePose } from '../../src/tour/poseCodec.ts';
import { POSE_MESSAGE } from '../../src/tour/protocol.ts';
import { DEFAULT_TOUR_SETTINGS } from '../../src/tour/tourSettingsSchema.ts';
import { avatarLines, measureAvatars, type AvatarResult } from './avatars.ts';
import { budgetLines, percentile, resultTable, type PhaseResult } from './benchStats.ts';

const { values } = parseArgs({
  options: {
    rooms: { type: 'string', default: '1,10,30' },
    seconds: { type: 'string', default: '10' },
    port: { type: 'string', default: '4228' },
    size: { type: 'string', default: '30' },
    only: { type: 'string', default: '' },
  },
});
const ROOM_COUNTS = values.rooms
  .split(',')
  .map(Number)
  .filter((n) => n >= 1 && n <= 30);
const SECONDS = Math.min(30, Math.max(3, Number(values.seconds)));
const ROOM_SIZE = Math.min(30, Math.max(2, Number(values.size)));
const PORT = Number(values.port);
const DOCENT = 'bench-docent-code';
const HZ = DEFAULT_TOUR_SETTINGS.poseHz;

interface Sim {
  room: Room;
  bytesDown: number;
  msgsDown: number;
  bytesUp: number;
  msgsUp: number;
  rtts: number[];
}

function procStats(pid: number): { cpuSeconds: number; rssMb: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const ticks = Number(stat[11]) + Number(stat[12]);
  const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? '0';
  return { cpuSeconds: ticks / 100, rssMb: Number(rss) / 1024 };
}

function watch(room: Room): Sim {
  const sim: Sim = { room, bytesDown: 0, msgsDown: 0, bytesUp: 0, msgsUp: 0, rtts: [] };
  const ws = (
    room.connection as unknown as {
      transport: { ws: { addEventListener: (t: string, cb: (e: { data: ArrayBuffer }) => void) => void } };
    }
  ).transport.ws;
  ws.addEventListener('message', (event) => {
    sim.bytesDown += event.data.byteLength;
    sim.msgsDown += 1;
  });
  room.onMessage(POSE_MESSAGE, () => undefined);
  room.onMessage('notice', () => undefined);
  room.onMessage('pong', (m: { t: number }) => sim.rtts.push(performance.now() - m.t));
  return sim;
}

async function inBatches<T>(jobs: (() => Promise<T>)[], size: number): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < jobs.length; i += size)
    out.push(...(await Promise.all(jobs.slice(i, i + size).map((j) => j()))));
  return out;
}

async function phase(rooms: number, serverPid: number): Promise<PhaseResult> {
  const client = new Client(`http://127.0.0.1:${PORT}`);
  const sims: Sim[] = [];
  for (let r = 0; r < rooms; r++) {
    const docent = await client.create('tour', { name: `Guide ${r}`, lang: 'zh', docentCode: DOCENT });
    sims.push(watch(docent));
    const visitors = await inBatches(
      Array.from(
        { length: ROOM_SIZE - 1 },
        (_, v) => () =>
          client.joinById(docent.roomId, { name: `Visitor ${v + 1}`, lang: v % 2 ? 'en' : 'zh' }),
      ),
      10,
    );
    sims.push(...visitors.map(watch));
  }
  // Everyone walks a slow circle and sends its pose at the tour rate; one ping a second each.
  const pose = emptyPose();
  let tick = 0;
  const sendPoses = setInterval(() => {
    tick += 1;
    sims.forEach((sim, i) => {
      const a = tick / HZ / 4 + i;
      pose.x = 10 * Math.cos(a);
      pose.z = 10 * Math.sin(a);
      pose.yaw = a;
      const bytes = encodePose(pose);
      sim.room.sendBytes(POSE_MESSAGE, bytes);
      sim.bytesUp += bytes.length + 4;
      sim.msgsUp += 1;
    });
  }, 1000 / HZ);
  const ping = setInterval(() => {
    for (const sim of sims) {
      sim.room.send('ping', { t: performance.now() });
      sim.msgsUp += 1;
    }
  }, 1000);
  await new Promise((r) => setTimeout(r, 2000)); // warm-up
  for (const sim of sims) Object.assign(sim, { bytesDown: 0, msgsDown: 0, bytesUp: 0, msgsUp: 0, rtts: [] });
  const before = procStats(serverPid);
  const start = performance.now();
  await new Promise((r) => setTimeout(r, SECONDS * 1000));
  const seconds = (performance.now() - start) / 1000;
  const after = procStats(serverPid);
  clearInterval(sendPoses);
  clearInterval(ping);
  const n = sims.length;
  const sum = (f: (s: Sim) => number) => sims.reduce((t, s) => t + f(s), 0);
  const rtts = sims.flatMap((s) => s.rtts);
  await inBatches(
    sims.map((s) => () => s.room.leave().catch(() => 0)),
    50,
  );
  return {
    rooms,
    clients: n,
    seconds,
    serverCpuPercent: ((after.cpuSeconds - before.cpuSeconds) / seconds) * 100,
    serverRssMb: after.rssMb,
    msgsDownPerClient: sum((s) => s.msgsDown) / n / seconds,
    bytesDownPerClient: sum((s) => s.bytesDown) / n / seconds,
    msgsUpPerClient: sum((s) => s.msgsUp) / n / seconds,
    bytesUpPerClient: sum((s) => s.bytesUp) / n / seconds,
    rttP50: percentile(rtts, 50),
    rttP95: percentile(rtts, 95),
  };
}

const dir = mkdtempSync(join(tmpdir(), 'tour-bench-'));
const settings = join(dir, 'tour.json');
writeFileSync(
  settings,
  JSON.stringify({ ...DEFAULT_TOUR_SETTINGS, docentCode: DOCENT, joinsPerMinute: 10_000 }),
);
/** A tour server on `port` (`--tours-only`: no hall files), resolved once it listens. */
async function startServer(port: number, extra: string[]): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/main.ts', ...extra, '--port', String(port), '--settings', settings],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((done, fail) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes(`PORT ${port}`) && done());
    child.once('exit', (code) => fail(new Error(`tour server exited (${code})`)));
  });
  return child;
}

const results: PhaseResult[] = [];
if (values.only !== 'avatars') {
  const server = await startServer(PORT, ['--tours-only']);
  try {
    for (const rooms of ROOM_COUNTS) {
      console.log(`… ${rooms} room(s) of ${ROOM_SIZE}, ${SECONDS} s`);
      results.push(await phase(rooms, server.pid!));
    }
  } finally {
    server.kill('SIGTERM');
  }
}
let avatars: AvatarResult | null = null;
let avatarError = 'not run (--only load)';
if (values.only !== 'load') {
  if (!existsSync('dist/index.html')) avatarError = 'no built hall (run npm run build first)';
  else {
    console.log('… avatars: a docent page with 30 visitors in view');
    const server = await startServer(PORT + 1, ['--no-build']);
    try {
      avatars = await measureAvatars(PORT + 1, DOCENT);
    } catch (error) {
      avatarError = String((error as Error).message ?? error).split('\n')[0]!;
    } finally {
      server.kill('SIGTERM');
    }
  }
}
const lines = [
  `# Tour server load (npm run bench:tour)`,
  '',
  `Measured on ${new Date().toISOString().slice(0, 10)}: ${cpus()[0]?.model ?? 'CPU'} × ${cpus().length}, Node ${process.version}; server and simulated clients on the same machine, loopback. Rooms of ${ROOM_SIZE} (a docent + ${ROOM_SIZE - 1} visitors), every client walking and sending its pose at ${HZ} Hz (the worst case: nobody stands still), one ping a second each; ${SECONDS} s per phase after 2 s of warm-up. Bytes are WebSocket payloads.`,
  '',
  ...(results.length ? resultTable(results) : ['(load phases not run)']),
  '',
  'Budgets:',
  '',
  ...budgetLines(results).map((line) => `- ${line}`),
  '',
  '## Avatars in the hall',
  '',
  'A docent page (Chromium, SwiftShader, pixel ratio 1) at the 19-booth entrance; 30 simulated visitors stand 3–7 m in front of it. One frame of the same view, drawn without and with them (the avatar layer batches heads and bodies, hands, name tags, pointer dot and ray: at most 5 calls whatever the count).',
  '',
  ...avatarLines(avatars, avatarError),
];
mkdirSync('bench', { recursive: true });
writeFileSync('bench/tour.md', `${lines.join('\n')}\n`);
console.log(lines.join('\n'));
process.exit(0);
