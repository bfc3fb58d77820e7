import { z } from '../../content/zod.ts';

/**
 * Voice signalling through the tour room: WebRTC offers, answers and ICE candidates, relayed by the
 * server only between the docent and one visitor (server/voiceRelay.ts checks who may send what).
 * Media never passes through the server: it flows peer to peer on the LAN.
 */
export { SIGNAL_MESSAGE, VOICE_CONFIG_MESSAGE } from './voiceConstants.ts';

/** WebSocket frame caps: an SDP needs a few KB, every other message fits in 1 KB. */
export const SIGNAL_FRAME_MAX = 16 * 1024;
export const OTHER_FRAME_MAX = 1024;
/** An audio-only SDP from Chromium or Safari is 2–6 KB; this leaves room below the frame cap. */
export const SDP_MAX_CHARS = 12_000;

const SessionId = z
  .string()
  .min(1)
  .max(32)
  .regex(/^[\w-]+$/);
const Sdp = z.string().min(1).max(SDP_MAX_CHARS);
/** RTCIceCandidate.toJSON(); an empty `candidate` marks the end of candidates. */
const Candidate = z
  .object({
    candidate: z.string().max(512),
    sdpMid: z.string().max(32).nullable().optional(),
    sdpMLineIndex: z.number().int().min(0).max(63).nullable().optional(),
    usernameFragment: z.string().max(256).nullable().optional(),
  })
  .strict();

/** Client → server: `to` is the session id of the other end. */
export const SignalMessage = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('offer'), to: SessionId, sdp: Sdp }).strict(),
  z.object({ kind: z.literal('answer'), to: SessionId, sdp: Sdp }).strict(),
  z.object({ kind: z.literal('ice'), to: SessionId, candidate: Candidate }).strict(),
  /** Visitor → docent: "offer me again" (after a reload or a failed connection). */
  z.object({ kind: z.literal('request'), to: SessionId }).strict(),
  /** Either end: this peer connection is closed. */
  z.object({ kind: z.literal('bye'), to: SessionId }).strict(),
]);
export type SignalMessage = z.infer<typeof SignalMessage>;
export type SignalKind = SignalMessage['kind'];

/** Server → client: the same message with the sender instead of the recipient. */
export type RelayedSignal = DistributiveOmit<SignalMessage, 'to'> & { from: string };
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export interface VoiceConfig {
  p2pLimit: number;
}
