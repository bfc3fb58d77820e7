import { describe, expect, it } from 'vitest';
import {
  PIN_LOCKOUT_MS,
  PIN_MAX_LENGTH,
  initialPinState,
  isLocked,
  lockoutSecondsLeft,
  pinReducer,
  restorePinState,
  triesLeft,
  type PinAction,
  type PinState,
} from './pinLock.ts';

const PIN = '2023';

function type(state: PinState, digits: string, now: number): PinState {
  return [...digits].reduce((s, digit) => pinReducer(s, { type: 'digit', digit, now }), state);
}

/** Type, press OK, and report the check's result as the pad does once the hash is compared. */
function attempt(state: PinState, digits: string, now: number): PinState {
  const submitted = pinReducer(type(state, digits, now), { type: 'submit', now });
  if (!submitted.checking) return submitted;
  return pinReducer(submitted, { type: 'verified', ok: submitted.entry === PIN, now });
}

describe('PIN pad reducer', () => {
  it('unlocks with the right PIN and forgets the digits', () => {
    const state = attempt(initialPinState, '2023', 0);
    expect(state.unlocked).toBe(true);
    expect(state.entry).toBe('');
  });

  it('edits the entry: digits, backspace, at most 16 digits, nothing else', () => {
    let state = type(initialPinState, '12345678901234567', 0);
    expect(state.entry).toBe('1234567890123456');
    expect(state.entry).toHaveLength(PIN_MAX_LENGTH);
    state = pinReducer(state, { type: 'backspace', now: 0 });
    expect(state.entry).toBe('123456789012345');
    state = pinReducer(state, { type: 'digit', digit: 'x', now: 0 });
    expect(state.entry).toBe('123456789012345');
  });

  it('ignores OK with nothing typed', () => {
    expect(pinReducer(initialPinState, { type: 'submit', now: 0 })).toBe(initialPinState);
  });

  it('takes no input while the passcode is being checked, and a stray result changes nothing', () => {
    const checking = pinReducer(type(initialPinState, '12', 0), { type: 'submit', now: 0 });
    expect(checking.checking).toBe(true);
    expect(pinReducer(checking, { type: 'digit', digit: '3', now: 0 })).toBe(checking);
    expect(pinReducer(checking, { type: 'submit', now: 0 })).toBe(checking);
    expect(pinReducer(initialPinState, { type: 'verified', ok: true, now: 0 })).toBe(initialPinState);
  });

  it('says a wrong PIN is wrong and counts down the tries', () => {
    let state = attempt(initialPinState, '1111', 0);
    expect(state).toMatchObject({ unlocked: false, message: 'wrong', failures: 1, entry: '' });
    expect(triesLeft(state)).toBe(4);
    state = type(state, '2', 0);
    expect(state.message).toBe('none');
  });

  it('locks for 60 s after 5 wrong PINs, refusing even the right one', () => {
    let state = initialPinState;
    for (let i = 0; i < 5; i++) state = attempt(state, '0000', 1_000);
    expect(state.message).toBe('locked');
    expect(isLocked(state, 1_000)).toBe(true);
    expect(lockoutSecondsLeft(state, 1_000)).toBe(60);
    expect(lockoutSecondsLeft(state, 1_000 + 59_001)).toBe(1);

    const during = attempt(state, '2023', 1_000 + PIN_LOCKOUT_MS - 1);
    expect(during.unlocked).toBe(false);
    expect(during.entry).toBe('');

    const after = attempt(state, '2023', 1_000 + PIN_LOCKOUT_MS);
    expect(after.unlocked).toBe(true);
  });

  it('gives a fresh set of tries when the lockout ends', () => {
    let state = initialPinState;
    for (let i = 0; i < 5; i++) state = attempt(state, '0000', 0);
    state = pinReducer(state, { type: 'tick', now: PIN_LOCKOUT_MS });
    expect(state).toMatchObject({ lockedUntil: null, failures: 0, message: 'none' });
    state = attempt(state, '0000', PIN_LOCKOUT_MS);
    expect(triesLeft(state)).toBe(4);
  });

  it('resets the count after a success', () => {
    let state = attempt(attempt(initialPinState, '9', 0), '9', 0);
    expect(state.failures).toBe(2);
    state = attempt(state, PIN, 0);
    expect(state).toMatchObject({ unlocked: true, failures: 0 });
  });

  it('ignores input once unlocked', () => {
    const state = attempt(initialPinState, PIN, 0);
    const actions: PinAction[] = [
      { type: 'digit', digit: '1', now: 0 },
      { type: 'backspace', now: 0 },
      { type: 'submit', now: 0 },
      { type: 'verified', ok: false, now: 0 },
    ];
    for (const action of actions) expect(pinReducer(state, action)).toBe(state);
  });

  it('restores tries and lockout after a reload, and nothing odd', () => {
    expect(restorePinState({ failures: 3, lockedUntil: null }, 0)).toMatchObject({ failures: 3, entry: '' });
    const locked = restorePinState({ failures: 5, lockedUntil: 30_000 }, 0);
    expect(isLocked(locked, 29_999)).toBe(true);
    // Never longer than one lockout from now, whatever was stored.
    expect(restorePinState({ failures: 5, lockedUntil: 1e15 }, 0).lockedUntil).toBe(PIN_LOCKOUT_MS);
    expect(restorePinState(null, 0)).toEqual(initialPinState);
    expect(restorePinState({ failures: -1, lockedUntil: null }, 0)).toEqual(initialPinState);
    expect(restorePinState({ failures: 'x' }, 0)).toEqual(initialPinState);
    expect(restorePinState({ failures: 99, lockedUntil: null }, 0).failures).toBe(5);
  });
});
