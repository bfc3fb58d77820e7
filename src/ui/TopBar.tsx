import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Exhibition } from '../content/schema.ts';
import { useHallStore } from '../state/hallStore.ts';
import { useT } from './useT.ts';

/**
 * Title, directory, text view and language switch: big targets, reachable by keyboard. On a wide screen
 * every button sits in the bar; on a narrow one (phone) the bar keeps the title and the directory, and the
 * less used buttons open from a "More" menu (the same elements, laid out by CSS), so the bar is one row.
 */
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
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setMenuOpen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [menuOpen]);
  /** A menu item: does its job and closes the menu. */
  const item = (run: () => void) => () => {
    setMenuOpen(false);
    run();
  };
  const bar = useRef<HTMLElement | null>(null);
  // Panels start below the bar's real height (`--top-bar-h`): where its buttons wrap to a second row
  // (a narrow desktop window with Enter VR), no panel covers them.
  useEffect(() => {
    const el = bar.current;
    if (!el) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty('--top-bar-h', `${el.offsetHeight}px`));
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--top-bar-h');
    };
  }, []);
  return (
    <header className="top-bar" ref={bar}>
      <h1 className="top-bar__title">{L(exhibition.title)}</h1>
      <nav className="top-bar__actions">
        {show.directory && (
          <button
            type="button"
            aria-expanded={overlay === 'directory'}
            onClick={item(() => setOverlay(overlay === 'directory' ? 'none' : 'directory'))}
          >
            {t('directory')}
          </button>
        )}
        <button
          type="button"
          className="top-bar__menu-button"
          aria-expanded={menuOpen}
          aria-controls="top-bar-more"
          data-testid="top-bar-menu"
          onClick={() => setMenuOpen(!menuOpen)}
        >
          {t('menu')}
        </button>
        <div id="top-bar-more" className="top-bar__more" data-open={menuOpen}>
          {onTour && (
            <button type="button" onClick={item(onTour)} data-testid="tour-button">
              {t('tour')}
            </button>
          )}
          {show.textView && (
            <button type="button" onClick={item(() => setOverlay('text'))}>
              {t('textView')}
            </button>
          )}
          {onMouseLook && (
            <button type="button" className="desktop-only" onClick={item(onMouseLook)}>
              {t('lockPointer')}
            </button>
          )}
          {show.language && (
            <button
              type="button"
              lang={lang === 'zh' ? 'en' : 'zh'}
              aria-label={t('languageLabel')}
              data-testid="lang-switch"
              onClick={item(() => setLang(lang === 'zh' ? 'en' : 'zh'))}
            >
              {t('language')}
            </button>
          )}
          {vrSlot}
        </div>
      </nav>
    </header>
  );
}
