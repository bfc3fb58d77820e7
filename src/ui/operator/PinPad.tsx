import { useCallback, useEffect, useReducer, useState } from 'react';
import { useT } from '../useT.ts';
import { tPlural } from '../../i18n/strings.ts';
import { verifyPasscode } from '../../lib/pinHash.ts';
import { fill } from './operatorData.ts';
import {
  isLocked,
  lockoutSecondsLeft,
  pinReducer,
  restorePinState,
  triesLeft,
  type PinLockRecord,
} from './pinLock.ts';

const LOCK_STORAGE_KEY = 'expo-operator-pin-lock';
const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'back', '0', 'ok'] as const;
type PadKey = (typeof KEYS)[number];

/** Wrong tries and the lockout survive a reload (never the digits, never the PIN). */
function readLockRecord(): unknown {
  try {
    return JSON.parse(localStorage.getItem(LOCK_STORAGE_KEY) ?? 'null');
  } catch {
    return null;
  }
}

function writeLockRecord(record: PinLockRecord) {
  try {
    if (record.failures === 0 && record.lockedUntil === null) localStorage.removeItem(LOCK_STORAGE_KEY);
    else localStorage.setItem(LOCK_STORAGE_KEY, JSON.stringify(record));
  } catch {
    // No storage (private mode): the lockout still holds until the page reloads.
  }
}

function keyFromEvent(event: KeyboardEvent): PadKey | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  if (/^\d$/.test(event.key)) return event.key as PadKey;
  if (event.key === 'Backspace' || event.key === 'Delete') return 'back';
  if (event.key === 'Enter') return 'ok';
  return null;
}

function BackspaceIcon() {
  return (
    <svg viewBox="0 0 24 24" width="30" height="30" aria-hidden="true" focusable="false">
      <path
        d="M9 5h10a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-6-7z M12 9l6 6 M18 9l-6 6"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/**
 * Large touch keys 0–9, ⌫ and OK (the keyboard works too). The entry is checked against the stored
 * salted hash (the passcode itself is nowhere on the kiosk): the pad shows one dot per digit typed, and
 * the digits never reach the DOM or the URL.
 */
export function PinPad({ operatorPinHash, onUnlock }: { operatorPinHash: string; onUnlock: () => void }) {
  const { lang, t } = useT();
  const [state, dispatch] = useReducer(pinReducer, undefined, () =>
    restorePinState(readLockRecord(), Date.now()),
  );
  const [now, setNow] = useState(() => Date.now());
  const locked = isLocked(state, now);

  useEffect(() => {
    if (state.unlocked) onUnlock();
  }, [state.unlocked, onUnlock]);

  useEffect(() => {
    if (!state.checking) return;
    let live = true;
    verifyPasscode(state.entry, operatorPinHash).then(
      (ok) => live && dispatch({ type: 'verified', ok, now: Date.now() }),
      () => live && dispatch({ type: 'verified', ok: false, now: Date.now() }),
    );
    return () => {
      live = false;
    };
  }, [state.checking, state.entry, operatorPinHash]);

  useEffect(() => {
    writeLockRecord({ failures: state.failures, lockedUntil: state.lockedUntil });
  }, [state.failures, state.lockedUntil]);

  // While locked, count down and lift the lockout when it runs out.
  useEffect(() => {
    if (state.lockedUntil === null) return;
    const timer = setInterval(() => {
      const time = Date.now();
      setNow(time);
      dispatch({ type: 'tick', now: time });
    }, 500);
    return () => clearInterval(timer);
  }, [state.lockedUntil]);

  const press = useCallback((key: PadKey) => {
    const time = Date.now();
    setNow(time);
    if (key === 'back') dispatch({ type: 'backspace', now: time });
    else if (key === 'ok') dispatch({ type: 'submit', now: time });
    else dispatch({ type: 'digit', digit: key, now: time });
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const key = keyFromEvent(event);
      if (!key) return;
      // Also keeps Enter on a focused pad key from pressing that key as well.
      event.preventDefault();
      press(key);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [press]);

  const message = locked
    ? fill(t('operatorPinLocked'), { s: lockoutSecondsLeft(state, now) })
    : state.message === 'wrong'
      ? fill(tPlural('operatorPinWrong', triesLeft(state), lang), { n: triesLeft(state) })
      : '';

  return (
    <section className="pin-pad" aria-labelledby="pin-pad-title" data-testid="pin-pad">
      <h2 id="pin-pad-title" className="pin-pad__title">
        {t('operatorPinPrompt')}
      </h2>
      <div className="pin-pad__dots" data-testid="pin-dots" aria-hidden="true">
        {Array.from({ length: state.entry.length }, (_, i) => (
          <span key={i} className="pin-pad__dot" />
        ))}
      </div>
      <p className="operator__sr-only" role="status">
        {fill(tPlural('operatorPinEntered', state.entry.length, lang), { n: state.entry.length })}
      </p>
      <p className="pin-pad__message" role="alert" data-testid="pin-message">
        {message}
      </p>
      <div className="pin-pad__keys">
        {KEYS.map((key) => (
          <button
            key={key}
            type="button"
            className={`pin-pad__key pin-pad__key--${key === 'ok' ? 'ok' : key === 'back' ? 'back' : 'digit'}`}
            data-testid={`pin-key-${key}`}
            aria-label={key === 'back' ? t('operatorPinDelete') : undefined}
            disabled={locked || state.checking || (key === 'ok' && state.entry.length === 0)}
            onClick={() => press(key)}
          >
            {key === 'back' ? <BackspaceIcon /> : key === 'ok' ? t('operatorPinOk') : key}
          </button>
        ))}
      </div>
    </section>
  );
}
