import { decode, type Iterator } from '@colyseus/schema';
import { Protocol } from '@colyseus/core';
import { sdpSendsMedia } from '../src/tour/voice/sdpDirection.ts';
import {
  OTHER_FRAME_MAX,
  SIGNAL_FRAME_MAX,
  SIGNAL_MESSAGE,
  SignalMessage,
  type RelayedSignal,
} from '../src/tour/voice/voiceProtocol.ts';
import type { ClientGuard, Verdict } from './clientGuard.ts';
import { TokenBucket } from './rateLimit.ts';

/**
 * Per sender and recipient: an offer, an answer and a dozen ICE candidates at once (a renegotiation
 * when questions open or close, an ICE restart), then a few a second. Beyond that signals are dropped;
 * a client that keeps sending is disconnected like any flooding client.
 */
export const SIGNAL_BURST = 24;
export const SIGNALS_PER_SECOND = 6;
const DROPS_BEFORE_DISCONNECT = 30;

interface Member {
  role: string;
}
/** What the relay reads of the room. */
export interface VoiceRoomView {
  docent(): string;
  questionsOpen(): boolean;
  member(sessionId: string): Member | undefined;
  /** Send to that session's client if it is connected now; false when it is not. */
  deliver(sessionId: string, message: RelayedSignal): boolean;
}

/** Whether `from` may send this signal to `to` now: null if allowed, else why not. */
export function signalRefusal(
  message: SignalMessage,
  from: { id: string; role: string },
  to: Member | undefined,
  docent: string,
  questionsOpen: boolean,
): 'role' | 'closed' | 'gone' | null {
  if (from.id === message.to) return 'role';
  // The recipient has just left (its last ICE candidates, a bye): a harmless race, not a bad message.
  if (!to) return 'gone';
  if (from.role === 'docent') return to.role === 'visitor' && message.kind !== 'request' ? null : 'role';
  if (from.role !== 'visitor' || message.to !== docent) return 'role';
  // A visitor speaks only while questions are open: no offer of its own, no answer that sends audio.
  if (!questionsOpen && message.kind === 'offer') return 'closed';
  if (!questionsOpen && message.kind === 'answer' && sdpSendsMedia(message.sdp)) return 'closed';
  return null;
}

/** Relays signals docent ⇄ visitor; checks schema, roles, questions, rate (per sender and recipient). */
export class VoiceRelay {
  private readonly buckets = new Map<string, TokenBucket>();
  private readonly drops = new Map<string, number>();

  constructor(private readonly room: VoiceRoomView) {}

  relay(from: string, guard: ClientGuard, raw: unknown, now: number): Verdict {
    const parsed = SignalMessage.safeParse(raw);
    const sender = this.room.member(from);
    if (!parsed.success || !sender) return guard.reject();
    const message = parsed.data;
    const target = this.room.member(message.to);
    const refusal = signalRefusal(
      message,
      { id: from, role: sender.role },
      target,
      this.room.docent(),
      this.room.questionsOpen(),
    );
    if (refusal === 'role') return guard.reject();
    // One budget for every signal to members who are gone, so made-up recipients cannot grow the map.
    const key = refusal === 'gone' ? `${from}>(gone)` : `${from}>${message.to}`;
    let bucket = this.buckets.get(key);
    if (!bucket) this.buckets.set(key, (bucket = new TokenBucket(SIGNAL_BURST, SIGNALS_PER_SECOND, now)));
    if (!bucket.take(now)) {
      const drops = (this.drops.get(from) ?? 0) + 1;
      this.drops.set(from, drops);
      return drops >= DROPS_BEFORE_DISCONNECT ? 'flood' : 'drop';
    }
    if (refusal === 'closed' || refusal === 'gone') return 'drop';
    const { to, ...rest } = message;
    return this.room.deliver(to, { ...rest, from }) ? 'ok' : 'drop';
  }

  /** A member left for good: forget its budgets. */
  forget(sessionId: string): void {
    this.drops.delete(sessionId);
    for (const key of this.buckets.keys())
      if (key.startsWith(`${sessionId}>`) || key.endsWith(`>${sessionId}`)) this.buckets.delete(key);
  }
}

/**
 * The frame cap for this raw room message: 16 KB for voice signals (the WebSocket's maxPayload), 1 KB
 * for everything else. Read from the frame's header (code, then the message type) before decoding.
 */
export function frameCap(buffer: Uint8Array): number {
  const code = buffer[0];
  if (code !== Protocol.ROOM_DATA) return OTHER_FRAME_MAX;
  try {
    const it: Iterator = { offset: 1 };
    if (!decode.stringCheck(buffer as Buffer, it)) return OTHER_FRAME_MAX;
    return decode.string(buffer as Buffer, it) === SIGNAL_MESSAGE ? SIGNAL_FRAME_MAX : OTHER_FRAME_MAX;
  } catch {
    return OTHER_FRAME_MAX;
  }
}
