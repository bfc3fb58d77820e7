/**
 * The operator PIN pad as a pure reducer: digits in, a check on OK (the caller verifies the passcode
 * against the stored hash, which takes a moment, and reports the result), and after
 * {@link PIN_MAX_TRIES} wrong PINs a {@link PIN_LOCKOUT_MS} lockout. Time comes in with the actions.
 */

export const PIN_MAX_TRIES = 5;
export const PIN_LOCKOUT_MS = 60_000;
/** `npm run pin:hash` takes 4 to 16 digits. */
export const PIN_MAX_LENGTH = 16;

export interface PinState {
  /** Digits typed so far (never rendered, only counted). */
  entry: string;
  /** Wrong PINs since the last success or lockout. */
  failures: number;
  /** Epoch ms until which input is refused; null when not locked. */
  lockedUntil: number | null;
  /** What the pad says under the dots. */
  message: 'none' | 'wrong' | 'locked';
  /** OK was pressed: the entry is being checked, input waits. */
  checking: boolean;
  unlocked: boolean;
}

export type PinAction =
  | { type: 'digit'; digit: string; now: number }
  | { type: 'backspace'; now: number }
  | { type: 'submit'; now: number }
  | { type: 'verified'; ok: boolean; now: number }
  | { type: 'tick'; now: number };

export const initialPinState: PinState = {
  entry: '',
  failures: 0,
  lockedUntil: null,
  message: 'none',
  checking: false,
  unlocked: false,
};

export function isLocked(state: PinState, now: number): boolean {
  return state.lockedUntil !== null && now < state.lockedUntil;
}

/** Whole seconds left in the lockout (0 when not locked). */
export function lockoutSecondsLeft(state: PinState, now: number): number {
  return isLocked(state, now) ? Math.ceil(((state.lockedUntil as number) - now) / 1000) : 0;
}

export function triesLeft(state: PinState): number {
  return Math.max(0, PIN_MAX_TRIES - state.failures);
}

/** A lockout that has run out is over: a fresh set of tries. */
function expire(state: PinState, now: number): PinState {
  if (state.lockedUntil === null || now < state.lockedUntil) return state;
  return { ...state, lockedUntil: null, failures: 0, message: 'none' };
}

export function pinReducer(previous: PinState, action: PinAction): PinState {
  const state = expire(previous, action.now);
  if (state.unlocked || isLocked(state, action.now)) return state;
  if (state.checking && action.type !== 'verified') return state;
  switch (action.type) {
    case 'tick':
      return state;
    case 'digit':
      if (!/^\d$/.test(action.digit) || state.entry.length >= PIN_MAX_LENGTH) return state;
      return { ...state, entry: state.entry + action.digit, message: 'none' };
    case 'backspace':
      return { ...state, entry: state.entry.slice(0, -1) };
    case 'submit':
      return state.entry ? { ...state, checking: true } : state;
    case 'verified': {
      if (!state.checking) return state;
      if (action.ok)
        return {
          entry: '',
          failures: 0,
          lockedUntil: null,
          message: 'none',
          checking: false,
          unlocked: true,
        };
      const failures = state.failures + 1;
      const wrong = { ...state, entry: '', failures, checking: false };
      return failures >= PIN_MAX_TRIES
        ? { ...wrong, lockedUntil: action.now + PIN_LOCKOUT_MS, message: 'locked' }
        : { ...wrong, message: 'wrong' };
    }
  }
}

/** What survives a reload (so reloading does not reset the lockout): tries and lockout, never digits. */
export interface PinLockRecord {
  failures: number;
  lockedUntil: number | null;
}

export function restorePinState(record: unknown, now: number): PinState {
  if (typeof record !== 'object' || record === null) return initialPinState;
  const { failures, lockedUntil } = record as Partial<PinLockRecord>;
  const validFailures = typeof failures === 'number' && Number.isInteger(failures) && failures >= 0;
  const validLock = lockedUntil === null || (typeof lockedUntil === 'number' && Number.isFinite(lockedUntil));
  if (!validFailures || !validLock) return initialPinState;
  return {
    ...initialPinState,
    failures: Math.min(failures, PIN_MAX_TRIES),
    // A lockout never lasts longer than one lockout from now (a clock set back, an edited record).
    lockedUntil: lockedUntil === null ? null : Math.min(lockedUntil, now + PIN_LOCKOUT_MS),
    message: lockedUntil === null ? 'none' : 'locked',
  };
}
