import type { Exhibition } from '../content/schema.ts';
import { useT } from './useT.ts';
import { useHallStore } from '../state/hallStore.ts';
import { figureText } from '../text/boothLabels.ts';

/**
 * The whole exhibition as plain, accessible HTML generated from the same JSON: headings, lists, landmarks.
 * Shown on request (Text view, `#/text`) and automatically when the device has no WebGL.
 */
export function TextView({ exhibition, onClose }: { exhibition: Exhibition; onClose?: () => void }) {
  const { lang, t, L } = useT();
  const setLang = useHallStore((s) => s.setLang);
  const e = exhibition.entrance;
  return (
    <main className="text-view" id="text-view" aria-labelledby="text-view-title" data-testid="text-view">
      <nav className="text-view__actions">
        <button
          type="button"
          lang={lang === 'zh' ? 'en' : 'zh'}
          aria-label={t('languageLabel')}
          onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
        >
          {t('language')}
        </button>
        {onClose && (
          <button type="button" onClick={onClose}>
            {t('backToHall')}
          </button>
        )}
      </nav>
      <h1 id="text-view-title">{L(exhibition.title)}</h1>
      <p>{L(exhibition.subtitle)}</p>
      <p>
        {L(exhibition.source.title)} · {L(exhibition.source.edition)} · {L(exhibition.source.publisher)}
      </p>
      <section aria-labelledby="tv-overview">
        <h2 id="tv-overview">{t('entrance')}</h2>
        <p>{L(e.overview)}</p>
        <h3>{t('sixTechnologies')}</h3>
        <dl>
          {e.technologies.map((item, i) => (
            <div key={i}>
              <dt>{L(item.name)}</dt>
              <dd>{L(item.description)}</dd>
            </div>
          ))}
        </dl>
        <h3>{t('comverse')}</h3>
        <p>{L(e.comverse.intro)}</p>
        <dl>
          {e.comverse.elements.map((item, i) => (
            <div key={i}>
              <dt>{L(item.name)}</dt>
              <dd>{L(item.description)}</dd>
            </div>
          ))}
        </dl>
        <h3>{t('industryChain')}</h3>
        <ol>
          {e.industryChain.map((item, i) => (
            <li key={i}>
              <strong>{L(item.name)}</strong> — {L(item.description)}
            </li>
          ))}
        </ol>
        <h3>{t('timeline')}</h3>
        <ol>
          {e.timeline.map((entry, i) => (
            <li key={i}>
              <time dateTime={entry.date}>{entry.date}</time> {L(entry.title)}
              {entry.detail ? ` — ${L(entry.detail)}` : ''}
            </li>
          ))}
        </ol>
        <h3>{t('measures')}</h3>
        <ol>
          {e.measures.map((item, i) => (
            <li key={i}>
              <strong>{L(item.name)}</strong> — {L(item.description)}
            </li>
          ))}
        </ol>
      </section>
      {exhibition.sectors.map((sector) => (
        <section key={sector.id} aria-labelledby={`tv-sector-${sector.id}`}>
          <h2 id={`tv-sector-${sector.id}`}>{L(sector.name)}</h2>
          {exhibition.booths
            .filter((b) => b.sector === sector.id)
            .map((booth) => (
              <article key={booth.id} aria-labelledby={`tv-booth-${booth.id}`}>
                <h3 id={`tv-booth-${booth.id}`}>{L(booth.title)}</h3>
                <p>{booth.organizations.map(L).join(' · ')}</p>
                <p>{L(booth.summary)}</p>
                <h4>{t('keyFigures')}</h4>
                <ul>
                  {booth.figures.map((f, i) => (
                    <li key={i}>
                      <strong>{figureText(f.value, f.unit ? L(f.unit) : undefined)}</strong> {L(f.label)}
                    </li>
                  ))}
                </ul>
                {booth.paragraphs.map((p, i) => (
                  <p key={i}>{L(p)}</p>
                ))}
                <p>
                  {t('technologies')}: {booth.technologies.map(L).join(', ')}
                </p>
              </article>
            ))}
        </section>
      ))}
    </main>
  );
}
