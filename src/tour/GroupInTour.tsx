import { useEffect, useState } from 'react';
import type { HallLayout } from '../layout/computeHallLayout.ts';
import { useHallStore } from '../state/hallStore.ts';
import { usePlayerStore } from '../state/playerStore.ts';
import { leaveTour } from './groupActions.ts';
import { isFollowing, useGroupStore } from './groupStore.ts';
import { formatRoomCode } from './roomCode.ts';
import { tt } from './tourStrings.ts';
import { nearestBooth } from './useGroupSync.ts';
import { DocentVoiceControls, VisitorVoiceControls } from './voice/VoiceControls.tsx';

/** The link a visitor opens (or scans): this hall with `#/tour/<code>`. */
export function tourLink(code: string, base: string = document.baseURI): string {
  const url = new URL(base);
  url.hash = `#/tour/${code}`;
  return url.href;
}

/** Inside a tour: the docent's controls and member list, or a visitor's follow/roam switch. */
export function GroupInTour({ layout }: { layout: HallLayout }) {
  const lang = useHallStore((s) => s.lang);
  const role = useGroupStore((s) => s.role);
  const code = useGroupStore((s) => s.code);
  const snapshot = useGroupStore((s) => s.snapshot);
  const notice = useGroupStore((s) => s.notice);
  const following = useGroupStore(isFollowing);
  const connection = useGroupStore((s) => s.connection);
  const [qr, setQr] = useState<string | null>(null);
  const link = code ? tourLink(code) : '';

  useEffect(() => {
    if (role !== 'docent' || !link) return;
    let live = true;
    // Rendered here from the link: no request leaves the hall.
    void import('qrcode').then((QRCode) =>
      QRCode.toDataURL(link, { margin: 1, width: 168 }).then((url) => live && setQr(url)),
    );
    return () => {
      live = false;
    };
  }, [role, link]);

  const gather = () => {
    const pose = usePlayerStore.getState().pose;
    const booth = useHallStore.getState().selectedBoothId ?? nearestBooth(layout, pose.x, pose.z);
    if (booth) connection?.send('gather', { booth });
  };
  const noticeText =
    snapshot?.docentStatus === 'away'
      ? tt('docentAway', lang)
      : snapshot?.docentStatus === 'gone'
        ? tt('docentGone', lang)
        : null;

  if (role === 'docent') {
    const visitors = snapshot?.members.filter((m) => m.role === 'visitor') ?? [];
    // Kiosk screens that follow: listed apart, never counted as visitors.
    const screens = snapshot?.members.filter((m) => m.role === 'spectator' && m.connected) ?? [];
    return (
      <div className="group-tour__docent">
        <p className="group-tour__code" data-testid="group-room-code" data-code={code ?? ''}>
          {code ? formatRoomCode(code) : ''}
        </p>
        <p className="group-tour__hint">{tt('shareCode', lang)}</p>
        {qr && (
          <img
            className="group-tour__qr"
            src={qr}
            width={168}
            height={168}
            alt={link}
            data-testid="group-qr"
          />
        )}
        <p className="group-tour__link" data-testid="group-link">
          {link}
        </p>
        <button type="button" onClick={gather} data-testid="group-gather">
          {tt('gatherHere', lang)}
        </button>
        <DocentVoiceControls />
        <h3>
          {tt('members', lang)} ({visitors.length})
        </h3>
        <ul className="group-tour__members" data-testid="group-members">
          {visitors.map((m) => (
            <li key={m.id} data-following={m.following} data-connected={m.connected}>
              {m.name} · {m.lang} ·{' '}
              {!m.connected ? tt('offline', lang) : m.following ? tt('followsYou', lang) : tt('roams', lang)}
            </li>
          ))}
        </ul>
        {screens.length > 0 && (
          <p className="group-tour__screens" data-testid="group-screens" data-count={screens.length}>
            {tt('screens', lang)}: {screens.map((m) => m.name).join(', ')}
          </p>
        )}
        <button type="button" onClick={() => void leaveTour()} data-testid="group-end">
          {tt('endTour', lang)}
        </button>
      </div>
    );
  }

  return (
    <div className="group-tour__visitor">
      {noticeText && (
        <p className="group-tour__status" role="status" data-testid="group-notice" data-notice={notice ?? ''}>
          {noticeText}
        </p>
      )}
      <p data-testid="group-following" data-following={following}>
        {following ? tt('following', lang) : tt('roaming', lang)}
      </p>
      {snapshot?.docentStatus !== 'gone' && (
        <button
          type="button"
          data-testid="group-follow-toggle"
          onClick={() => connection?.send('follow', { following: !following })}
        >
          {following ? tt('leaveGroup', lang) : tt('rejoinGroup', lang)}
        </button>
      )}
      <VisitorVoiceControls />
      <button type="button" onClick={() => void leaveTour()} data-testid="group-leave">
        {tt('leaveTour', lang)}
      </button>
    </div>
  );
}
