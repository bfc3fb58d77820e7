import { useSyncExternalStore } from 'react';

/** The operator page's address: `#/operator` (a hash route, like `#/booth/<id>` and `#/text`). */
export const OPERATOR_HASH = '#/operator';

export function isOperatorRoute(hash: string): boolean {
  return /^#?\/operator\/?$/.test(hash);
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** True while the URL hash is the operator page; re-renders when the hash changes. */
export function useIsOperatorRoute(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => isOperatorRoute(window.location.hash),
    () => false,
  );
}

/** Leave the operator page for the hall. */
export function goBackToHall(): void {
  window.location.hash = '#/';
}
