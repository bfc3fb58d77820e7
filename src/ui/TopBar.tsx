import type { ReactNode } from 'react';
import type { Exhibition } from '../content/schema.ts';
import { useHallStore } from '../state/hallStore.ts';
import { useT } from './useT.ts';

/** Title, directory, text view and language switch: big targets, reachable by keyboard. */
export function TopBar({
  exhibition,
  onMouseLook,
  onTour,
  vrSlot,
  show = { directory: true, textView: true, language: true },
}: {
  exhibition: Exhibition;
  onMouseLook?: () => void;
  onTour?: () => void;
  vrSlot?: ReactNode;
  show?: { directory: boolean; textView: boolean; language: boolean };
}) {
  const { lang, t, L } = useT();
  const setLang = useHallStore((s) => s.setLang);
  const overlay = useHallStore((s) => s.overlay);
  const setOverlay = useHallStore((s) => s.setOverlay);
  return (
    <header className="top-bar">
      <h1 className="top-bar__title">{L(exhibition.title)}</h1>
      <nav className="top-bar__actions">
        {vrSlot}
        {onTour && (
          <button type="button" onClick={onTour} data-testid="tour-button">
            {t('tour')}
          </button>
        )}
        {show.directory && (
          <button
            type="button"
            aria-expanded={overlay === 'directory'}
            onClick={() => setOverlay(overlay === 'directory' ? 'none' : 'directory')}
          >
            {t('directory')}
          </button>
        )}
        {show.textView && (
          <button type="button" onClick={() => setOverlay('text')}>
            {t('textView')}
          </button>
        )}
        {onMouseLook && (
          <button type="button" className="desktop-only" onClick={onMouseLook}>
            {t('lockPointer')}
          </button>
        )}
        {show.language && (
          <button
            type="button"
            lang={lang === 'zh' ? 'en' : 'zh'}
            aria-label={t('languageLabel')}
            data-testid="lang-switch"
            onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
          >
            {t('language')}
          </button>
        )}
      </nav>
    </header>
  );
}
