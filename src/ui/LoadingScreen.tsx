import { overallProgress, useLoadStore } from '../state/loadStore.ts';
import { useT } from './useT.ts';
import { useHallStore } from '../state/hallStore.ts';

/** The product's name: the card index.html shows before any script runs says the same (issue #11). */
const PRODUCT_NAME = '深圳元宇宙产业博览馆 · Shenzhen Metaverse Expo';

/**
 * Real progress through content, fonts and scene text; gone once the hall is ready. The first card
 * takes over from index.html's static one (same markup, same title). `underUi`: shown while the 3D hall
 * is built under a working overlay, so it lets every tap through and stays beneath the directory and
 * panels (the title bar, which names the exhibition, the directory, text view and language switch work
 * meanwhile); it has no title of its own.
 */
export function LoadingScreen({ underUi = false }: { underUi?: boolean }) {
  const state = useLoadStore();
  // The text view needs no 3D: never cover it with the hall's loading card.
  const textView = useHallStore((s) => s.overlay === 'text');
  const { t } = useT();
  if (textView) return null;
  if (state.firstFrame)
    return state.textReady ? null : (
      <p className="text-loading" role="status">
        {t('loadingScene')} · {Math.round(state.text * 100)}%
      </p>
    );
  const progress = overallProgress(state);
  const stage =
    state.content < 1 ? t('loadingContent') : state.fonts < 1 ? t('loadingFonts') : t('loadingScene');
  return (
    <div className={underUi ? 'loading loading--under-ui' : 'loading'} role="status" aria-live="polite">
      <div className="loading__card">
        {!underUi && <p className="loading__title">{PRODUCT_NAME}</p>}
        <div
          className="loading__bar"
          role="progressbar"
          aria-label={stage}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(progress * 100)}
        >
          <div style={{ width: `${Math.round(progress * 100)}%` }} />
        </div>
        <p className="loading__stage">
          {stage} · {Math.round(progress * 100)}%
        </p>
      </div>
    </div>
  );
}
