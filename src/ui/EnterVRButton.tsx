import { useState } from 'react';
import { useVRStore } from '../state/vrStore.ts';
import { useT } from './useT.ts';

/** Plain DOM, outside the canvas: a real button where immersive VR works, a short reason where not. */
export function EnterVRButton({ onEnter }: { onEnter: () => Promise<boolean> }) {
  const status = useVRStore((s) => s.status);
  const reason = useVRStore((s) => s.reason);
  const { t } = useT();
  const [failed, setFailed] = useState(false);
  if (status === 'checking' || status === 'in-session') return null;
  if (status === 'unsupported')
    return (
      <span className="vr-reason" data-testid="vr-unavailable">
        {t(`vr_${reason ?? 'error'}`)}
      </span>
    );
  return (
    <>
      <button
        type="button"
        className="enter-vr"
        data-testid="enter-vr"
        disabled={status === 'entering'}
        onClick={async () => setFailed(!(await onEnter()))}
      >
        {status === 'entering' ? t('enteringVR') : t('enterVR')}
      </button>
      {failed && <span className="vr-reason">{t('vrFailed')}</span>}
    </>
  );
}
