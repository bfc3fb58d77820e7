import { useEffect } from 'react';
import { useGroupStore } from '../groupStore.ts';

/**
 * The voice of a tour, for as long as this page is in one: the docent's session or a visitor's (loaded
 * when a tour starts, not with the hall), fed with the room state (members, questions, the docent) and
 * whether this visitor is in a headset.
 */
export function useVoice() {
  const connection = useGroupStore((s) => s.connection);
  const role = useGroupStore((s) => s.role);

  useEffect(() => {
    if (!connection || (role !== 'docent' && role !== 'visitor')) return;
    let stop: (() => void) | null = null;
    let cancelled = false;
    void import('./voiceSession.ts').then(({ startVoiceSession }) => {
      if (!cancelled) stop = startVoiceSession(connection, role);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [connection, role]);
}
