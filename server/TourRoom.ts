import { matchMaker, Room, ServerError, type Client } from '@colyseus/core';
import type { z } from 'zod';
import {
  ClientMessages,
  CLOSE_FLOOD,
  CLOSE_INVALID,
  JoinOptions,
  POSE_MESSAGE,
} from '../src/tour/protocol.ts';
import type { ClientMessageType, NoticeMessage } from '../src/tour/protocol.ts';
import { FLAG_POINTER, isValidPayload, MAX_SLOTS, toRecord } from '../src/tour/poseCodec.ts';
import { generateRoomCode } from '../src/tour/roomCode.ts';
import type { TourSettings } from '../src/tour/tourSettingsSchema.ts';
import { ClientGuard, type Verdict } from './clientGuard.ts';
import { docentCodeMatches } from './docentCode.ts';
import { Member, newTourState, type TourState } from './tourState.ts';
import { SIGNAL_MESSAGE, VOICE_CONFIG_MESSAGE } from '../src/tour/voice/voiceProtocol.ts';
import { frameCap, VoiceRelay } from './voiceRelay.ts';

type Role = 'docent' | 'visitor' | 'spectator';
interface Auth {
  role: Role;
}
interface UserData {
  guard: ClientGuard;
}

export const ERROR_BAD_OPTIONS = 4400;
export const ERROR_DOCENT_CODE = 4403;
export const ERROR_FULL = 4409;

/** Which messages each role may send. A visitor can never act as the docent. */
const ALLOWED: Record<ClientMessageType, readonly Role[]> = {
  openBooth: ['docent'],
  gather: ['docent'],
  questions: ['docent'],
  // A kiosk spectator always follows: it is never a visitor who can leave the group.
  follow: ['visitor'],
  profile: ['docent', 'visitor', 'spectator'],
  ping: ['docent', 'visitor', 'spectator'],
};

