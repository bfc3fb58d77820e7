import { useCallback, useEffect, useRef, useState } from 'react';
import type { Exhibition } from '../../content/schema.ts';
import { useT } from '../useT.ts';
import { goBackToHall } from './operatorRoute.ts';
import { PinPad } from './PinPad.tsx';
import { StatsView } from './StatsView.tsx';
import { RefusedUpdateReport } from './RefusedUpdateReport.tsx';

interface Props {
  exhibition: Exhibition;
  /** From `content/kiosk.json`: the passcode's salted hash, never the passcode. */
  operatorPinHash: string;
  /** Back to the hall after this long without a touch or key (a forgotten open page locks itself). */
  idleTimeoutMs?: number;
  /** Leave the page; by default the hash goes back to `#/`. */
  onExit?: () => void;
}

/**
 * The operator page (`#/operator`): a PIN pad, then the visit statistics. A modal dialog, so the hall
 * behind it takes no input; Esc or "Back to the hall" leaves, and leaving forgets the PIN.
 */
export function OperatorPage({
  exhibition,
  operatorPinHash,
  idleTimeoutMs = 120_000,
  onExit = goBackToHall,
}: Props) {
  const { lang, t } = useT();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [unlocked, setUnlocked] = useState(false);
  const onUnlock = useCallback(() => setUnlocked(true), []);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    return () => dialog.close();
  }, []);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    let timer = setTimeout(onExit, idleTimeoutMs);
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(onExit, idleTimeoutMs);
    };
    const events = ['pointerdown', 'keydown', 'wheel', 'scroll'] as const;
    events.forEach((name) => dialog.addEventListener(name, restart, { passive: true, capture: true }));
    return () => {
      clearTimeout(timer);
      events.forEach((name) => dialog.removeEventListener(name, restart, { capture: true }));
    };
  }, [idleTimeoutMs, onExit]);

  return (
    <dialog
      ref={dialogRef}
      className="operator"
      aria-labelledby="operator-title"
      lang={lang}
      data-testid="operator-page"
      onCancel={(event) => {
        // Esc: leave through the route, so the hash and the page agree.
        event.preventDefault();
        onExit();
      }}
    >
      <div className="operator__inner">
        <header className="operator__header">
          <h1 id="operator-title" className="operator__title">
            {t('operatorTitle')}
          </h1>
          <button type="button" className="operator__back" onClick={onExit} data-testid="operator-back">
            {t('backToHall')}
          </button>
        </header>
        {unlocked ? (
          <>
            <RefusedUpdateReport />
            <StatsView exhibition={exhibition} />
          </>
        ) : (
          <PinPad operatorPinHash={operatorPinHash} onUnlock={onUnlock} />
        )}
      </div>
    </dialog>
  );
}

export default OperatorPage;
