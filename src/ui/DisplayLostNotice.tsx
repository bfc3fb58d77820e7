import { useDisplayStore } from '../state/displayStore.ts';
import { useT } from './useT.ts';

export function DisplayLostNotice() {
  const lost = useDisplayStore((s) => s.lost);
  const { t } = useT();
  if (!lost) return null;
  return (
    <p className="display-lost" role="status" data-testid="display-lost">
      {t('restoringDisplay')}
    </p>
  );
}
