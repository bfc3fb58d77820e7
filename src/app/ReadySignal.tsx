import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { useLoadStore } from '../state/loadStore.ts';
import { whenGpuDone } from '../three/gpuFence.ts';

/**
 * Two signals, each after a frame has really been drawn (useFrame runs before the render, so we wait
 * for the next frame):
 *  - first frame, once the GPU has finished drawing it (a fence, see three/gpuFence.ts): the loading screen
 *    goes, the environment lighting is made and the 3D text starts typesetting;
 *  - hall ready, once a frame with all text and the booth props is drawn: `data-hall-ready` on <html> and a `hall:ready`
 *    window event. Tests and the kiosk wait for these, never for a timer.
 */
function signalHallReady() {
  document.documentElement.dataset.hallReady = 'true';
  performance.mark('hall:ready');
  window.dispatchEvent(new Event('hall:ready'));
}

export function ReadySignal() {
  const textReady = useLoadStore((s) => s.textReady && s.propsReady);
  const invalidate = useThree((s) => s.invalidate);
  const gl = useThree((s) => s.gl);
  const frames = useRef(0);
  const textFrames = useRef(0);
  const signalled = useRef(false);
  // Mounted once the shaders are compiled and the canvas may draw: ask for the first frame.
  useEffect(() => invalidate(), [invalidate]);
  useEffect(() => {
    document.documentElement.dataset.textReady = String(textReady);
    if (!textReady) {
      textFrames.current = 0;
      return;
    }
    performance.mark('hall:text-ready');
    invalidate();
  }, [textReady, invalidate]);
  useFrame(() => {
    frames.current += 1;
    if (frames.current === 1) invalidate();
    if (frames.current === 2) {
      void whenGpuDone(gl.getContext()).then(() => {
        performance.mark('hall:first-frame');
        useLoadStore.getState().setFirstFrame();
      });
    }
    if (!textReady || signalled.current) return;
    textFrames.current += 1;
    if (textFrames.current < 2) {
      invalidate();
      return;
    }
    signalled.current = true;
    signalHallReady();
  });
  return null;
}
