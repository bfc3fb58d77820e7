import { useEffect, useState } from 'react';
import { LAST_STAGE } from './buildStages.ts';
import { yieldToBrowser } from '../lib/schedule.ts';

/**
 * The stage the hall's build has reached: one more slice after each commit, with a yield to the browser
 * in between; `onBuilt` once everything is mounted.
 */
export function useBuildStage(onBuilt?: () => void): number {
  const [stage, setStage] = useState(0);
  useEffect(() => {
    if (stage >= LAST_STAGE) {
      onBuilt?.();
      return;
    }
    let cancelled = false;
    void yieldToBrowser().then(() => {
      if (!cancelled) setStage((s) => s + 1);
    });
    return () => {
      cancelled = true;
    };
    // onBuilt is read once the build is complete; a new callback identity must not restart it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stage]);
  return stage;
}
