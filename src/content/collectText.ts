import type { Exhibition } from './schema.ts';

/** Every string in the exhibition (used to decide whether the fallback font is needed). */
export function collectText(value: Exhibition | unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) collectText(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) collectText(v, out);
  return out;
}
