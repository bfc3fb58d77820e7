import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { useLoadStore } from '../state/loadStore.ts';

/**
 * Marks the hall ready once a frame with all text has been drawn: sets `data-hall-ready` on <html> and
 * fires a `hall:ready` window event (tests and the kiosk wait for these, never for a timer).
 */
export function ReadySignal() {
  const textReady = useLoadStore((s) => s.textReady);
  const invalidate = useThree((s) => s.invalidate);
  const frames = useRef(0);
  const signalled = useRef(false);
  useEffect(() => {
    if (!textReady) {
      frames.current = 0;
      document.documentElement.dataset.textReady = 'false';
      return;
    }
    document.documentElement.dataset.textReady = 'true';
    invalidate();
  }, [textReady, invalidate]);
  useFrame(() => {
    if (!textReady || signalled.current) return;
    frames.current += 1;
    if (frames.current < 2) {
      invalidate();
      return;
    }
    signalled.current = true;
    useLoadStore.getState().setFirstFrame();
    document.documentElement.dataset.hallReady = 'true';
    window.dispatchEvent(new Event('hall:ready'));
  });
  return null;
}
