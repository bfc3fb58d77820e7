import { useContentStatusStore } from '../state/contentStatusStore.ts';
import { useT } from '../ui/useT.ts';

/**
 * A small corner note for the operator while a broken content update is refused (the visitor sees the
 * hall as before; the details are on the operator page and in the console).
 */
export function RefusedUpdateNotice() {
  const refused = useContentStatusStore((s) => s.refusedUpdate);
  const { t } = useT();
  if (!refused) return null;
  return (
    <p className="refused-update-notice" role="status" data-testid="refused-update-notice">
      ⚠ {t('refusedUpdateNotice')}
    </p>
  );
}
