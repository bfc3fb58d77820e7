/**
 * The soak's in-page code, as typed functions run with `inPage` (scripts/page/inPage.ts); the render
 * counters and the heap reading are shared with the bench (scripts/page/hallProbes.ts).
 * Everything about the tour is read from the DOM, as a visitor would see it: the caption
 * (`[data-testid="tour-bar"]`), `<html lang>` and `<html data-text-ready>`.
 */
import type { Page } from '@playwright/test';
import { inPage } from '../page/inPage.ts';
import { heapAfterGc, renderInfo, type RenderInfo } from '../page/hallProbes.ts';

export interface PageSample {
  /** `performance.memory.usedJSHeapSize` after two forced collections (main thread only, not workers). */
  heap: number | null;
  info: RenderInfo | null;
  /** Elements in the document outside the tour caption (whose size depends on the stop shown). */
  domNodes: number;
  /** Elements in the tour caption. */
  captionNodes: number;
  lang: string;
  /** The caption's booth number ("01".."19"), "entrance", or null when no tour caption shows. */
  stop: string | null;
  /** The caption's first title (Chinese in the attract loop). */
  title: string | null;
  /** Counted by a MutationObserver since the watch was installed. */
  stopsAdvanced: number;
  langSwitches: number;
  /** Times all 3D text finished typesetting (`data-text-ready` turning true) since the watch was installed. */
  typesets: number;
  textReady: boolean;
}

interface SoakWatch {
  stopsAdvanced: number;
  langSwitches: number;
  typesets: number;
  stop: string | null;
  lang: string;
  textReady: boolean;
}

declare global {
  interface Window {
    __soakWatch?: SoakWatch;
  }
}

/**
 * Installs `window.__soakWatch` (idempotent): counts every change of the caption's stop, of `<html lang>`,
 * and each time the 3D text finishes typesetting, so that no change between two samples is missed.
 */
export function installWatch(): void {
  if (window.__soakWatch) return;
  const root = document.documentElement;
  const stopOf = (): string | null => {
    const bar = document.querySelector('[data-testid="tour-bar"]');
    if (!bar) return null;
    const number = bar.querySelector('.tour-bar__number');
    const title = bar.querySelector('h2');
    return `${number ? number.textContent : 'entrance'}|${title ? title.textContent : ''}`;
  };
  const watch: SoakWatch = {
    stopsAdvanced: 0,
    langSwitches: 0,
    typesets: 0,
    stop: stopOf(),
    lang: root.lang,
    textReady: root.dataset.textReady === 'true',
  };
  const check = () => {
    const stop = stopOf();
    if (stop !== watch.stop) {
      if (stop !== null && watch.stop !== null) watch.stopsAdvanced += 1;
      watch.stop = stop;
    }
    if (root.lang !== watch.lang) {
      watch.langSwitches += 1;
      watch.lang = root.lang;
    }
    const ready = root.dataset.textReady === 'true';
    if (ready && !watch.textReady) watch.typesets += 1;
    watch.textReady = ready;
  };
  new MutationObserver(check).observe(root, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['lang', 'data-text-ready'],
  });
  window.__soakWatch = watch;
}

/** What the visitor sees of the tour, and the watch's counts; the soak adds the heap and render counters. */
export function tourState(): Omit<PageSample, 'heap' | 'info'> {
  const bar = document.querySelector('[data-testid="tour-bar"]');
  const number = bar ? bar.querySelector('.tour-bar__number') : null;
  const title = bar ? bar.querySelector('h2') : null;
  const watch = window.__soakWatch;
  const captionNodes = bar ? bar.getElementsByTagName('*').length + 1 : 0;
  return {
    domNodes: document.getElementsByTagName('*').length - captionNodes,
    captionNodes,
    lang: document.documentElement.lang,
    stop: bar ? (number ? number.textContent : 'entrance') : null,
    title: title ? title.textContent : null,
    stopsAdvanced: watch?.stopsAdvanced ?? 0,
    langSwitches: watch?.langSwitches ?? 0,
    typesets: watch?.typesets ?? 0,
    textReady: document.documentElement.dataset.textReady === 'true',
  };
}

/** One sample: heap after GC, render counters, then the tour as shown (three short page calls). */
export async function samplePage(page: Page): Promise<PageSample> {
  const heap = await inPage(page, heapAfterGc);
  const info = await inPage(page, renderInfo);
  return { heap, info, ...(await inPage(page, tourState)) };
}
