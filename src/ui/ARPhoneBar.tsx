import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import type { Exhibition } from '../content/schema.ts';
import { useARStore } from '../state/arStore.ts';
import { useHallStore } from '../state/hallStore.ts';
import type { StringKey } from '../i18n/strings.ts';
import { arBarContent, type ARBarButton } from './arPhoneBar.ts';
import { useT } from './useT.ts';

const LABEL: Record<ARBarButton, StringKey> = {
  exit: 'exitAR',
  'place-again': 'placeAgain',
  'step-inside': 'stepInside',
  'back-to-table': 'backToTable',
};

interface Props {
  /** The WebXR DOM overlay's root (the XR store's `domOverlayRoot`); null before the XR chunk loads. */
  root: Element | null;
  exhibition: Exhibition;
  onExit: () => void;
}

/**
 * A phone in AR shows the page's DOM over the camera view (WebXR DOM overlay, asked for as an optional
 * feature; headsets do not grant it): a small bar at the bottom with what arPhoneBar.ts decides — a
 * hint, the open booth's title, Step inside / Back to the table, Place again, Exit AR. Drawn only where
 * the device granted the overlay; taps on the bar do not reach the AR scene (`beforexrselect`).
 */
export function ARPhoneBar({ root, exhibition, onExit }: Props) {
  const view = useARStore((s) => s.view);
  const placed = useARStore((s) => s.placed);
  const domOverlay = useARStore((s) => s.domOverlay);
  const actions = useARStore((s) => s.actions);
  const selected = useHallStore((s) => s.selectedBoothId);
  const { t, L } = useT();
  // A tap on the bar is the bar's, not a select in the AR scene (which would place the model or pick a
  // booth). Only the bar: the overlay's root covers the whole screen on a phone, where taps must select.
  const bar = useRef<HTMLDivElement>(null);
  const shown = Boolean(root && domOverlay && view !== 'none');
  useEffect(() => {
    const element = bar.current;
    const keep = (e: Event) => e.preventDefault();
    element?.addEventListener('beforexrselect', keep);
    return () => element?.removeEventListener('beforexrselect', keep);
  }, [shown]);
  if (!root || !shown) return null;
  const content = arBarContent(view, placed, selected);
  const booth = view === 'table' && placed ? exhibition.booths.find((b) => b.id === selected) : undefined;
  const press = (id: ARBarButton) => {
    if (id === 'exit') onExit();
    else if (id === 'place-again') actions?.placeAgain();
    else if (id === 'step-inside') actions?.stepInside();
    else actions?.backToTable();
  };
  return createPortal(
    <div className="ar-bar" data-testid="ar-bar" ref={bar}>
      {content.hint && <p className="ar-bar__hint">{t(content.hint)}</p>}
      {booth && <p className="ar-bar__booth">{L(booth.title)}</p>}
      <div className="ar-bar__buttons">
        {content.buttons.map((id) => (
          <button key={id} type="button" data-testid={`ar-bar-${id}`} onClick={() => press(id)}>
            {t(LABEL[id])}
          </button>
        ))}
      </div>
    </div>,
    root,
  );
}
