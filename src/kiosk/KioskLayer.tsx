import type { Exhibition } from '../content/schema.ts';
import type { KioskSettingsState } from './useKioskSettings.ts';
import { KioskMode } from './KioskMode.tsx';
import { reportIdleReset, reportTourInterruption } from './stats/useVisitStatistics.ts';

/** Kiosk mode on top of the hall, once its settings are loaded (the app shows their errors). */
export function KioskLayer({ exhibition, state }: { exhibition: Exhibition; state: KioskSettingsState }) {
  if (state.status !== 'ready') return null;
  const idleMs = state.value.idleTimeoutSeconds * 1000;
  return (
    <KioskMode
      exhibition={exhibition}
      settings={state.value}
      onTourInterrupted={reportTourInterruption}
      onIdleReset={() => reportIdleReset(idleMs)}
    />
  );
}
