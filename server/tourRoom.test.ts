import { ColyseusTestServer } from '@colyseus/testing';
import type { Room } from 'colyseus.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE_FLOOD, CLOSE_INVALID, POSE_MESSAGE } from '../src/tour/protocol.ts';
import { decodeRecords, emptyPose, encodePose } from '../src/tour/poseCodec.ts';
import { isRoomCode } from '../src/tour/roomCode.ts';
import { DEFAULT_TOUR_SETTINGS } from '../src/tour/tourSettingsSchema.ts';
import { leaveAll } from './testRooms.ts';
import { startTourServer, type TourServer } from './createTourServer.ts';

// Loopback only, on this worktree's test port. Short timeouts so the drop paths run in a test.
const PORT = Number(process.env.TOUR_TEST_PORT ?? 4222);
const DOCENT = 'test-docent-code';
let server: TourServer;
let colyseus: ColyseusTestServer;
const open: Room[] = [];

interface Member {
  name: string;
  lang: string;
  role: string;
  following: boolean;
  connected: boolean;
  slot: number;
}
interface State {
  docent: string;
  docentStatus: string;
  booth: string;
  gatherBooth: string;
  gatherSeq: number;
  members: Map<string, Member>;
}

beforeAll(async () => {
  server = await startTourServer({
    host: '127.0.0.1',
    port: PORT,
    dir: null,
    settings: {
      ...DEFAULT_TOUR_SETTINGS,
      docentCode: DOCENT,
      maxVisitors: 3,
      reconnectSeconds: 3,
      docentWaitSeconds: 1,
      failedJoinsPerMinute: 8,
    },
  });
  colyseus = new ColyseusTestServer(server.colyseus);
});
afterEach(() => leaveAll(open));
afterAll(() => server.close());

