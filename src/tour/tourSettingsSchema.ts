import { z } from '../content/zod.ts';

/**
 * Tour server settings, in `public/content/tour.json` beside the exhibition, validated like the content
 * (file, JSON path and reason). The tour server reads it at start and never serves it to browsers.
 */
export const TourSettings = z
  .object({
    $schema: z.string().optional(),
    /** Unlocks "Lead a group". Change it for every event. 6–64 characters. */
    docentCode: z.string().min(6, 'at least 6 characters').max(64),
    /** Visitors per tour, besides the docent (and kiosk spectators). */
    maxVisitors: z.number().int().min(1).max(60),
    /** How long a dropped visitor keeps their place (Wi-Fi blip, headset asleep). */
    reconnectSeconds: z.number().int().min(5).max(600),
    /** How long the group waits for a dropped docent before visitors are told and roam freely. */
    docentWaitSeconds: z.number().int().min(10).max(1800),
    /** Avatar pose updates per second (10–20). */
    poseHz: z.number().int().min(10).max(20),
    /** Per address: tour joins and creations a minute, and failed ones (wrong codes) a minute. */
    joinsPerMinute: z.number().int().min(1).max(10_000),
    failedJoinsPerMinute: z.number().int().min(1).max(1000),
    voice: z
      .object({
        /**
         * Peer-to-peer voice: the docent sends one stream per listener, up to this many (10: the most
         * that every listener heard in full in bench/voice.md, server/bench/voice/main.ts).
         */
        p2pLimit: z.number().int().min(1).max(60),
      })
      .strict(),
  })
  .strict();

export type TourSettings = z.infer<typeof TourSettings>;

export { DEFAULT_TOUR_SETTINGS } from './tourDefaults.ts';
