import { useEffect, useMemo, useState } from 'react';
import type { HallLayout } from '../layout/computeHallLayout.ts';
import { useHallStore } from '../state/hallStore.ts';
import { useKioskStore } from '../state/kioskStore.ts';
import { checkTourServer, leaveTour, spectateGroup } from './groupActions.ts';
import { useGroupStore } from './groupStore.ts';
import { spectatorCode } from './roomCode.ts';
import { tt } from './tourStrings.ts';
import { useGroupSync } from './useGroupSync.ts';
import './groupTour.css';

/**
 * `?kiosk&tour=<code>`: the kiosk joins that tour as a big screen. It asks for no name (the docent sees
 * "Screen" / "大屏"), has no avatar, is never a visitor who can leave, and follows the docent: gathers,
 * opened booths. While it follows, the kiosk's attract loop and idle reset rest (KioskMode reads
 * `followingTour`); when the tour ends or the docent has gone, it leaves and the attract loop resumes.
 */
export function KioskSpectator({ layout }: { layout: HallLayout }) {
  const code = useMemo(() => spectatorCode(window.location.search), []);
  const lang = useHallStore((s) => s.lang);
  const role = useGroupStore((s) => s.role);
  const status = useGroupStore((s) => s.status);
  const docentGone = useGroupStore((s) => s.snapshot?.docentStatus === 'gone');
  const [over, setOver] = useState(false);
  useGroupSync(layout);

  useEffect(() => {
    if (!code) return;
    let live = true;
    void (async () => {
      const { lang: now } = useHallStore.getState();
      const joined = (await checkTourServer()) && live && (await spectateGroup(code, tt('screen', now), now));
      if (!joined && live) setOver(true);
    })();
    return () => {
      live = false;
      void leaveTour();
    };
  }, [code]);

  const following =
    !over && role === 'spectator' && (status === 'joined' || status === 'reconnecting') && !docentGone;
  useEffect(() => useKioskStore.getState().setFollowingTour(following), [following]);
  // The docent ended the tour or did not come back: leave the room, back to the attract loop.
  useEffect(() => {
    if (role !== 'spectator' || !(docentGone || status === 'ended')) return;
    setOver(true);
    void leaveTour();
  }, [role, docentGone, status]);
  useEffect(() => () => useKioskStore.getState().setFollowingTour(false), []);

  if (!following) return null;
  return (
    <p className="kiosk-spectator" role="status" data-testid="kiosk-spectating">
      {tt('screenFollows', lang)}
    </p>
  );
}
