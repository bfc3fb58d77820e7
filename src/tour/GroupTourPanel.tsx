import { useEffect, useState, type FormEvent } from 'react';
import type { HallLayout } from '../layout/computeHallLayout.ts';
import { useHallStore } from '../state/hallStore.ts';
import { useVRStore } from '../state/vrStore.ts';
import { checkTourServer, joinGroup, leadGroup } from './groupActions.ts';
import { useGroupStore } from './groupStore.ts';
import { GroupInTour } from './GroupInTour.tsx';
import { isRoomCode, normalizeRoomCode } from './roomCode.ts';
import { tt } from './tourStrings.ts';
import './groupTour.css';
import { useGroupSync } from './useGroupSync.ts';
import { useVoice } from './voice/useVoice.ts';
import { unlockVoiceAudio } from './voice/voiceOutput.ts';

const TOUR_LINK = /^#\/tour\/([A-Za-z0-9-]{4,12})\/?$/;

/** The group-tour button and panel: join by code or link, lead with the docent code, then the tour. */
export function GroupTourPanel({ layout }: { layout: HallLayout }) {
  const lang = useHallStore((s) => s.lang);
  const status = useGroupStore((s) => s.status);
  const open = useGroupStore((s) => s.panelOpen);
  const set = useGroupStore((s) => s.set);
  useGroupSync(layout);
  useVoice();

  // A `#/tour/<code>` link opens the join form with its code.
  useEffect(() => {
    const read = () => {
      const match = TOUR_LINK.exec(window.location.hash);
      if (!match?.[1]) return;
      useGroupStore.getState().set({ linkedCode: normalizeRoomCode(match[1]), panelOpen: true });
      void checkTourServer();
    };
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);

  const toggle = () => {
    set({ panelOpen: !open });
    if (!open) void checkTourServer();
  };
  const inTour = status === 'joined' || status === 'reconnecting';

  return (
    <div className="group-tour" data-testid="group-tour">
      <button
        type="button"
        className="group-tour__toggle"
        aria-expanded={open}
        onClick={toggle}
        data-testid="group-tour-toggle"
      >
        {tt('groupTour', lang)}
      </button>
      {open && (
        <section className="group-tour__panel" aria-label={tt('groupTour', lang)}>
          {status === 'reconnecting' && (
            <p className="group-tour__status" role="status" data-testid="group-reconnecting">
              {tt('reconnecting', lang)}
            </p>
          )}
          {status === 'checking' && <p className="group-tour__status">{tt('checking', lang)}</p>}
          {status === 'unavailable' && (
            <p className="group-tour__status" data-testid="group-unavailable">
              {tt('needsServer', lang)}
            </p>
          )}
          {inTour ? (
            <GroupInTour layout={layout} />
          ) : (
            status !== 'unavailable' && status !== 'checking' && <GroupForms />
          )}
        </section>
      )}
    </div>
  );
}

function defaultName(lang: 'zh' | 'en'): string {
  return `${tt('visitorN', lang)} ${1 + Math.floor(Math.random() * 99)}`;
}

function GroupForms() {
  const lang = useHallStore((s) => s.lang);
  const error = useGroupStore((s) => s.error);
  const status = useGroupStore((s) => s.status);
  const linkedCode = useGroupStore((s) => s.linkedCode);
  const [code, setCode] = useState(linkedCode ?? '');
  const [name, setName] = useState(() => defaultName(lang));
  const [docentCode, setDocentCode] = useState('');
  const [localError, setLocalError] = useState(false);
  const busy = status === 'connecting';
  const headset = () => useVRStore.getState().status === 'in-session';

  useEffect(() => {
    if (linkedCode) setCode(linkedCode);
  }, [linkedCode]);

  const onJoin = (e: FormEvent) => {
    e.preventDefault();
    const normalized = normalizeRoomCode(code);
    if (!isRoomCode(normalized)) return setLocalError(true);
    setLocalError(false);
    unlockVoiceAudio(); // the join click is the gesture that lets the guide's voice play
    void joinGroup(normalized, name.trim() || defaultName(lang), lang, headset());
  };
  const onLead = (e: FormEvent) => {
    e.preventDefault();
    unlockVoiceAudio();
    void leadGroup(docentCode, name.trim() || tt('guide', lang), lang, headset());
  };
  const shownError = localError ? 'wrongCode' : error;

  return (
    <>
      {shownError && (
        <p className="group-tour__error" role="alert" data-testid="group-error">
          {tt(shownError, lang)}
        </p>
      )}
      {busy && <p className="group-tour__status">{tt('connecting', lang)}</p>}
      <label className="group-tour__field">
        {tt('yourName', lang)}
        <input
          value={name}
          maxLength={32}
          onChange={(e) => setName(e.target.value)}
          data-testid="group-name"
        />
      </label>
      <form onSubmit={onJoin} className="group-tour__form">
        <h3>{tt('joinTitle', lang)}</h3>
        <label className="group-tour__field">
          {tt('roomCode', lang)}
          <input
            value={code}
            maxLength={12}
            autoCapitalize="characters"
            autoComplete="off"
            onChange={(e) => setCode(e.target.value)}
            data-testid="group-code"
          />
        </label>
        <button type="submit" disabled={busy} data-testid="group-join">
          {tt('join', lang)}
        </button>
      </form>
      <form onSubmit={onLead} className="group-tour__form">
        <h3>{tt('leadTitle', lang)}</h3>
        <label className="group-tour__field">
          {tt('docentCode', lang)}
          <input
            type="password"
            value={docentCode}
            maxLength={64}
            autoComplete="off"
            onChange={(e) => setDocentCode(e.target.value)}
            data-testid="group-docent-code"
          />
        </label>
        <button type="submit" disabled={busy || docentCode.length === 0} data-testid="group-lead">
          {tt('lead', lang)}
        </button>
      </form>
    </>
  );
}
