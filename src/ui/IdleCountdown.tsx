import { useKioskStore } from '../state/kioskStore.ts';
import { useT } from './useT.ts';

/** "Returning to the tour in 10 s" — any touch cancels it. */
export function IdleCountdown() {
  const countdown = useKioskStore((s) => s.countdown);
  const { t } = useT();
  if (countdown === null) return null;
  return (
    <div className="idle-countdown" role="alert" data-testid="idle-countdown">
      <p>{t('returningToTour').replace('{s}', String(countdown))}</p>
      <p className="idle-countdown__hint">{t('touchToStay')}</p>
    </div>
  );
}
