import { useState } from 'react';
import { useARStore } from '../state/arStore.ts';
import { useVRStore } from '../state/vrStore.ts';
import { useT } from './useT.ts';

/**
 * Beside Enter VR: the hall as a tabletop model in passthrough AR, where `immersive-ar` works (Quest 3,
 * Pico 4, Vision Pro, ARCore phones). Where it does not, a short reason only when Enter VR is offered
 * (a VR-only headset); elsewhere the VR line already says what is missing, once.
 */
export function EnterARButton({ onEnter }: { onEnter: () => Promise<boolean> }) {
  const status = useARStore((s) => s.status);
  const reason = useARStore((s) => s.reason);
  const vr = useVRStore((s) => s.status);
  const { t } = useT();
  const [failed, setFailed] = useState(false);
  if (status === 'checking' || vr === 'in-session') return null;
  if (status === 'unsupported')
    return vr === 'available' ? (
      <span className="vr-reason" data-testid="ar-unavailable">
        {t(`ar_${reason ?? 'error'}`)}
      </span>
    ) : null;
  return (
    <>
      <button
        type="button"
        className="enter-vr"
        data-testid="enter-ar"
        disabled={status === 'entering' || vr === 'entering'}
        onClick={async () => setFailed(!(await onEnter()))}
      >
        {status === 'entering' ? t('enteringAR') : t('enterAR')}
      </button>
      {failed && <span className="vr-reason">{t('arFailed')}</span>}
    </>
  );
}
