import { useEffect } from 'react';
import type { HallLayout } from '../layout/computeHallLayout.ts';
import { goToBooth } from '../state/goToBooth.ts';
import { useHallStore } from '../state/hallStore.ts';
import { useVRStore } from '../state/vrStore.ts';
import { isFollowing, useGroupStore } from './groupStore.ts';

/**
 * The tour's effect on this visitor's hall: a follower goes where the docent gathers (a glide in the
 * browser; PlayerRig/VROrigin turn it into a teleport in a headset) and sees the booth the docent opens,
 * in their own language (the panel reads the local language). The docent's opened booth and everyone's
 * language travel the other way.
 */
export function useGroupSync(layout: HallLayout) {
  useEffect(() => {
    let seenSeq = -1;
    let wasFollowing = false;
    let seenBooth: string | null = null;
    const unsubscribe = useGroupStore.subscribe((state) => {
      const snap = state.snapshot;
      if (!snap || state.status !== 'joined') {
        seenSeq = -1;
        wasFollowing = false;
        return;
      }
      const following = isFollowing(state);
      const rejoined = following && !wasFollowing;
      wasFollowing = following;
      if (!following) {
        seenSeq = snap.gatherSeq;
        seenBooth = snap.booth;
        return;
      }
      const target = snap.booth || snap.gatherBooth;
      if (snap.gatherSeq !== seenSeq || rejoined) {
        seenSeq = snap.gatherSeq;
        seenBooth = snap.booth;
        if (target) goToBooth(layout, target);
        return;
      }
      if (snap.booth !== seenBooth) {
        seenBooth = snap.booth;
        useHallStore.getState().selectBooth(snap.booth || null);
      }
    });
    // The docent's opened booth opens for the followers.
    const unsubscribeHall = useHallStore.subscribe((hall, prev) => {
      const group = useGroupStore.getState();
      if (!group.connection) return;
      if (group.role === 'docent' && hall.selectedBoothId !== prev.selectedBoothId)
        group.connection.send('openBooth', { booth: hall.selectedBoothId });
      if (hall.lang !== prev.lang) sendProfile();
    });
    const unsubscribeVR = useVRStore.subscribe((vr, prev) => {
      if (vr.status !== prev.status) sendProfile();
    });
    return () => {
      unsubscribe();
      unsubscribeHall();
      unsubscribeVR();
    };
  }, [layout]);
}

function sendProfile() {
  const connection = useGroupStore.getState().connection;
  connection?.send('profile', {
    lang: useHallStore.getState().lang,
    headset: useVRStore.getState().status === 'in-session',
  });
}

/** The booth the docent stands at or has open: what "Gather here" gathers at. */
export function nearestBooth(layout: HallLayout, x: number, z: number): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const booth of layout.booths) {
    const d = Math.hypot(booth.viewSpot.x - x, booth.viewSpot.z - z);
    if (d < bestDistance) {
      bestDistance = d;
      best = booth.id;
    }
  }
  return best;
}
