import { useEffect, useState } from 'react';
import { LAST_STAGE } from './buildStages.ts';
import { yieldToBrowser } from '../lib/schedule.ts';

/** The stage the hall's build has reached: one more slice after each commit, with a yield in between. */
export function useBuildStage(): number {
  const [stage, setStage] = useState(0);
  useEffect(() => {
    if (stage >= LAST_STAGE) return;
    let cancelled = false;
    void yieldToBrowser().then(() => {
      if (!cancelled) setStage((s) => s + 1);
    });
    return () => {
      cancelled = true;
    };
  }, [stage]);
  return stage;
}
