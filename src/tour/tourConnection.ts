import type { Client, Room } from 'colyseus.js';
import { decodeRecords, emptyPose } from './poseCodec.ts';
import { CLOSE_FLOOD, CLOSE_INVALID, POSE_MESSAGE, TOUR_ROOM } from './protocolConstants.ts';
import type { JoinOptions } from './protocol.ts';
import type { ClientMessage, ClientMessageType, NoticeMessage } from './protocol.ts';
import { RemotePoses } from './remotePoses.ts';
import { SIGNAL_MESSAGE, VOICE_CONFIG_MESSAGE } from './voice/voiceConstants.ts';
import type { GroupError, GroupMember, GroupRole, GroupSnapshot } from './groupStore.ts';

/** What the connection reports to the store. */
export interface ConnectionEvents {
  onStatus(status: 'joined' | 'reconnecting' | 'ended', error?: GroupError): void;
  onSnapshot(snapshot: GroupSnapshot): void;
  onNotice(notice: NoticeMessage['kind']): void;
}

interface RawMember {
  name: string;
  lang: string;
  role: string;
  following: boolean;
  connected: boolean;
  headset: boolean;
  slot: number;
}
interface RawState {
  docent: string;
  docentStatus: string;
  booth: string;
  gatherBooth: string;
  gatherSeq: number;
  questionsOpen: boolean;
  members: { forEach(cb: (m: RawMember, id: string) => void): void };
}

const CONSENTED = 4000;
/** Messages another feature (voice) handles: held until its listener is there, kept across reconnection. */
const FEATURE_MESSAGES = [SIGNAL_MESSAGE, VOICE_CONFIG_MESSAGE] as const;
type FeatureMessage = (typeof FEATURE_MESSAGES)[number];
const RECONNECT_EVERY_MS = 1000;

/** Matchmaking errors as what the visitor is told. */
export function joinError(error: unknown): GroupError {
  const text = String((error as Error)?.message ?? error);
  const code = (error as { code?: number })?.code;
  if (/too many attempts/.test(text) || code === 429) return 'tooMany';
  if (/docent/.test(text)) return 'wrongDocentCode';
  if (/full/.test(text)) return 'full';
  if (/not found|invalid|4212|expired/i.test(text) || code === 4212) return 'wrongCode';
  return 'failed';
}

function snapshotOf(state: RawState): GroupSnapshot {
  const members: GroupMember[] = [];
  state.members.forEach((m, id) =>
    members.push({
      id,
      name: m.name,
      lang: m.lang === 'en' ? 'en' : 'zh',
      role: (m.role as GroupRole) ?? 'visitor',
      following: m.following,
      connected: m.connected,
      headset: m.headset,
      slot: m.slot,
    }),
  );
  return {
    docent: state.docent,
    docentStatus: (state.docentStatus as GroupSnapshot['docentStatus']) ?? 'present',
    booth: state.booth,
    gatherBooth: state.gatherBooth,
    gatherSeq: state.gatherSeq,
    questionsOpen: state.questionsOpen,
    members,
  };
}

/**
 * One visitor's link to a tour room: join or lead, messages, poses in and out, and reconnection after
 * a dropped socket (the room keeps the seat; this retries with the reconnection token every second).
 */
export class TourConnection {
  readonly poses: RemotePoses;
  private room: Room<RawState> | null = null;
  private client: Client | null = null;
  private closed = false;
  private readonly scratch = emptyPose();
  /** Round-trip times (ms) of the last pings. */
  readonly rtts: number[] = [];
  private readonly listeners = new Map<FeatureMessage, (message: unknown) => void>();
  private readonly early = new Map<FeatureMessage, unknown[]>();

  constructor(
    private readonly endpoint: string,
    private readonly events: ConnectionEvents,
    poseHz: number,
  ) {
    this.poses = new RemotePoses(1000 / poseHz);
  }

  get sessionId(): string | null {
    return this.room?.sessionId ?? null;
  }

  get roomCode(): string | null {
    return this.room?.roomId ?? null;
  }

  private async sdk(): Promise<Client> {
    if (!this.client) {
      const { Client } = await import('colyseus.js');
      this.client = new Client(this.endpoint);
    }
    return this.client;
  }

  async lead(options: JoinOptions): Promise<void> {
    this.attach(await (await this.sdk()).create<RawState>(TOUR_ROOM, options));
  }

  async join(code: string, options: JoinOptions): Promise<void> {
    this.attach(await (await this.sdk()).joinById<RawState>(code, options));
  }

  send<T extends ClientMessageType>(type: T, message: ClientMessage<T>): void {
    if (this.room?.connection.isOpen) this.room.send(type, message);
  }

  sendPose(bytes: Uint8Array): void {
    if (this.room?.connection.isOpen) this.room.sendBytes(POSE_MESSAGE, bytes);
  }

  /** A feature's messages (voice): messages that came before the listener are handed to it first. */
  listen(type: FeatureMessage, listener: (message: unknown) => void): () => void {
    this.listeners.set(type, listener);
    for (const message of this.early.get(type) ?? []) listener(message);
    this.early.delete(type);
    return () => {
      if (this.listeners.get(type) === listener) this.listeners.delete(type);
    };
  }

  sendFeature(type: FeatureMessage, message: unknown): void {
    if (this.room?.connection.isOpen) this.room.send(type, message);
  }

  private feature(type: FeatureMessage, message: unknown) {
    const listener = this.listeners.get(type);
    if (listener) return listener(message);
    const held = this.early.get(type) ?? [];
    if (held.length < 16) held.push(message);
    this.early.set(type, held);
  }

  /** Cut the socket without a goodbye (what a Wi-Fi blip does); used by tests through the page probe. */
  dropSocket(): void {
    this.room?.connection.close();
  }

  async leave(): Promise<void> {
    this.closed = true;
    await this.room?.leave(true).catch(() => undefined);
    this.room = null;
  }

  private attach(room: Room<RawState>) {
    this.room = room;
    room.onStateChange((state) => this.events.onSnapshot(snapshotOf(state)));
    room.onMessage(POSE_MESSAGE, (bytes: Uint8Array) => {
      const now = performance.now();
      decodeRecords(bytes, (slot, pose) => this.poses.receive(slot, pose, now), this.scratch);
    });
    room.onMessage('notice', (notice: NoticeMessage) => this.events.onNotice(notice.kind));
    room.onMessage('pong', (message: { t: number }) => {
      this.rtts.push(performance.now() - message.t);
      if (this.rtts.length > 20) this.rtts.shift();
    });
    for (const type of FEATURE_MESSAGES) room.onMessage(type, (message) => this.feature(type, message));
    room.onLeave((code) => this.left(room, code));
    this.events.onStatus('joined');
  }

  private left(room: Room<RawState>, code: number) {
    if (this.room !== room) return;
    if (this.closed || code === CONSENTED) return this.events.onStatus('ended');
    if (code === CLOSE_FLOOD || code === CLOSE_INVALID) return this.events.onStatus('ended', 'dropped');
    this.events.onStatus('reconnecting');
    void this.reconnect(room.reconnectionToken);
  }

  private async reconnect(token: string) {
    const client = await this.sdk();
    // The server keeps the seat for reconnectSeconds; try until then (and a little longer).
    for (let attempt = 0; attempt < 120 && !this.closed; attempt++) {
      try {
        this.attach(await client.reconnect<RawState>(token));
        return;
      } catch {
        await new Promise((done) => setTimeout(done, RECONNECT_EVERY_MS));
      }
    }
    if (!this.closed) this.events.onStatus('ended', 'dropped');
  }
}
