/** The tour's stop id for the entrance overview (every other stop is a booth id). */
export const ENTRANCE_STOP = 'entrance';
