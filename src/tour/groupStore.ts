import { create } from 'zustand';
import type { TourConnection } from './tourConnection.ts';

export type GroupStatus =
  'idle' | 'checking' | 'unavailable' | 'connecting' | 'joined' | 'reconnecting' | 'ended';
export type GroupRole = 'docent' | 'visitor' | 'spectator';
export type GroupError = 'wrongCode' | 'wrongDocentCode' | 'full' | 'tooMany' | 'dropped' | 'failed' | null;

export interface GroupMember {
  id: string;
  name: string;
  lang: 'zh' | 'en';
  role: GroupRole;
  following: boolean;
  connected: boolean;
  headset: boolean;
  slot: number;
}

/** The part of the room state the UI and the follow logic read (a plain copy of the Colyseus state). */
export interface GroupSnapshot {
  docent: string;
  docentStatus: 'present' | 'away' | 'gone';
  booth: string;
  gatherBooth: string;
  gatherSeq: number;
  questionsOpen: boolean;
  members: GroupMember[];
}

interface GroupState {
  status: GroupStatus;
  error: GroupError;
  role: GroupRole | null;
  /** This visitor's session id in the room. */
  self: string | null;
  code: string | null;
  snapshot: GroupSnapshot | null;
  /** The group panel is open. */
  panelOpen: boolean;
  /** A code from a `#/tour/<code>` link, offered in the join form. */
  linkedCode: string | null;
  /** Pose updates per second the server relays (from tour-server.json). */
  poseHz: number;
  /** The live link to the room while in a tour. */
  connection: TourConnection | null;
  /** The last thing the server told the group (docent away / gone / back). */
  notice: 'docentAway' | 'docentGone' | 'docentBack' | 'refused' | null;
  set: (patch: Partial<Omit<GroupState, 'set'>>) => void;
}

export const useGroupStore = create<GroupState>()((set) => ({
  status: 'idle',
  error: null,
  role: null,
  self: null,
  code: null,
  snapshot: null,
  panelOpen: false,
  linkedCode: null,
  poseHz: 10,
  connection: null,
  notice: null,
  set: (patch) => set(patch),
}));

/** Whether this visitor follows the docent now (a following visitor or a spectator, docent present). */
export function isFollowing(state: Pick<GroupState, 'role' | 'self' | 'snapshot'>): boolean {
  if (!state.snapshot || !state.self || state.role === 'docent') return false;
  const me = state.snapshot.members.find((m) => m.id === state.self);
  return !!me?.following && state.snapshot.docentStatus !== 'gone';
}
