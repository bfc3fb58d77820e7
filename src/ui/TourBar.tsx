import type { Exhibition } from '../content/schema.ts';
import { useTourStore } from '../state/tourStore.ts';
import { figureText } from '../text/boothLabels.ts';
import { ENTRANCE_STOP } from '../state/tourStops.ts';
import { useT } from './useT.ts';

/**
 * The tour's caption: in the attract loop, the booth's title and key figures in both languages and
 * the call to action; in a guided tour, the same in the visitor's language with pause, previous/next
 * and stop.
 */
export function TourBar({ exhibition }: { exhibition: Exhibition }) {
  const { mode, playing, stops, index } = useTourStore();
  const { lang, t, L } = useT();
  if (mode === 'off') return null;
  const stop = stops[index];
  const boothIndex = exhibition.booths.findIndex((b) => b.id === stop);
  const booth = exhibition.booths[boothIndex];
  const tour = useTourStore.getState();
  const both = mode === 'attract';
  const title = (zh: string, en: string) => (both ? [zh, en] : [lang === 'zh' ? zh : en]);
  const titles = booth
    ? title(booth.title.zh, booth.title.en)
    : stop === ENTRANCE_STOP
      ? title(exhibition.title.zh, exhibition.title.en)
      : [];
  return (
    <section className={`tour-bar tour-bar--${mode}`} aria-live="polite" data-testid="tour-bar">
      {booth && <p className="tour-bar__number">{String(boothIndex + 1).padStart(2, '0')}</p>}
      <div className="tour-bar__text">
        {titles.map((text, i) => (
          <h2 key={i} lang={both ? (i === 0 ? 'zh' : 'en') : lang}>
            {text}
          </h2>
        ))}
        {booth && (
          <ul className="tour-bar__figures">
            {booth.figures.slice(0, 3).map((f, i) => (
              <li key={i}>
                <strong>{figureText(f.value, f.unit ? (both ? f.unit.zh : L(f.unit)) : undefined)}</strong>{' '}
                {both ? `${f.label.zh} · ${f.label.en}` : L(f.label)}
              </li>
            ))}
          </ul>
        )}
      </div>
      {mode === 'attract' ? (
        <p className="tour-bar__cta" data-testid="attract-cta">
          触摸开始参观 · Touch to explore
        </p>
      ) : (
        <nav className="tour-bar__controls" aria-label={t('tour')}>
          <button type="button" onClick={() => tour.go(-1)}>
            {t('previous')}
          </button>
          <button type="button" onClick={() => tour.setPlaying(!playing)}>
            {playing ? t('pause') : t('play')}
          </button>
          <button type="button" onClick={() => tour.go(1)}>
            {t('next')}
          </button>
          <button type="button" onClick={() => tour.stop()}>
            {t('endTour')}
          </button>
        </nav>
      )}
    </section>
  );
}
