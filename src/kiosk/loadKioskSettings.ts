import type { Exhibition } from '../content/schema.ts';
import { ContentError, type ContentIssue } from '../content/issues.ts';
import { fetchText } from '../content/load.ts';
import { parseJson } from '../content/parseJson.ts';
import { zodIssues } from '../content/validate.ts';
import { KioskSettings } from '../content/kioskSettingsSchema.ts';

export const KIOSK_SETTINGS_URL = 'content/kiosk.json';

/** Validate kiosk settings against the schema and the exhibition (tour ids must be booths). */
export function validateKioskSettings(file: string, data: unknown, exhibition: Exhibition | null) {
  const parsed = KioskSettings.safeParse(data);
  if (!parsed.success) return { ok: false as const, issues: zodIssues(file, parsed.error) };
  const issues: ContentIssue[] = [];
  const order = parsed.data.tour.order;
  if (exhibition && order !== 'paper') {
    const ids = new Set(exhibition.booths.map((b) => b.id));
    order.forEach((id, i) => {
      if (!ids.has(id)) issues.push({ file, path: `tour.order[${i}]`, message: `unknown booth id "${id}"` });
    });
  }
  return issues.length ? { ok: false as const, issues } : { ok: true as const, value: parsed.data };
}

export async function loadKioskSettings(
  exhibition: Exhibition,
  url = KIOSK_SETTINGS_URL,
): Promise<KioskSettings> {
  const result = validateKioskSettings(url, parseJson(url, await fetchText(url)), exhibition);
  if (!result.ok) throw new ContentError(result.issues);
  return result.value;
}

/** The booth ids the attract loop visits, in order. */
export function tourOrder(settings: KioskSettings, exhibition: Exhibition): string[] {
  return settings.tour.order === 'paper' ? exhibition.booths.map((b) => b.id) : settings.tour.order;
}
