import { ColyseusTestServer } from '@colyseus/testing';
import type { Room } from 'colyseus.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE_FLOOD, CLOSE_INVALID, POSE_MESSAGE } from '../src/tour/protocol.ts';
import { DEFAULT_TOUR_SETTINGS } from '../src/tour/tourSettingsSchema.ts';
import {
  SIGNAL_MESSAGE,
  VOICE_CONFIG_MESSAGE,
  type RelayedSignal,
  type SignalMessage,
} from '../src/tour/voice/voiceProtocol.ts';
import { leaveAll } from './testRooms.ts';
import { startTourServer, type TourServer } from './createTourServer.ts';
import { frameCap, SIGNAL_BURST } from './voiceRelay.ts';

// Loopback only, on this worktree's test port (not the one server/tourRoom.test.ts uses).
const PORT = Number(process.env.VOICE_TEST_PORT ?? 4224);
const DOCENT = 'test-docent-code';
let server: TourServer;
let colyseus: ColyseusTestServer;
const open: Room[] = [];

beforeAll(async () => {
  server = await startTourServer({
    host: '127.0.0.1',
    port: PORT,
    dir: null,
    settings: { ...DEFAULT_TOUR_SETTINGS, docentCode: DOCENT, maxVisitors: 4, voice: { p2pLimit: 7 } },
  });
  colyseus = new ColyseusTestServer(server.colyseus);
});
afterEach(() => leaveAll(open));
afterAll(() => server.close());

/** A room member that records the signals it receives. */
interface Peer {
  room: Room;
  got: RelayedSignal[];
  signal(message: SignalMessage): void;
}
function peer(room: Room): Peer {
  const got: RelayedSignal[] = [];
  room.onMessage(SIGNAL_MESSAGE, (m: RelayedSignal) => got.push(m));
  room.onMessage(POSE_MESSAGE, () => undefined);
  room.onMessage('notice', () => undefined);
  room.onMessage('pong', () => undefined);
  open.push(room);
  return { room, got, signal: (m) => room.send(SIGNAL_MESSAGE, m) };
}
async function group(): Promise<{ docent: Peer; a: Peer; b: Peer; config: Promise<unknown> }> {
  const docentRoom = await colyseus.sdk.create('tour', { name: 'Guide', lang: 'zh', docentCode: DOCENT });
  const config = new Promise((done) => docentRoom.onMessage(VOICE_CONFIG_MESSAGE, done));
  const docent = peer(docentRoom);
  const a = peer(await colyseus.sdk.joinById(docentRoom.roomId, { name: 'A', lang: 'en' }));
  const b = peer(await colyseus.sdk.joinById(docentRoom.roomId, { name: 'B', lang: 'zh' }));
  return { docent, a, b, config };
}
/** A round trip through the room: every message sent before it has been handled. */
async function settle(...peers: Peer[]) {
  for (const p of peers) {
    p.room.send('ping', { t: 1 });
    await p.room.waitForMessage('pong');
  }
}
const until = async (check: () => boolean, ms = 3000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
};
const SDP = (direction: string) =>
  `v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=mid:0\r\na=${direction}\r\n`;

