import { readFileSync } from 'node:fs';
import { zodIssues } from '../src/content/validate.ts';
import { TourSettings } from '../src/tour/tourSettingsSchema.ts';

/** Read and validate the tour settings; throws one line per problem (file → JSON path: reason). */
export function loadTourSettings(file: string): TourSettings {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = TourSettings.safeParse(data);
  if (!parsed.success) {
    const lines = zodIssues(file, parsed.error).map((i) => `${i.file} → ${i.path || '(root)'}: ${i.message}`);
    throw new Error(lines.join('\n'));
  }
  return parsed.data;
}
