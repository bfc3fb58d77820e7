import type { Exhibition } from './schema.ts';
import type { KioskSettings as KioskSettingsData } from './kioskSettingsSchema.ts';
import { KioskSettings } from './kioskSettingsSchema.ts';
import { ContentError, type ContentIssue } from './issues.ts';
import { parseJson } from './parseJson.ts';
import { validateExhibition, zodIssues } from './validate.ts';

/** What a content file's text turned out to be: the validated data, or every problem found. */
export type TextValidation<T> = { ok: true; value: T } | { ok: false; issues: ContentIssue[] };

/** A content file's text to check, as the validation worker receives it (src/content/validation.worker.ts). */
export type ValidationRequest =
  | { kind: 'exhibition'; url: string; text: string }
  /** `boothIds`: the exhibition's booths, which a custom tour order must name (null: not checked). */
  | { kind: 'kiosk-settings'; url: string; text: string; boothIds: readonly string[] | null };

function parsed(
  url: string,
  text: string,
): { ok: true; data: unknown } | { ok: false; issues: ContentIssue[] } {
  try {
    return { ok: true, data: parseJson(url, text) };
  } catch (error) {
    if (error instanceof ContentError) return { ok: false, issues: error.issues };
    throw error;
  }
}

/** The exhibition file's text, parsed and validated against the schema and its semantic rules. */
export function validateExhibitionText(url: string, text: string): TextValidation<Exhibition> {
  const json = parsed(url, text);
  if (!json.ok) return json;
  const result = validateExhibition(url, json.data);
  return result.ok ? { ok: true, value: result.value } : { ok: false, issues: result.issues };
}

/** Kiosk settings against their schema and the exhibition (a tour's booth ids must be booths). */
export function validateKioskSettings(
  file: string,
  data: unknown,
  boothIds: readonly string[] | null,
): TextValidation<KioskSettingsData> {
  const result = KioskSettings.safeParse(data);
  if (!result.success) return { ok: false, issues: zodIssues(file, result.error) };
  const issues: ContentIssue[] = [];
  const order = result.data.tour.order;
  if (boothIds && order !== 'paper') {
    const ids = new Set(boothIds);
    order.forEach((id, i) => {
      if (!ids.has(id)) issues.push({ file, path: `tour.order[${i}]`, message: `unknown booth id "${id}"` });
    });
  }
  return issues.length ? { ok: false, issues } : { ok: true, value: result.data };
}

/** Answers one validation request (in the worker, or on the main thread where no worker runs). */
export function runValidation(request: ValidationRequest): TextValidation<Exhibition | KioskSettingsData> {
  if (request.kind === 'exhibition') return validateExhibitionText(request.url, request.text);
  const json = parsed(request.url, request.text);
  return json.ok ? validateKioskSettings(request.url, json.data, request.boothIds) : json;
}
