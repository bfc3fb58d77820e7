// A Redis for tour servers that share rooms: Debian's redis-server on a free loopback port, installed
// with apt-get when missing. Usage: npm run tour:redis [-- --port 6391]  (prints REDIS_URL, Ctrl+C stops)
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createConnection } from 'node:net';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { portIsFree } from '../portCheck.ts';

const REDIS_SERVER = '/usr/bin/redis-server';

export interface RunningRedis {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Installs Debian's redis-server when it is not there (needs root, as CI has). */
export function ensureRedisInstalled(): void {
  if (existsSync(REDIS_SERVER)) return;
  console.log('redis-server not found: installing it with apt-get…');
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = (args: string[]) =>
    spawnSync(sudo[0] ?? args[0]!, sudo.length ? args : args.slice(1), { stdio: 'inherit' });
  run(['apt-get', 'update']);
  const result = run(['apt-get', 'install', '-y', 'redis-server']);
  if (result.status !== 0 || !existsSync(REDIS_SERVER)) throw new Error('could not install redis-server');
}

function answersPing(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      done(data.toString().startsWith('+PONG'));
    });
    socket.once('error', () => done(false));
  });
}

/** The first free port of `ports` on 127.0.0.1. */
export async function freePort(ports: number[]): Promise<number> {
  for (const port of ports) if (await portIsFree(port, '127.0.0.1')) return port;
  throw new Error(`no free port among ${ports.join(', ')}`);
}

/** Starts a throw-away Redis (no persistence) on loopback and waits until it answers. */
export async function startRedis(ports: number[]): Promise<RunningRedis> {
  ensureRedisInstalled();
  const port = await freePort(ports);
  const child: ChildProcess = spawn(
    REDIS_SERVER,
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--protected-mode',
      'yes',
    ],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 100 && !(await answersPing(port)); i++) await new Promise((r) => setTimeout(r, 50));
  if (!(await answersPing(port))) {
    child.kill();
    throw new Error(`redis-server did not start on port ${port}`);
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

const isMain = process.argv[1] && resolve(process.argv[1]).endsWith('startRedis.ts');
if (isMain) {
  const { values } = parseArgs({ options: { port: { type: 'string' } } });
  const first = Number(values.port ?? process.env.REDIS_PORT ?? 6391);
  const redis = await startRedis(Array.from({ length: 9 }, (_, i) => first + i));
  console.log(`Redis for tour servers: REDIS_URL=${redis.url}  (Ctrl+C to stop)`);
  const stop = () => void redis.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
