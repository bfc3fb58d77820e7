import type { Exhibition } from '../content/schema.ts';
import type { KioskSettings } from '../content/kioskSettingsSchema.ts';
import { createContentValidator } from '../content/contentValidator.ts';
import { fetchText } from '../content/load.ts';

export const KIOSK_SETTINGS_URL = 'content/kiosk.json';

/** The kiosk settings, validated (off the main thread) against their schema and the exhibition's booths. */
export async function loadKioskSettings(
  exhibition: Exhibition,
  url = KIOSK_SETTINGS_URL,
): Promise<KioskSettings> {
  const validator = createContentValidator();
  try {
    const text = await fetchText(url);
    return await validator.kioskSettings(
      url,
      text,
      exhibition.booths.map((b) => b.id),
    );
  } finally {
    validator.dispose();
  }
}

/** The booth ids the attract loop visits, in order. */
export function tourOrder(settings: KioskSettings, exhibition: Exhibition): string[] {
  return settings.tour.order === 'paper' ? exhibition.booths.map((b) => b.id) : settings.tour.order;
}