async function lead(name = 'Guide'): Promise<Room<State>> {
  const room = await colyseus.sdk.create<State>('tour', { name, lang: 'zh', docentCode: DOCENT });
  open.push(room);
  return room;
}
async function join(code: string, name: string, lang: 'zh' | 'en' = 'en'): Promise<Room<State>> {
  const room = await colyseus.sdk.joinById<State>(code, { name, lang });
  room.onMessage('pong', () => undefined);
  room.onMessage('notice', () => undefined);
  room.onMessage(POSE_MESSAGE, () => undefined);
  open.push(room);
  return room;
}
const until = async (check: () => boolean, ms = 3000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('TourRoom', () => {
  it('gives the docent a short private room code; visitors join by that code only', async () => {
    const docent = await lead();
    expect(isRoomCode(docent.roomId)).toBe(true);
    const visitor = await join(docent.roomId, 'Visitor 1', 'en');
    const room = colyseus.getRoomById(docent.roomId);
    await until(() => room.state.members.size === 2);
    const roles = [...room.state.members.values()].map((m: Member) => `${m.name}:${m.role}:${m.lang}`);
    expect(roles.sort()).toEqual(['Guide:docent:zh', 'Visitor 1:visitor:en']);
    expect(room.state.docent).toBe(docent.sessionId);
    await until(() => visitor.state.members?.size === 2);
    // A private room is never handed out by plain matchmaking.
    await expect(colyseus.sdk.join('tour', { name: 'x', lang: 'en' })).rejects.toThrow();
  });

  it('refuses a wrong docent code, a wrong room code and bad join options', async () => {
    await expect(
      colyseus.sdk.create('tour', { name: 'G', lang: 'zh', docentCode: 'nope-nope' }),
    ).rejects.toThrow(/docent code/);
    const docent = await lead();
    await expect(colyseus.sdk.joinById('ZZZZZZ', { name: 'V', lang: 'en' })).rejects.toThrow();
    await expect(colyseus.sdk.joinById(docent.roomId, { name: '<b>', lang: 'fr' })).rejects.toThrow(
      /invalid/,
    );
  });

  it('gathers followers and opens booths; a visitor can never act as the docent', async () => {
    const docent = await lead();
    const visitor = await join(docent.roomId, 'Visitor 1');
    const room = colyseus.getRoomById(docent.roomId);
    visitor.send('gather', { booth: 'tencent' });
    visitor.send('openBooth', { booth: 'tencent' });
    visitor.send('ping', { t: 1 });
    await visitor.waitForMessage('pong');
    expect(room.state.gatherSeq).toBe(0);
    expect(room.state.booth).toBe('');

    docent.send('gather', { booth: 'huawei-river' });
    await until(() => visitor.state.gatherSeq === 1);
    expect(visitor.state.gatherBooth).toBe('huawei-river');
    expect(visitor.state.booth).toBe('huawei-river');
    docent.send('openBooth', { booth: 'tencent-xr' });
    await until(() => visitor.state.booth === 'tencent-xr');

    visitor.send('follow', { following: false });
    await until(() =>
      [...room.state.members.values()].some((m: Member) => !m.following && m.role === 'visitor'),
    );
    const seen = () => [...docent.state.members.values()].find((m) => m.role === 'visitor')?.following;
    await until(() => seen() === false);
    visitor.send('follow', { following: true });
    await until(() => seen() === true);
  });

  it('lets a kiosk join as a spectator that always follows and is never counted as a visitor', async () => {
    const docent = await lead();
    for (const name of ['V1', 'V2', 'V3']) await join(docent.roomId, name); // maxVisitors: 3
    const screen = await colyseus.sdk.joinById<State>(docent.roomId, {
      name: 'Screen',
      lang: 'zh',
      spectator: true,
    });
    open.push(screen);
    screen.onMessage(POSE_MESSAGE, () => undefined);
    screen.onMessage('pong', () => undefined);
    screen.onMessage('notice', () => undefined);
    const room = colyseus.getRoomById(docent.roomId);
    await until(() => room.state.members.size === 5);
    const member = () => room.state.members.get(screen.sessionId) as Member | undefined;
    expect(member()).toMatchObject({ role: 'spectator', following: true });
    // Roaming is a visitor's choice: a screen's follow message is refused, and it still follows.
    screen.send('follow', { following: false });
    screen.send('ping', { t: 1 });
    await screen.waitForMessage('pong');
    expect(member()?.following).toBe(true);
    docent.send('gather', { booth: 'huawei-river' });
    await until(() => screen.state.gatherBooth === 'huawei-river');
  });

  it('relays poses to everyone, and the pointer dot from the docent only', async () => {
    const docent = await lead();
    const visitor = await join(docent.roomId, 'Visitor 1');
    const got: { slot: number; x: number; pointer: boolean }[] = [];
    docent.onMessage(POSE_MESSAGE, (bytes: Uint8Array) =>
      decodeRecords(bytes, (slot, p) => got.push({ slot, x: p.x, pointer: p.pointer !== null })),
    );
    visitor.sendBytes(POSE_MESSAGE, encodePose({ ...emptyPose(), x: 3.5, z: 2 }));
    await until(() => got.some((g) => g.x === 3.5));
    visitor.sendBytes(POSE_MESSAGE, encodePose({ ...emptyPose(), x: 4, pointer: [1, 1, 1] }));
    docent.sendBytes(POSE_MESSAGE, encodePose({ ...emptyPose(), x: 9, pointer: [1, 1, 1] }));
    await until(() => got.some((g) => g.x === 9 && g.pointer));
    expect(got.some((g) => g.x === 4)).toBe(false);
  });

  it('drops a client that keeps sending invalid messages', async () => {
    const docent = await lead();
    const visitor = await join(docent.roomId, 'Visitor 1');
    const left = new Promise<number>((done) => visitor.onLeave((code) => done(code)));
    for (let i = 0; i < 6; i++) visitor.send('follow', { following: 'yes', extra: 'x'.repeat(50) });
    expect(await left).toBe(CLOSE_INVALID);
  });

  it('drops a client that floods', async () => {
    const docent = await lead();
    const visitor = await join(docent.roomId, 'Visitor 1');
    const left = new Promise<number>((done) => visitor.onLeave((code) => done(code)));
    for (let i = 0; i < 200; i++) visitor.send('ping', { t: i });
    expect(await left).toBe(CLOSE_FLOOD);
  });

  it('keeps a dropped visitor in the group and lets them reconnect to the same place', async () => {
    const docent = await lead();
    const visitor = await join(docent.roomId, 'Visitor 1');
    visitor.send('follow', { following: false });
    const room = colyseus.getRoomById(docent.roomId);
    await until(() => room.state.members.get(visitor.sessionId)?.following === false);
    const token = visitor.reconnectionToken;
    visitor.connection.close(); // a Wi-Fi blip: the socket dies without a goodbye
    await until(() => room.state.members.get(visitor.sessionId)?.connected === false);
    const back = await colyseus.sdk.reconnect<State>(token);
    open.push(back);
    expect(back.sessionId).toBe(visitor.sessionId);
    await until(() => room.state.members.get(visitor.sessionId)?.connected === true);
    expect(room.state.members.get(visitor.sessionId)?.following).toBe(false);
  });

  it('tells the group when the docent drops, waits, then lets visitors roam', async () => {
    const docent = await lead();
    const visitor = await join(docent.roomId, 'Visitor 1');
    const notices: string[] = [];
    visitor.onMessage('notice', (n: { kind: string }) => notices.push(n.kind));
    docent.connection.close();
    await until(() => visitor.state.docentStatus === 'away');
    await until(() => visitor.state.docentStatus === 'gone', 4000);
    expect(notices).toEqual(['docentAway', 'docentGone']);
  });

  it('limits join attempts per address, so codes cannot be enumerated', async () => {
    const results: string[] = [];
    for (let i = 0; i < 12; i++) {
      try {
        await colyseus.sdk.joinById(`AAAA${'23456789AB'[i]}2`, { name: 'V', lang: 'en' });
        results.push('joined');
      } catch (error) {
        results.push(String((error as Error).message));
      }
    }
    expect(results.at(-1)).toMatch(/too many attempts/);
    expect(results).not.toContain('joined');
  });
});
