import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'colyseus.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TOUR_SETTINGS } from '../../src/tour/tourSettingsSchema.ts';
import { startRedis, type RunningRedis } from './startRedis.ts';

// Two tour-server processes and one Redis, all on loopback (ports 4226/4227, Redis 6391–6399).
const PORTS = [4226, 4227] as const;
const DOCENT = 'redis-test-docent';
let redis: RunningRedis;
const servers: ChildProcess[] = [];

function startServer(port: number, redisUrl: string, settings: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'server/main.ts',
      '--tours-only',
      '--port',
      String(port),
      '--settings',
      settings,
      '--redis',
      redisUrl,
      '--public-address',
      `127.0.0.1:${port}`,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((done, fail) => {
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes(`PORT ${port}`)) done(child);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => fail(new Error(`server on ${port} exited (${code}): ${out}`)));
  });
}

beforeAll(async () => {
  redis = await startRedis([6391, 6392, 6393, 6394, 6395, 6396, 6397, 6398, 6399]);
  const dir = mkdtempSync(join(tmpdir(), 'tour-redis-'));
  const settings = join(dir, 'tour.json');
  writeFileSync(settings, JSON.stringify({ ...DEFAULT_TOUR_SETTINGS, docentCode: DOCENT }));
  for (const port of PORTS) servers.push(await startServer(port, redis.url, settings));
}, 60_000);

afterAll(async () => {
  for (const server of servers) {
    const exited = new Promise((done) => server.once('exit', done));
    server.kill('SIGTERM');
    await exited;
  }
  await redis?.stop();
});

describe('several tour servers sharing Redis', () => {
  it('a tour created through one process is joined through the other', async () => {
    const docent = await new Client(`http://127.0.0.1:${PORTS[0]}`).create('tour', {
      name: 'Guide',
      lang: 'zh',
      docentCode: DOCENT,
    });
    const visitor = await new Client(`http://127.0.0.1:${PORTS[1]}`).joinById(docent.roomId, {
      name: 'Visitor 1',
      lang: 'en',
    });
    expect(visitor.roomId).toBe(docent.roomId);
    // Both are in the same room: the docent's state lists the visitor who came in through process 2.
    const names = () => {
      const list: string[] = [];
      docent.state.members?.forEach((m: { name: string }) => list.push(m.name));
      return list.sort();
    };
    for (let i = 0; i < 100 && names().length < 2; i++) await new Promise((r) => setTimeout(r, 30));
    expect(names()).toEqual(['Guide', 'Visitor 1']);
    await visitor.leave();
    await docent.leave();
  }, 30_000);
});
