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
import {
  boothRows,
  dayRows,
  fill,
  formatDuration,
  statDates,
  type BoothRow,
  type DayRow,
} from './operatorData.ts';
import { StatsTable, type StatsColumn } from './StatsTable.tsx';

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

  const dwell = (row: { visits: number }, ms: number) => (row.visits ? formatDuration(ms, lang) : '–');
  const boothColumns: StatsColumn<BoothRow>[] = [
    {
      header: t('operatorBoothNumber'),
      cell: (b) => (b.number === null ? '–' : String(b.number).padStart(2, '0')),
    },
    {
      header: t('operatorBooth'),
      rowHeader: true,
      cell: (b) => (b.title ? L(b.title) : `${b.boothId} ${t('operatorRemovedBooth')}`),
    },
    { header: t('operatorVisits'), numeric: true, testId: 'visits', cell: (b) => b.visits },
    { header: t('operatorTotalDwell'), numeric: true, cell: (b) => dwell(b, b.dwellMs) },
    { header: t('operatorAverageDwell'), numeric: true, cell: (b) => dwell(b, b.averageMs) },
  ];
  const dayColumns: StatsColumn<DayRow>[] = [
    { header: t('operatorDate'), rowHeader: true, cell: (d) => d.date },
    { header: t('operatorVisits'), numeric: true, testId: 'day-visits', cell: (d) => d.visits },
    { header: t('operatorTotalDwell'), numeric: true, cell: (d) => dwell(d, d.dwellMs) },
    {
      header: t('operatorTourInterruptions'),
      numeric: true,
      testId: 'day-tour-interruptions',
      cell: (d) => d.tourInterruptions,
    },
    { header: t('operatorIdleResets'), numeric: true, testId: 'day-idle-resets', cell: (d) => d.idleResets },
    { header: t('operatorSessions'), numeric: true, testId: 'day-sessions', cell: (d) => d.sessions },
  ];

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

      <StatsTable
        testId="operator-booths"
        caption={t('operatorTitle')}
        columns={boothColumns}
        rows={booths}
        rowKey={(b) => b.boothId}
        rowAttributes={(b) => ({
          'data-booth-id': b.boothId,
          className: b.visits ? undefined : 'operator__idle',
        })}
      />

      <h2 className="operator__heading">{t('operatorDaily')}</h2>
      <StatsTable
        testId="operator-days"
        columns={dayColumns}
        rows={days}
        rowKey={(d) => d.date}
        rowAttributes={(d) => ({ 'data-date': d.date })}
      />

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
