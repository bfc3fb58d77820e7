import type { TourSettings } from './tourSettingsSchema.ts';

/** Defaults for tests and a missing file: a random docent code is set by the caller. Apart
 * from the schema, so the client reads them without loading zod. */
export const DEFAULT_TOUR_SETTINGS: Omit<TourSettings, 'docentCode'> = {
  maxVisitors: 30,
  reconnectSeconds: 60,
  docentWaitSeconds: 180,
  poseHz: 10,
  joinsPerMinute: 60,
  failedJoinsPerMinute: 10,
  voice: { p2pLimit: 10 },
};
