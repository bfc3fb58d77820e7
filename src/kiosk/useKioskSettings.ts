import { useEffect, useState } from 'react';
import type { Exhibition } from '../content/schema.ts';
import { ContentError } from '../content/issues.ts';
import { loadKioskSettings } from './loadKioskSettings.ts';
import type { KioskSettings } from './settingsSchema.ts';

export type KioskSettingsState =
  | { status: 'off' }
  | { status: 'loading' }
  | { status: 'error'; error: ContentError }
  | { status: 'ready'; settings: KioskSettings };

export function useKioskSettings(enabled: boolean, exhibition: Exhibition): KioskSettingsState {
  const [state, setState] = useState<KioskSettingsState>(enabled ? { status: 'loading' } : { status: 'off' });
  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    loadKioskSettings(exhibition)
      .then((settings) => !cancelled && setState({ status: 'ready', settings }))
      .catch((error: unknown) => {
        if (cancelled) return;
        const e =
          error instanceof ContentError
            ? error
            : new ContentError([{ file: 'content/kiosk.json', path: '', message: String(error) }]);
        setState({ status: 'error', error: e });
      });
    return () => {
      cancelled = true;
    };
  }, [enabled, exhibition]);
  return state;
}
