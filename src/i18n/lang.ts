import type { LocalizedText } from '../content/schema.ts';

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}

/** `?lang=` wins; otherwise the browser's preferred languages; Chinese when nothing matches. */
export function pickInitialLang(search: string, navigatorLanguages: readonly string[]): Lang {
  const forced = new URLSearchParams(search).get('lang');
  if (isLang(forced)) return forced;
  for (const tag of navigatorLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'zh') return 'zh';
    if (base === 'en') return 'en';
  }
  return 'zh';
}

export function pick(text: LocalizedText, lang: Lang): string {
  return text[lang];
}
