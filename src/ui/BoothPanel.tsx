import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Exhibition } from '../content/schema.ts';
import { useHallStore } from '../state/hallStore.ts';
import { useT } from './useT.ts';
import { figureText } from '../text/boothLabels.ts';
import { sitePathProblem } from '../content/safeUrl.ts';
import { BoothLinks } from './BoothLinks.tsx';

interface Props {
  exhibition: Exhibition;
  onGoTo: (boothId: string) => void;
  /** Kiosks show no link that would leave the hall. */
  allowLinks?: boolean;
}

/** The selected booth's full text as a DOM panel: readable, selectable, scrollable; Esc or × closes it. */
export function BoothPanel({ exhibition, onGoTo, allowLinks = true }: Props) {
  const selected = useHallStore((s) => s.selectedBoothId);
  const selectBooth = useHallStore((s) => s.selectBooth);
  const { t, L } = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const index = exhibition.booths.findIndex((b) => b.id === selected);
  const booth = exhibition.booths[index];

  // Each booth opens at its title, not at the previous booth's scroll position.
  useLayoutEffect(() => {
    if (bodyRef.current) bodyRef.current.scrollTop = 0;
  }, [booth?.id]);

  useEffect(() => {
    if (!booth) return;
    headingRef.current?.focus({ preventScroll: true });
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') selectBooth(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [booth, selectBooth]);

  if (!booth) return null;
  const sector = exhibition.sectors.find((s) => s.id === booth.sector);
  const prev = exhibition.booths[(index - 1 + exhibition.booths.length) % exhibition.booths.length];
  const next = exhibition.booths[(index + 1) % exhibition.booths.length];
  return (
    <aside
      className="booth-panel"
      aria-labelledby="booth-panel-title"
      data-booth-id={booth.id}
      style={{ ['--accent' as string]: sector?.color }}
    >
      <header className="booth-panel__header">
        <p className="booth-panel__sector">
          <span className="booth-panel__number">{String(index + 1).padStart(2, '0')}</span>{' '}
          {sector ? L(sector.name) : booth.sector}
        </p>
        <button
          type="button"
          className="icon-button"
          onClick={() => selectBooth(null)}
          aria-label={t('close')}
        >
          ×
        </button>
      </header>
      <div className="booth-panel__body" ref={bodyRef}>
        <h2 id="booth-panel-title" tabIndex={-1} ref={headingRef}>
          {L(booth.title)}
        </h2>
        <p className="booth-panel__orgs">{booth.organizations.map(L).join(' · ')}</p>
        <p className="booth-panel__summary">{L(booth.summary)}</p>
        <h3>{t('keyFigures')}</h3>
        <ul className="figures">
          {booth.figures.map((f, i) => (
            <li key={i}>
              <strong>{figureText(f.value, f.unit ? L(f.unit) : undefined)}</strong>
              <span>{L(f.label)}</span>
            </li>
          ))}
        </ul>
        {booth.paragraphs.map((p, i) => (
          <p key={i}>{L(p)}</p>
        ))}
        <h3>{t('technologies')}</h3>
        <ul className="tags">
          {booth.technologies.map((tech, i) => (
            <li key={i}>{L(tech)}</li>
          ))}
        </ul>
        {booth.media
          ?.filter((m) => sitePathProblem(m.src, document.baseURI) === null)
          .map((m, i) => (
            <img key={i} src={m.src} alt={L(m.alt)} loading="lazy" className="booth-panel__media" />
          ))}
        {allowLinks && <BoothLinks links={booth.links} />}
        <p className="booth-panel__source">
          {t('sourceRef')}: {L(exhibition.source.title)} {booth.source.section} · {t('page')}{' '}
          {booth.source.page}
        </p>
      </div>
      <nav className="booth-panel__nav" aria-label={t('directory')}>
        {prev && (
          <button type="button" onClick={() => onGoTo(prev.id)}>
            <span aria-hidden="true">‹</span> {t('previous')}
          </button>
        )}
        {next && (
          <button type="button" onClick={() => onGoTo(next.id)}>
            {t('next')} <span aria-hidden="true">›</span>
          </button>
        )}
      </nav>
    </aside>
  );
}
