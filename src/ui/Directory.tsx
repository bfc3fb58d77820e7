import { useMemo, useState } from 'react';
import type { Exhibition } from '../content/schema.ts';
import { useHallStore } from '../state/hallStore.ts';
import { useT } from './useT.ts';
import { searchBooths } from './searchBooths.ts';

/** Sectors → booths, with search over titles and organizations in both languages. */
export function Directory({
  exhibition,
  onGoTo,
}: {
  exhibition: Exhibition;
  onGoTo: (boothId: string) => void;
}) {
  const open = useHallStore((s) => s.overlay === 'directory');
  const setOverlay = useHallStore((s) => s.setOverlay);
  const { t, L } = useT();
  const [query, setQuery] = useState('');
  const matches = useMemo(
    () => new Set(searchBooths(exhibition, query).map((b) => b.id)),
    [exhibition, query],
  );
  if (!open) return null;
  const numberOf = (id: string) =>
    String(exhibition.booths.findIndex((b) => b.id === id) + 1).padStart(2, '0');
  return (
    <div className="directory" role="dialog" aria-modal="false" aria-labelledby="directory-title">
      <header>
        <h2 id="directory-title">{t('directory')}</h2>
        <button
          type="button"
          className="icon-button"
          onClick={() => setOverlay('none')}
          aria-label={t('close')}
        >
          ×
        </button>
      </header>
      <input
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder={t('searchPlaceholder')}
        aria-label={t('searchPlaceholder')}
        autoFocus
      />
      <div className="directory__list">
        {exhibition.sectors.map((sector) => {
          const booths = exhibition.booths.filter((b) => b.sector === sector.id && matches.has(b.id));
          if (!booths.length) return null;
          return (
            <section key={sector.id} style={{ ['--accent' as string]: sector.color }}>
              <h3>{L(sector.name)}</h3>
              <ul>
                {booths.map((b) => (
                  <li key={b.id}>
                    <button
                      type="button"
                      data-booth-id={b.id}
                      onClick={() => {
                        setOverlay('none');
                        onGoTo(b.id);
                      }}
                    >
                      <span className="directory__number">{numberOf(b.id)}</span>
                      <span>
                        <span className="directory__title">{L(b.title)}</span>
                        <span className="directory__org">{b.organizations.map(L).join(' · ')}</span>
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
        {matches.size === 0 && <p className="directory__empty">{t('noMatches')}</p>}
      </div>
    </div>
  );
}
