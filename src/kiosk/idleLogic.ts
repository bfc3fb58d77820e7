/**
 * The idle reset as a pure function of time: after `idleMs` without interaction a countdown of
 * `countdownMs` runs; when it ends, the kiosk resets. Returns what to show now.
 */
export function idlePhase(
  now: number,
  lastInteraction: number,
  idleMs: number,
  countdownMs: number,
): { phase: 'active' } | { phase: 'countdown'; secondsLeft: number } | { phase: 'reset' } {
  const idle = now - lastInteraction;
  if (idle < idleMs) return { phase: 'active' };
  const left = idleMs + countdownMs - idle;
  if (left <= 0) return { phase: 'reset' };
  return { phase: 'countdown', secondsLeft: Math.ceil(left / 1000) };
}
