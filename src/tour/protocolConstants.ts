/**
 * The tour protocol's names and codes, apart from its zod schemas (src/tour/protocol.ts), so that the
 * client, which only needs these, does not load zod and build the server's schemas on the main thread.
 */
export const TOUR_ROOM = 'tour';

/** The pose message type (bytes), both directions. */
export const POSE_MESSAGE = 'p';

/** Close codes the server uses when it drops a client (4000 is Colyseus's "consented"). */
export const CLOSE_FLOOD = 4401;
export const CLOSE_INVALID = 4402;
