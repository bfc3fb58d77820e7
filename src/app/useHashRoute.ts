import { useEffect } from 'react';
import type { HallLayout } from '../layout/computeHallLayout.ts';
import { useHallStore } from '../state/hallStore.ts';
import { hashFor, parseHash, routeOf } from './route.ts';
import { goToBooth } from '../state/goToBooth.ts';

/**
 * Keeps the URL hash and the hall in step: a deep link opens its booth, moving between booths pushes a
 * history entry, back/forward walk between them, an unknown id shows a notice over the hall.
 */
export function useHashRoute(layout: HallLayout | null) {
  useEffect(() => {
    if (!layout) return;
    let first = true;
    const apply = () => {
      const route = parseHash(window.location.hash);
      const store = useHallStore.getState();
      if (route.kind === 'booth') {
        if (store.overlay === 'text') store.setOverlay('none');
        if (store.selectedBoothId !== route.id && !goToBooth(layout, route.id, { instant: first })) {
          store.selectBooth(null);
          store.setNotice('unknownBooth');
        }
      } else if (route.kind === 'text') {
        store.setOverlay('text');
      } else {
        if (store.selectedBoothId) store.selectBooth(null);
        if (store.overlay === 'text') store.setOverlay('none');
      }
      first = false;
    };
    apply();
    window.addEventListener('hashchange', apply);
    const unsubscribe = useHallStore.subscribe((state, prev) => {
      if (state.selectedBoothId === prev.selectedBoothId && state.overlay === prev.overlay) return;
      const route = routeOf(state);
      const wanted = hashFor(route);
      // The operator page owns its own hash; only a booth selection leaves it.
      if (route.kind !== 'booth' && window.location.hash.startsWith('#/operator')) return;
      if (wanted !== (window.location.hash || '#/')) window.location.hash = wanted;
    });
    return () => {
      window.removeEventListener('hashchange', apply);
      unsubscribe();
    };
  }, [layout]);
}
