/**
 * Code evaluated in the kiosk page, as plain JavaScript strings (see scripts/bench/pageScripts.ts for why).
 * Everything about the tour is read from the DOM, as a visitor would see it: the caption
 * (`[data-testid="tour-bar"]`), `<html lang>` and `<html data-text-ready>`.
 */

export interface PageSample {
  /** `performance.memory.usedJSHeapSize` after two forced collections (main thread only, not workers). */
  heap: number | null;
  info: { calls: number; triangles: number; programs: number; geometries: number; textures: number } | null;
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

/**
 * Installs `window.__soakWatch` (idempotent): counts every change of the caption's stop, of `<html lang>`,
 * and each time the 3D text finishes typesetting, so that no change between two samples is missed.
 */
export const INSTALL_WATCH = `(() => {
  if (window.__soakWatch) return;
  const root = document.documentElement;
  const stopOf = () => {
    const bar = document.querySelector('[data-testid="tour-bar"]');
    if (!bar) return null;
    const number = bar.querySelector('.tour-bar__number');
    const title = bar.querySelector('h2');
    return (number ? number.textContent : 'entrance') + '|' + (title ? title.textContent : '');
  };
  const watch = {
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
})()`;

export const SAMPLE = `(() => {
  if (typeof window.gc === 'function') { window.gc(); window.gc(); }
  const heap = performance.memory ? performance.memory.usedJSHeapSize : null;
  const info = window.__hall ? window.__hall.renderInfo() : null;
  const bar = document.querySelector('[data-testid="tour-bar"]');
  const number = bar ? bar.querySelector('.tour-bar__number') : null;
  const title = bar ? bar.querySelector('h2') : null;
  const watch = window.__soakWatch;
  const captionNodes = bar ? bar.getElementsByTagName('*').length + 1 : 0;
  return {
    heap,
    info,
    domNodes: document.getElementsByTagName('*').length - captionNodes,
    captionNodes,
    lang: document.documentElement.lang,
    stop: bar ? (number ? number.textContent : 'entrance') : null,
    title: title ? title.textContent : null,
    stopsAdvanced: watch.stopsAdvanced,
    langSwitches: watch.langSwitches,
    typesets: watch.typesets,
    textReady: document.documentElement.dataset.textReady === 'true',
  };
})()`;
