import { useEffect, useState } from 'react';
import type { Exhibition } from '../content/schema.ts';
import { DEFAULT_CONTENT_URL, loadExhibition } from '../content/load.ts';
import { ContentError } from '../content/issues.ts';
import { collectText } from '../content/collectText.ts';
import { computeHallLayout, type HallLayout } from '../layout/computeHallLayout.ts';
import { createNavField, type NavField } from '../layout/navigation.ts';
import {
  createFontRouter,
  loadFallbackChars,
  loadFontManifest,
  type FontRouter,
} from '../text/fontManifest.ts';
import { useLoadStore } from '../state/loadStore.ts';

export type HallAssets =
  | { status: 'loading' }
  | { status: 'error'; error: ContentError }
  | { status: 'ready'; exhibition: Exhibition; layout: HallLayout; nav: NavField; router: FontRouter };

/** `?content=` may point at another same-origin JSON file (for curators previewing a draft). */
export function contentUrlFrom(search: string): string {
  const param = new URLSearchParams(search).get('content');
  if (param && !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(param) && /\.json$/i.test(param)) return param;
  return DEFAULT_CONTENT_URL;
}

/** Loads and validates the exhibition, lays the hall out and prepares the served fonts. */
export function useHallAssets(reloadKey: number): HallAssets {
  const [state, setState] = useState<HallAssets>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    const { setContent, setFonts } = useLoadStore.getState();
    const fontBase = new URL('fonts/', document.baseURI).href;
    (async () => {
      setState({ status: 'loading' });
      const [exhibition, manifest] = await Promise.all([
        loadExhibition(contentUrlFrom(window.location.search), setContent),
        loadFontManifest(fontBase).catch((error: unknown) => {
          throw new ContentError([{ file: 'fonts/manifest.json', path: '', message: String(error) }]);
        }),
      ]);
      setFonts(0.5);
      let router = createFontRouter(fontBase, manifest, null);
      if (collectText(exhibition).some((t) => router.needsFallback(t)))
        router = createFontRouter(fontBase, manifest, await loadFallbackChars(fontBase));
      setFonts(1);
      performance.mark('hall:content-ready');
      const layout = computeHallLayout(exhibition.booths);
      if (!cancelled) setState({ status: 'ready', exhibition, layout, nav: createNavField(layout), router });
    })().catch((error: unknown) => {
      if (cancelled) return;
      const contentError =
        error instanceof ContentError
          ? error
          : new ContentError([{ file: 'app', path: '', message: String(error) }]);
      setState({ status: 'error', error: contentError });
    });
    return () => {
      cancelled = true;
    };
  }, [reloadKey]);
  return state;
}
