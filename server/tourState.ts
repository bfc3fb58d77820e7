import { MapSchema, schema, type SchemaType } from '@colyseus/schema';

/** Someone in a tour. Nothing else about a visitor is asked or kept: a display name and a language. */
export const Member = schema(
  {
    name: 'string',
    lang: 'string',
    /** 'docent' | 'visitor' | 'spectator' (a kiosk screen that follows, without an avatar). */
    role: 'string',
    following: 'boolean',
    connected: 'boolean',
    headset: 'boolean',
    /** Index of this member's records in the pose messages. */
    slot: 'uint8',
  },
  'Member',
);
export type Member = SchemaType<typeof Member>;

export const TourState = schema(
  {
    /** Session id of the docent ('' when none has joined yet). */
    docent: 'string',
    /** 'present' | 'away' (dropped, the group waits) | 'gone' (visitors roam freely). */
    docentStatus: 'string',
    /** The booth the docent has open for followers ('' = none). */
    booth: 'string',
    /** Where the last "Gather here" asked followers to go; gatherSeq counts the requests. */
    gatherBooth: 'string',
    gatherSeq: 'uint32',
    questionsOpen: 'boolean',
    members: { map: Member },
  },
  'TourState',
);
export type TourState = SchemaType<typeof TourState>;

export function newTourState(): TourState {
  const state = new TourState();
  state.docent = '';
  state.docentStatus = 'present';
  state.booth = '';
  state.gatherBooth = '';
  state.gatherSeq = 0;
  state.questionsOpen = false;
  state.members = new MapSchema<Member>();
  return state;
}
