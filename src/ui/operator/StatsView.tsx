import { useEffect, useMemo, useState } from 'react';
import type { Exhibition } from '../../content/schema.ts';
import {
  clearStats,
  dailyCountersToCsv,
  localDate,
  readStats,
  statsToCsv,
  type VisitStats,
} from '../../kiosk/stats/statsStore.ts';
import { useT } from '../useT.ts';
import { tPlural } from '../../i18n/strings.ts';
import { downloadText } from './download.ts';
import { boothRows, dayRows, fill, formatDuration, statDates } from './operatorData.ts';

type Load = { status: 'loading' } | { status: 'error' } | { status: 'ready'; stats: VisitStats };

/** The statistics behind the PIN: per booth, per day, export and clear. */
export function StatsView({ exhibition }: { exhibition: Exhibition }) {
  const { lang, t, L } = useT();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [reloadKey, setReloadKey] = useState(0);
  const [date, setDate] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [cleared, setCleared] = useState(false);

  useEffect(() => {
    let live = true;
    readStats().then(
      (stats) => live && setLoad({ status: 'ready', stats }),
      (error: unknown) => {
        console.warn('[stats] could not read visit statistics', error);
        if (live) setLoad({ status: 'error' });
      },
    );
    return () => {
      live = false;
    };
  }, [reloadKey]);

  const stats = load.status === 'ready' ? load.stats : null;
  const dates = useMemo(() => (stats ? statDates(stats) : []), [stats]);
  const booths = useMemo(() => (stats ? boothRows(stats, exhibition, date) : []), [stats, exhibition, date]);
  const days = useMemo(() => (stats ? dayRows(stats) : []), [stats]);

  if (load.status === 'loading') return <p className="operator__note">{t('operatorLoading')}</p>;
  if (!stats)
    return (
      <p className="operator__note" role="alert">
        {t('operatorLoadError')}
      </p>
    );

  const totalVisits = booths.reduce((sum, b) => sum + b.visits, 0);
  const totalDwell = booths.reduce((sum, b) => sum + b.dwellMs, 0);
  const today = localDate(new Date());
  const exportBooths = () => downloadText(statsToCsv(stats, exhibition), `expo-stats-${today}.csv`);
  const exportDays = () => downloadText(dailyCountersToCsv(stats), `expo-stats-daily-${today}.csv`);
  const clear = () => {
    setConfirming(false);
    clearStats().then(
      () => {
        setCleared(true);
        setDate(null);
        setReloadKey((k) => k + 1);
      },
      (error: unknown) => {
        console.warn('[stats] could not clear visit statistics', error);
        setLoad({ status: 'error' });
      },
    );
  };

  return (
    <div className="operator__stats" data-testid="operator-stats">
      <p className="operator__note">{t('operatorPrivacy')}</p>

      <div className="operator__toolbar">
        <label className="operator__period">
          <span>{t('operatorPeriod')}</span>
          <select
            value={date ?? ''}
            onChange={(e) => setDate(e.target.value || null)}
            data-testid="operator-period"
          >
            <option value="">{t('operatorAllDays')}</option>
            {dates.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
        <p className="operator__summary" data-testid="operator-summary">
          {fill(tPlural('operatorSummary', totalVisits, lang), {
            visits: totalVisits,
            dwell: formatDuration(totalDwell, lang),
          })}
        </p>
      </div>

      {cleared && (
        <p className="operator__note" role="status">
          {t('operatorCleared')}
        </p>
      )}
      {dates.length === 0 && !cleared && <p className="operator__note">{t('operatorEmpty')}</p>}

      <div className="operator__table-wrap">
        <table className="operator__table" data-testid="operator-booths">
          <caption className="operator__sr-only">{t('operatorTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('operatorBoothNumber')}</th>
              <th scope="col">{t('operatorBooth')}</th>
              <th scope="col" className="operator__num">
                {t('operatorVisits')}
              </th>
              <th scope="col" className="operator__num">
                {t('operatorTotalDwell')}
              </th>
              <th scope="col" className="operator__num">
                {t('operatorAverageDwell')}
              </th>
            </tr>
          </thead>
          <tbody>
            {booths.map((b) => (
              <tr
                key={b.boothId}
                data-booth-id={b.boothId}
                className={b.visits ? undefined : 'operator__idle'}
              >
                <td>{b.number === null ? '–' : String(b.number).padStart(2, '0')}</td>
                <th scope="row">{b.title ? L(b.title) : `${b.boothId} ${t('operatorRemovedBooth')}`}</th>
                <td className="operator__num" data-testid="visits">
                  {b.visits}
                </td>
                <td className="operator__num">{b.visits ? formatDuration(b.dwellMs, lang) : '–'}</td>
                <td className="operator__num">{b.visits ? formatDuration(b.averageMs, lang) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 className="operator__heading">{t('operatorDaily')}</h2>
      <div className="operator__table-wrap">
        <table className="operator__table" data-testid="operator-days">
          <thead>
            <tr>
              <th scope="col">{t('operatorDate')}</th>
              <th scope="col" className="operator__num">
                {t('operatorVisits')}
              </th>
              <th scope="col" className="operator__num">
                {t('operatorTotalDwell')}
              </th>
              <th scope="col" className="operator__num">
                {t('operatorTourInterruptions')}
              </th>
              <th scope="col" className="operator__num">
                {t('operatorIdleResets')}
              </th>
              <th scope="col" className="operator__num">
                {t('operatorSessions')}
              </th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.date} data-date={d.date}>
                <th scope="row">{d.date}</th>
                <td className="operator__num" data-testid="day-visits">
                  {d.visits}
                </td>
                <td className="operator__num">{d.visits ? formatDuration(d.dwellMs, lang) : '–'}</td>
                <td className="operator__num" data-testid="day-tour-interruptions">
                  {d.tourInterruptions}
                </td>
                <td className="operator__num" data-testid="day-idle-resets">
                  {d.idleResets}
                </td>
                <td className="operator__num" data-testid="day-sessions">
                  {d.sessions}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div className="operator__actions">
        <button type="button" onClick={exportBooths} data-testid="operator-export">
          {t('operatorExportCsv')}
        </button>
        <button type="button" onClick={exportDays} data-testid="operator-export-daily">
          {t('operatorExportDailyCsv')}
        </button>
        {!confirming && (
          <button
            type="button"
            className="operator__danger"
            onClick={() => {
              setCleared(false);
              setConfirming(true);
            }}
            data-testid="operator-clear"
          >
            {t('operatorClear')}
          </button>
        )}
      </div>
      {confirming && (
        <div className="operator__confirm" role="alertdialog" aria-labelledby="operator-confirm-text">
          <p id="operator-confirm-text">{t('operatorClearConfirm')}</p>
          <div className="operator__actions">
            <button
              type="button"
              className="operator__danger"
              onClick={clear}
              data-testid="operator-clear-yes"
            >
              {t('operatorClearYes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)} autoFocus>
              {t('operatorCancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
