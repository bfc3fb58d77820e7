/** A tour member as the voice plan sees it. */
export interface VoiceMember {
  id: string;
  role: string;
}

export interface VoicePlan {
  /** Visitors the docent streams to, in the order they joined (at most `limit`). */
  reached: string[];
  /** All visitors of the group (connected or holding their seat while reconnecting). */
  visitors: number;
}

/**
 * Who hears the docent: every visitor in the order they joined, up to the peer-to-peer limit. A visitor
 * whose socket dropped keeps their place (and their peer connection, which may well have survived).
 */
export function planVoice(members: readonly VoiceMember[], limit: number): VoicePlan {
  const visitors = members.filter((m) => m.role === 'visitor');
  return { reached: visitors.slice(0, Math.max(0, limit)).map((m) => m.id), visitors: visitors.length };
}
