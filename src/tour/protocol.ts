import { z } from '../content/zod.ts';

/**
 * Messages between the tour client and the TourRoom. The server checks every message against these
 * schemas (and a rate); the client uses the same types. Poses travel as bytes (poseCodec.ts).
 */
export { TOUR_ROOM, POSE_MESSAGE, CLOSE_FLOOD, CLOSE_INVALID } from './protocolConstants.ts';

export const DisplayName = z
  .string()
  .trim()
  .min(1)
  .max(32)
  .regex(/^[^\p{Cc}\p{Cf}<>]+$/u, 'plain text only');

export const JoinOptions = z
  .object({
    name: DisplayName,
    lang: z.enum(['zh', 'en']),
    /** Only the docent sends this; a wrong code is refused. */
    docentCode: z.string().min(1).max(64).optional(),
    /** A kiosk spectator: follows the docent, shows on the big screen, has no avatar. */
    spectator: z.boolean().optional(),
    headset: z.boolean().optional(),
  })
  .strict();
export type JoinOptions = z.infer<typeof JoinOptions>;

const BoothId = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9-]+$/);

/** Client → server, by message type. */
export const ClientMessages = {
  /** Docent: open a booth for every follower (null closes the panel). */
  openBooth: z.object({ booth: BoothId.nullable() }).strict(),
  /** Docent: bring every follower to this booth. */
  gather: z.object({ booth: BoothId }).strict(),
  /** Docent: let visitors speak (voice) or not. */
  questions: z.object({ open: z.boolean() }).strict(),
  /** Visitor: follow the docent or roam alone. */
  follow: z.object({ following: z.boolean() }).strict(),
  /** Anyone: a new language or headset state. */
  profile: z.object({ lang: z.enum(['zh', 'en']), headset: z.boolean() }).strict(),
  /** Round-trip probe: the server answers `pong` with the same number. */
  ping: z.object({ t: z.number().finite() }).strict(),
} as const;
export type ClientMessageType = keyof typeof ClientMessages;
export type ClientMessage<T extends ClientMessageType> = z.infer<(typeof ClientMessages)[T]>;

/** Server → client. */
export interface GatherMessage {
  booth: string;
  seq: number;
}
export interface NoticeMessage {
  kind: 'docentAway' | 'docentBack' | 'docentGone' | 'refused';
}
