import { useEffect, useMemo } from 'react';
import { addTail, useFrame, useThree } from '@react-three/fiber';
import {
  RESOLUTION_POLICY,
  fullPixelRatio,
  median,
  nextScale,
  windowComplete,
} from './adaptiveResolution.ts';

/**
 * `sharp`: at rest, drawn at the full pixel ratio; `starting`: one frame since (a hover redraws once and
 * stays sharp); `moving`: frames in a row, at the measured resolution; `restoring`: the loop stopped and
 * one more frame at the full pixel ratio is on its way.
 */
type Phase = 'sharp' | 'starting' | 'moving' | 'restoring';

/**
 * Adaptive resolution (see adaptiveResolution.ts): while the view moves, the pixel ratio follows the
 * measured frame times; when render-on-demand stops the loop (r3f's tail effect: nothing asked for
 * another frame), one more frame is drawn at the full pixel ratio, so a visitor who stops to read sees
 * sharp text. Off in XR (the session's framebuffer is fixed when it starts) and with `?dpr`.
 */
export function AdaptiveResolution({ fixed }: { fixed: number | null }) {
  const gl = useThree((s) => s.gl);
  const setDpr = useThree((s) => s.setDpr);
  const invalidate = useThree((s) => s.invalidate);
  const tracker = useMemo(
    () => ({
      times: new Float32Array(RESOLUTION_POLICY.window),
      count: 0,
      total: 0,
      scale: 1,
      lastFrame: 0,
      phase: 'sharp' as Phase,
      full: fullPixelRatio(window.devicePixelRatio),
    }),
    [],
  );

  useEffect(() => {
    setDpr(fixed ?? tracker.full);
    if (fixed !== null) return;
    return addTail(() => {
      if (tracker.phase === 'moving' && !gl.xr.isPresenting && gl.getPixelRatio() !== tracker.full) {
        tracker.phase = 'restoring';
        setDpr(tracker.full);
        invalidate();
        return;
      }
      tracker.phase = 'sharp';
    });
  }, [fixed, gl, setDpr, invalidate, tracker]);

  useFrame(() => {
    if (fixed !== null || gl.xr.isPresenting) return;
    const now = performance.now();
    const elapsed = now - tracker.lastFrame;
    tracker.lastFrame = now;
    if (tracker.phase === 'restoring') return;
    if (tracker.phase === 'sharp') {
      tracker.phase = 'starting';
      return;
    }
    if (tracker.phase === 'starting') {
      // A second frame in a row: the view is moving; back to the resolution the frame times called for.
      tracker.phase = 'moving';
      tracker.count = 0;
      tracker.total = 0;
      if (tracker.scale < 1) setDpr(tracker.full * tracker.scale);
      return;
    }
    tracker.times[tracker.count++] = elapsed;
    tracker.total += elapsed;
    if (!windowComplete(tracker.count, tracker.total)) return;
    const frameMs = median(tracker.times, tracker.count);
    tracker.count = 0;
    tracker.total = 0;
    const scale = nextScale(tracker.scale, frameMs, tracker.full);
    if (scale === tracker.scale) return;
    tracker.scale = scale;
    setDpr(tracker.full * scale);
  });
  return null;
}
