import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';

/** How often the overlay's text is rewritten (the frame loop only accumulates numbers). */
const REFRESH_MS = 500;

/**
 * Live frame time, draw calls, triangles, programs, geometries and textures, only behind `?perf`: a
 * small DOM readout written through a ref (no React state per frame). This module is a lazy chunk that
 * visitors never download. `?perf` also renders continuously, so the figures are per-frame ones.
 */
export default function PerfOverlay() {
  const gl = useThree((s) => s.gl);
  const panel = useRef<HTMLPreElement | null>(null);
  const acc = useRef({ frames: 0, since: 0, worst: 0, last: 0 });

  useEffect(() => {
    const el = document.createElement('pre');
    el.className = 'perf-overlay';
    el.setAttribute('aria-hidden', 'true');
    document.body.appendChild(el);
    panel.current = el;
    return () => {
      el.remove();
      panel.current = null;
    };
  }, []);

  useFrame(() => {
    const now = performance.now();
    const a = acc.current;
    if (a.last > 0) a.worst = Math.max(a.worst, now - a.last);
    a.last = now;
    if (a.since === 0) a.since = now;
    a.frames += 1;
    const elapsed = now - a.since;
    if (elapsed < REFRESH_MS || !panel.current) return;
    const { render, memory, programs } = gl.info;
    panel.current.textContent =
      `${((a.frames * 1000) / elapsed).toFixed(0)} fps · worst ${a.worst.toFixed(0)} ms\n` +
      `${render.calls} calls · ${render.triangles} tris\n` +
      `${programs?.length ?? 0} programs · ${memory.geometries} geo · ${memory.textures} tex`;
    a.frames = 0;
    a.since = now;
    a.worst = 0;
  });

  return null;
}
