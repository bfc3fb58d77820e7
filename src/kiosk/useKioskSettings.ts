import type { Exhibition } from '../content/schema.ts';
import { useCancellableLoad, type LoadResult } from '../lib/useCancellableLoad.ts';
import { KIOSK_SETTINGS_URL, loadKioskSettings } from './loadKioskSettings.ts';
import type { KioskSettings } from '../content/kioskSettingsSchema.ts';

export type KioskSettingsState = LoadResult<KioskSettings>;

export function useKioskSettings(enabled: boolean, exhibition: Exhibition): KioskSettingsState {
  return useCancellableLoad(
    enabled ? exhibition : null,
    () => loadKioskSettings(exhibition),
    KIOSK_SETTINGS_URL,
  );
}
