import type { ARView } from '../state/arStore.ts';

/** A button of the phone's AR bar, by what it does. */
export type ARBarButton = 'exit' | 'place-again' | 'step-inside' | 'back-to-table';

export interface ARBarContent {
  /** A short line saying what to do next (a string key), or null. */
  hint: 'arFindTable' | 'arTapBooth' | null;
  buttons: ARBarButton[];
}

/**
 * What a phone visitor needs over the AR view, and nothing more (the 3D panel over the model stays the
 * booth's panel; a tap on it works too): how to place the model while looking for a table, then Place
 * again and — once a booth is open — Step inside; inside the hall, Back to the table. Exit AR always.
 * Pure, so it is tested without a phone.
 */
export function arBarContent(view: ARView, placed: boolean, openBooth: string | null): ARBarContent {
  if (view === 'inside') return { hint: null, buttons: ['back-to-table', 'exit'] };
  if (view === 'table' && placed)
    return openBooth
      ? { hint: null, buttons: ['step-inside', 'place-again', 'exit'] }
      : { hint: 'arTapBooth', buttons: ['place-again', 'exit'] };
  return { hint: view === 'table' ? 'arFindTable' : null, buttons: ['exit'] };
}
