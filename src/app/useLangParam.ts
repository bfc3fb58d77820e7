import { useEffect } from 'react';
import { useHallStore } from '../state/hallStore.ts';

/** Reflect the language in the document and, when already there, in `?lang=` (so a reload keeps it). */
export function useLangParam() {
  const lang = useHallStore((s) => s.lang);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    const url = new URL(window.location.href);
    if (url.searchParams.get('lang') && url.searchParams.get('lang') !== lang) {
      url.searchParams.set('lang', lang);
      window.history.replaceState(window.history.state, '', url);
    }
  }, [lang]);
}
