import { useHallStore } from '../state/hallStore.ts';
import { t, type StringKey } from '../i18n/strings.ts';
import type { LocalizedText } from '../content/schema.ts';

/** UI strings and content text in the visitor's current language. */
export function useT() {
  const lang = useHallStore((s) => s.lang);
  return {
    lang,
    t: (key: StringKey) => t(key, lang),
    L: (text: LocalizedText) => text[lang],
  };
}
