import type { Exhibition } from '../content/schema.ts';
import { ErrorScreen } from '../ui/ErrorScreen.tsx';
import type { KioskSettingsState } from './useKioskSettings.ts';
import { KioskMode } from './KioskMode.tsx';
import { reportIdleReset, reportTourInterruption } from './stats/useVisitStatistics.ts';

/** Kiosk mode on top of the hall: its settings' error screen, or the unattended behaviour. */
export function KioskLayer({ exhibition, state }: { exhibition: Exhibition; state: KioskSettingsState }) {
  if (state.status === 'error')
    return (
      <div className="kiosk-error">
        <ErrorScreen issues={state.error.issues} onRetry={() => window.location.reload()} />
      </div>
    );
  if (state.status !== 'ready') return null;
  const idleMs = state.settings.idleTimeoutSeconds * 1000;
  return (
    <KioskMode
      exhibition={exhibition}
      settings={state.settings}
      onTourInterrupted={reportTourInterruption}
      onIdleReset={() => reportIdleReset(idleMs)}
    />
  );
}