describe('voice signalling through the tour room', () => {
  it('relays offer, answer and ICE between the docent and one visitor, naming the sender', async () => {
    const { docent, a, b, config } = await group();
    expect(await config).toEqual({ p2pLimit: 7 });
    // A real offer is a few KB: over the 1 KB every other message is held to.
    const offer = SDP('sendonly') + 'a=rtcp-fb:111 transport-cc\r\n'.repeat(150);
    expect(offer.length).toBeGreaterThan(4000);
    docent.signal({ kind: 'offer', to: a.room.sessionId, sdp: offer });
    docent.signal({
      kind: 'ice',
      to: a.room.sessionId,
      candidate: { candidate: 'candidate:1 1 udp 1 127.0.0.1 5000 typ host', sdpMid: '0', sdpMLineIndex: 0 },
    });
    await until(() => a.got.length === 2);
    expect(a.got[0]).toEqual({ kind: 'offer', from: docent.room.sessionId, sdp: offer });
    expect(a.got[1]?.kind).toBe('ice');
    a.signal({ kind: 'answer', to: docent.room.sessionId, sdp: SDP('recvonly') });
    await until(() => docent.got.length === 1);
    expect(docent.got[0]).toEqual({ kind: 'answer', from: a.room.sessionId, sdp: SDP('recvonly') });
    await settle(docent, a, b);
    expect(b.got).toEqual([]); // the other visitor saw nothing
  });

  it('never lets a visitor signal another visitor', async () => {
    const { docent, a, b } = await group();
    a.signal({ kind: 'offer', to: b.room.sessionId, sdp: SDP('sendrecv') });
    a.signal({ kind: 'request', to: b.room.sessionId });
    a.signal({ kind: 'request', to: docent.room.sessionId });
    await until(() => docent.got.length === 1);
    await settle(a, b);
    expect(b.got).toEqual([]);
    expect(docent.got.map((m) => m.kind)).toEqual(['request']);
    // Each refusal counts as an invalid message: a visitor that keeps trying is dropped.
    const left = new Promise<number>((done) => a.room.onLeave(done));
    for (let i = 0; i < 4; i++) a.signal({ kind: 'bye', to: b.room.sessionId });
    expect(await left).toBe(CLOSE_INVALID);
    expect(b.got).toEqual([]);
  });

  it("refuses a visitor's own audio while questions are closed, relays it once they are open", async () => {
    const { docent, a } = await group();
    const toDocent = docent.room.sessionId;
    a.signal({ kind: 'offer', to: toDocent, sdp: SDP('sendrecv') });
    a.signal({ kind: 'answer', to: toDocent, sdp: SDP('sendrecv') });
    await settle(a, docent);
    expect(docent.got).toEqual([]);
    a.room.send('questions', { open: true }); // only the docent opens questions
    await settle(a);
    a.signal({ kind: 'offer', to: toDocent, sdp: SDP('sendrecv') });
    await settle(a, docent);
    expect(docent.got).toEqual([]);

    docent.room.send('questions', { open: true });
    await until(() => (a.room.state as { questionsOpen: boolean }).questionsOpen);
    a.signal({ kind: 'offer', to: toDocent, sdp: SDP('sendrecv') });
    await until(() => docent.got.length === 1);
    expect(docent.got[0]).toMatchObject({ kind: 'offer', from: a.room.sessionId });
    // The visitor is still connected: a closed-questions refusal is not an offence.
    expect(a.room.connection.isOpen).toBe(true);
  });

  it('refuses oversized signals (and any other message over 1 KB)', async () => {
    const { docent, a } = await group();
    a.signal({ kind: 'request', to: docent.room.sessionId });
    await until(() => docent.got.length === 1);
    // Over the SDP limit (12,000 characters), under the 16 KB frame cap: refused by the schema.
    docent.signal({ kind: 'offer', to: a.room.sessionId, sdp: SDP('sendonly') + 'a=x\r\n'.repeat(2600) });
    // A 2 KB message of another type: refused by its 1 KB frame cap.
    a.room.send('follow', { following: true, pad: 'x'.repeat(2000) });
    await settle(a, docent);
    expect(a.got).toEqual([]);
    // Over 16 KB the socket itself is closed.
    const left = new Promise<number>((done) => docent.room.onLeave(done));
    docent.signal({ kind: 'offer', to: a.room.sessionId, sdp: 'x'.repeat(17_000) });
    expect(await left).not.toBe(4000);
    expect(a.got).toEqual([]);
  });

  it('drops, without counting it against the docent, a signal to a visitor who has just left', async () => {
    const { docent, a, b } = await group();
    const gone = a.room.sessionId;
    await a.room.leave();
    // A docent's late ICE candidates and bye to a departed visitor (more than the 5 invalid messages
    // that disconnect a client): dropped, and the docent stays in the room and still reaches B.
    const candidate = { candidate: 'candidate:1 1 udp 1 127.0.0.1 5000 typ host', sdpMid: '0' };
    for (let i = 0; i < 8; i++) docent.signal({ kind: 'ice', to: gone, candidate });
    docent.signal({ kind: 'bye', to: gone });
    docent.signal({ kind: 'offer', to: b.room.sessionId, sdp: SDP('sendonly') });
    await until(() => b.got.length === 1);
    await settle(docent);
    expect(docent.room.connection.isOpen).toBe(true);
  });

  it('drops a flood of signals, then the flooding client', async () => {
    const { docent, a } = await group();
    const left = new Promise<number>((done) => a.room.onLeave(done));
    const candidate = { candidate: 'candidate:1 1 udp 1 127.0.0.1 5000 typ host', sdpMid: '0' };
    for (let i = 0; i < 200; i++) a.signal({ kind: 'ice', to: docent.room.sessionId, candidate });
    expect(await left).toBe(CLOSE_FLOOD);
    expect(docent.got.length).toBeGreaterThanOrEqual(SIGNAL_BURST);
    expect(docent.got.length).toBeLessThan(SIGNAL_BURST + 10);
  });
});

describe('frameCap', () => {
  it('reads the message type from the frame header', () => {
    const frame = (type: string) => Uint8Array.from([13, 0xa0 | type.length, ...Buffer.from(type), 0xc0]);
    expect(frameCap(frame('rtc'))).toBe(16 * 1024);
    expect(frameCap(frame('follow'))).toBe(1024);
    expect(frameCap(Uint8Array.from([17, 0xa1, 0x70]))).toBe(1024);
  });
});
