import type { Exhibition } from '../content/schema.ts';
import { loadExhibition } from '../content/load.ts';
import { contentUrlFrom } from '../content/contentUrl.ts';
import { createContentValidator } from '../content/contentValidator.ts';
import type { ContentError } from '../content/issues.ts';
import { asContentError, useCancellableLoad } from '../lib/useCancellableLoad.ts';
import { loadKeepingLastGood } from '../kiosk/lastGoodExhibition.ts';
import { useContentStatusStore } from '../state/contentStatusStore.ts';
import { readFlags } from './flags.ts';
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

interface HallReady {
  exhibition: Exhibition;
  layout: HallLayout;
  nav: NavField;
  router: FontRouter;
}

export type HallAssets =
  { status: 'loading' } | { status: 'error'; error: ContentError } | ({ status: 'ready' } & HallReady);

/** Loads and validates the exhibition, lays the hall out and prepares the served fonts. */
async function loadHallAssets(kiosk: boolean): Promise<HallReady> {
  const { setContent, setFonts } = useLoadStore.getState();
  const fontBase = new URL('fonts/', document.baseURI).href;
  const url = contentUrlFrom(window.location.search, window.location.href);
  // Parsed and validated in a worker, started now so that its script loads beside the content file.
  const validator = createContentValidator();
  const [kept, manifest] = await Promise.all([
    // A kiosk keeps its last good exhibition when an update is broken; a browser shows the error.
    kiosk
      ? loadKeepingLastGood(url, validator, setContent)
      : loadExhibition(url, validator, setContent).then((exhibition) => ({ exhibition, refused: null })),
    loadFontManifest(fontBase).catch((error: unknown) => {
      throw asContentError(error, 'fonts/manifest.json');
    }),
  ]).finally(() => validator.dispose());
  const { exhibition } = kept;
  useContentStatusStore.getState().setRefusedUpdate(kept.refused);
  setFonts(0.5);
  let router = createFontRouter(fontBase, manifest, null);
  if (collectText(exhibition).some((t) => router.needsFallback(t)))
    router = createFontRouter(fontBase, manifest, await loadFallbackChars(fontBase));
  setFonts(1);
  performance.mark('hall:content-ready');
  const layout = computeHallLayout(exhibition.booths);
  return { exhibition, layout, nav: createNavField(layout), router };
}

export function useHallAssets(reloadKey: number): HallAssets {
  const state = useCancellableLoad(
    reloadKey,
    () => loadHallAssets(readFlags(window.location.search).kiosk),
    'app',
  );
  if (state.status === 'ready') return { status: 'ready', ...state.value };
  return state.status === 'error' ? state : { status: 'loading' };
}
