import { useEffect, useMemo, useRef } from 'react';
import type { Exhibition } from '../content/schema.ts';
import type { HallLayout } from '../layout/computeHallLayout.ts';
import { usePlayerStore } from '../state/playerStore.ts';
import { useHallStore } from '../state/hallStore.ts';
import { useVRStore } from '../state/vrStore.ts';
import { drawPlan, markerTransform, planScale } from './minimapPlan.ts';
import { useT } from './useT.ts';

const MARKER_HALF = 9;

/**
 * Floor plan with the visitor's position and heading, the way racing games do it: the plan is drawn once
 * on a 2D canvas (again only when the selected booth changes) and only the marker moves, by a CSS
 * transform, after a rendered frame in which the pose changed. The hall renders on demand, so at rest
 * nothing runs; in VR the overlay is not seen and the marker is left alone.
 * Clicking a booth on the plan takes you there.
 */
export function Minimap({
  exhibition,
  layout,
  onGoTo,
}: {
  exhibition: Exhibition;
  layout: HallLayout;
  onGoTo: (id: string) => void;
}) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const markerRef = useRef<SVGSVGElement>(null);
  const { t } = useT();
  const selected = useHallStore((s) => s.selectedBoothId);
  const inVR = useVRStore((s) => s.status === 'in-session');
  const plan = useMemo(() => planScale(layout), [layout]);

  useEffect(() => {
    // A software canvas: an accelerated one would make a GPU surface on the main thread for ~20 rectangles
    // (130 ms at a phone's viewport under SwiftShader, the longest task of start-up); a CPU bitmap this small
    // is drawn in well under a millisecond. `willReadFrequently` is how a page asks Chromium for one.
    const ctx = canvasRef.current?.getContext('2d', { willReadFrequently: true });
    if (ctx) drawPlan(ctx, exhibition, layout, plan, selected);
  }, [exhibition, layout, plan, selected]);

  useEffect(() => {
    if (inVR) return;
    const marker = markerRef.current;
    if (!marker) return;
    const pose = usePlayerStore.getState().pose;
    let x = NaN;
    let z = NaN;
    let yaw = NaN;
    const place = () => {
      if (pose.x === x && pose.z === z && pose.yaw === yaw) return;
      x = pose.x;
      z = pose.z;
      yaw = pose.yaw;
      marker.style.transform = markerTransform(plan, x, z, yaw, MARKER_HALF);
    };
    place();
    // fiber comes with the lazy 3D chunk: a static import would pull three and fiber into the main chunk.
    let unsubscribe: (() => void) | null = null;
    let cancelled = false;
    void import('@react-three/fiber').then(({ addAfterEffect }) => {
      if (!cancelled) unsubscribe = addAfterEffect(place);
    });
    return () => {
      cancelled = true;
      unsubscribe?.();
    };
  }, [plan, inVR]);

  const onClick = (e: React.MouseEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const x = plan.minX + (e.clientX - rect.left) / plan.scale;
    const z = plan.minZ + (e.clientY - rect.top) / plan.scale;
    const booth = layout.booths.find(
      (b) =>
        x >= b.footprint.minX - 1 &&
        x <= b.footprint.maxX + 1 &&
        z >= b.footprint.minZ - 1 &&
        z <= b.footprint.maxZ + 1,
    );
    if (booth) onGoTo(booth.id);
  };

  const size = 2 * MARKER_HALF;
  return (
    <figure className="minimap">
      <canvas
        ref={canvasRef}
        width={plan.width}
        height={plan.height}
        role="img"
        aria-label={`${t('floorPlan')} · ${t('youAreHere')}`}
        onClick={onClick}
        data-testid="minimap"
      />
      <svg
        ref={markerRef}
        width={size}
        height={size}
        viewBox={`${-MARKER_HALF} ${-MARKER_HALF} ${size} ${size}`}
        aria-hidden="true"
        data-testid="minimap-marker"
        style={{ position: 'absolute', left: 0, top: 0, pointerEvents: 'none' }}
      >
        <path d="M0 -9 L-3.6 4.8 L3.6 4.8 Z" fill="#7fe3ff" />
      </svg>
    </figure>
  );
}
