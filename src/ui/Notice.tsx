import { useHallStore } from '../state/hallStore.ts';
import { useT } from './useT.ts';

export function Notice() {
  const notice = useHallStore((s) => s.notice);
  const setNotice = useHallStore((s) => s.setNotice);
  const { t } = useT();
  if (!notice) return null;
  return (
    <div className="notice" role="status">
      <span>{t(notice)}</span>
      <button type="button" className="icon-button" onClick={() => setNotice(null)} aria-label={t('close')}>
        ×
      </button>
    </div>
  );
}