/** The tour room class for these settings (a class per server, so no settings travel in join options). */
export function createTourRoom(settings: TourSettings) {
  return class TourRoom extends Room<TourState, unknown, UserData, Auth> {
    override maxClients = settings.maxVisitors + 4;
    private readonly records = new Map<number, Uint8Array>();
    private dirty = new Set<number>();
    private docentTimer: { clear(): void } | null = null;
    private readonly voice = new VoiceRelay({
      docent: () => this.state.docent,
      questionsOpen: () => this.state.questionsOpen,
      member: (id) => this.state.members.get(id),
      deliver: (id, message) => {
        const to = this.clients.getById(id);
        to?.send(SIGNAL_MESSAGE, message);
        return !!to;
      },
    });

    override async onCreate(options: unknown) {
      const parsed = JoinOptions.safeParse(options);
      if (!parsed.success) throw new ServerError(ERROR_BAD_OPTIONS, 'invalid options');
      if (!docentCodeMatches(parsed.data.docentCode, settings.docentCode))
        throw new ServerError(ERROR_DOCENT_CODE, 'docent code refused');
      this.roomId = await uniqueCode();
      // Private: never matched by join/joinOrCreate, only by its code (joinById).
      await this.setPrivate(true);
      this.autoDispose = true;
      this.setState(newTourState());
      this.clock.setInterval(() => this.flushPoses(), 1000 / settings.poseHz);

      for (const type of Object.keys(ClientMessages) as ClientMessageType[]) {
        const schema: z.ZodType = ClientMessages[type];
        this.onMessage(type, (client, message: unknown) => {
          const role = client.auth?.role;
          const verdict = this.screen(
            client,
            () => !!role && ALLOWED[type].includes(role) && schema.safeParse(message).success,
          );
          if (verdict === 'ok') this.apply(type, client, message);
        });
      }
      this.onMessage(POSE_MESSAGE, (client, bytes: Uint8Array) => {
        const member = this.state.members.get(client.sessionId);
        const valid = () =>
          bytes instanceof Uint8Array &&
          isValidPayload(bytes) &&
          !!member &&
          member.role !== 'spectator' &&
          // The pointer dot is the docent's alone.
          (((bytes[0] ?? 0) & FLAG_POINTER) === 0 || member.role === 'docent');
        if (this.screen(client, valid) !== 'ok' || !member) return;
        this.records.set(member.slot, toRecord(member.slot, bytes));
        this.dirty.add(member.slot);
      });
      this.onMessage(SIGNAL_MESSAGE, (client, message: unknown) => {
        const guard = client.userData?.guard;
        const verdict = guard ? this.voice.relay(client.sessionId, guard, message, Date.now()) : 'drop';
        if (verdict === 'flood' || verdict === 'invalid')
          client.leave(verdict === 'flood' ? CLOSE_FLOOD : CLOSE_INVALID);
      });
      this.onMessage('*', (client) => this.screen(client, () => false));
    }

    /** Frames over their type's cap (1 KB; 16 KB for voice signals) are refused before decoding. */
    protected override _onMessage(client: Client<UserData, Auth>, buffer: Buffer) {
      if (buffer.byteLength > frameCap(buffer)) this.screen(client, () => false);
      else super._onMessage(client as Parameters<Room['_onMessage']>[0], buffer);
    }

    /** Rate first, then validity; drops the message or the client as the guard says. */
    private screen(client: Client<UserData, Auth>, valid: () => boolean): Verdict {
      const guard = client.userData?.guard;
      if (!guard) return 'drop';
      let verdict = guard.admit(Date.now());
      if (verdict === 'ok' && !valid()) verdict = guard.reject();
      if (verdict === 'flood' || verdict === 'invalid')
        client.leave(verdict === 'flood' ? CLOSE_FLOOD : CLOSE_INVALID);
      return verdict;
    }

    private apply(type: ClientMessageType, client: Client<UserData, Auth>, message: unknown) {
      const member = this.state.members.get(client.sessionId);
      if (!member) return;
      const m = message as Record<string, unknown>;
      switch (type) {
        case 'openBooth':
          this.state.booth = (m.booth as string | null) ?? '';
          break;
        case 'gather':
          this.state.gatherBooth = m.booth as string;
          this.state.booth = m.booth as string;
          this.state.gatherSeq += 1;
          break;
        case 'questions':
          this.state.questionsOpen = m.open as boolean;
          break;
        case 'follow':
          member.following = m.following as boolean;
          break;
        case 'profile':
          member.lang = m.lang as string;
          member.headset = m.headset as boolean;
          break;
        case 'ping':
          client.send('pong', { t: m.t });
          break;
      }
    }

    override onAuth(_client: Client, options: unknown): Auth {
      const parsed = JoinOptions.safeParse(options);
      if (!parsed.success) throw new ServerError(ERROR_BAD_OPTIONS, 'invalid options');
      if (parsed.data.docentCode !== undefined) {
        if (!docentCodeMatches(parsed.data.docentCode, settings.docentCode))
          throw new ServerError(ERROR_DOCENT_CODE, 'docent code refused');
        const current = this.state.members.get(this.state.docent);
        if (current?.connected) throw new ServerError(ERROR_DOCENT_CODE, 'the tour already has its docent');
        return { role: 'docent' };
      }
      if (parsed.data.spectator) return { role: 'spectator' };
      const visitors = [...this.state.members.values()].filter((m) => m.role === 'visitor').length;
      if (visitors >= settings.maxVisitors) throw new ServerError(ERROR_FULL, 'the tour is full');
      return { role: 'visitor' };
    }

    override onJoin(client: Client<UserData, Auth>, options: JoinOptions, auth: Auth) {
      client.userData = { guard: new ClientGuard(Date.now()) };
      const member = new Member();
      member.name = options.name.trim();
      member.lang = options.lang;
      member.role = auth.role;
      member.following = auth.role !== 'docent';
      member.connected = true;
      member.headset = options.headset ?? false;
      member.slot = this.freeSlot();
      this.state.members.set(client.sessionId, member);
      if (auth.role === 'docent') {
        const previous = this.state.docent;
        if (previous && previous !== client.sessionId) this.state.members.delete(previous);
        this.state.docent = client.sessionId;
        this.docentReturned();
        client.send(VOICE_CONFIG_MESSAGE, { p2pLimit: settings.voice.p2pLimit });
      }
      // Everyone's last pose, so the newcomer sees the group at once.
      const all = [...this.records.values()];
      if (all.length > 0) client.sendBytes(POSE_MESSAGE, concat(all));
    }

    override async onLeave(client: Client<UserData, Auth>, consented: boolean) {
      const member = this.state.members.get(client.sessionId);
      if (!member) return;
      member.connected = false;
      const isDocent = client.sessionId === this.state.docent;
      if (isDocent) this.docentAway(consented);
      if (!consented) {
        try {
          await this.allowReconnection(client, settings.reconnectSeconds);
          member.connected = true;
          client.userData = { guard: new ClientGuard(Date.now()) };
          if (isDocent && this.state.docent === client.sessionId) this.docentReturned();
          return;
        } catch {
          // Gave up: the seat is freed below.
        }
      }
      this.records.delete(member.slot);
      this.state.members.delete(client.sessionId);
      this.voice.forget(client.sessionId);
    }

    private docentAway(consented: boolean) {
      this.docentTimer?.clear();
      if (consented) return this.docentGone();
      this.state.docentStatus = 'away';
      this.notify({ kind: 'docentAway' });
      this.docentTimer = this.clock.setTimeout(() => this.docentGone(), settings.docentWaitSeconds * 1000);
    }

    private docentGone() {
      this.docentTimer = null;
      this.state.docentStatus = 'gone';
      this.notify({ kind: 'docentGone' });
    }

    private docentReturned() {
      this.docentTimer?.clear();
      this.docentTimer = null;
      if (this.state.docentStatus !== 'present') this.notify({ kind: 'docentBack' });
      this.state.docentStatus = 'present';
    }

    private notify(message: NoticeMessage) {
      this.broadcast('notice', message);
    }

    private freeSlot(): number {
      const used = new Set([...this.state.members.values()].map((m) => m.slot));
      for (let slot = 0; slot < MAX_SLOTS; slot++) if (!used.has(slot)) return slot;
      throw new ServerError(ERROR_FULL, 'the tour is full');
    }

    private flushPoses() {
      if (this.dirty.size === 0) return;
      const parts: Uint8Array[] = [];
      for (const slot of this.dirty) {
        const record = this.records.get(slot);
        if (record) parts.push(record);
      }
      this.dirty = new Set();
      if (parts.length > 0) this.broadcastBytes(POSE_MESSAGE, concat(parts), {});
    }
  };
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A room code not in use by any process sharing this matchmaker (local or Redis driver). */
async function uniqueCode(): Promise<string> {
  for (let i = 0; i < 8; i++) {
    const code = generateRoomCode();
    if ((await matchMaker.query({ roomId: code })).length === 0) return code;
  }
  throw new ServerError(ERROR_FULL, 'no free room code');
}
