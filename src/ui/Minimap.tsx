import { useEffect, useRef } from 'react';
import type { Exhibition } from '../content/schema.ts';
import type { HallLayout } from '../layout/computeHallLayout.ts';
import { usePlayerStore } from '../state/playerStore.ts';
import { useHallStore } from '../state/hallStore.ts';
import { useT } from './useT.ts';

const SIZE = 168;

/**
 * Floor plan with the visitor's position and heading. Drawn on a 2D canvas from the layout; the marker
 * is redrawn a few times a second from the transient player pose (no React state per frame).
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
  const ref = useRef<HTMLCanvasElement>(null);
  const { t } = useT();
  const selected = useHallStore((s) => s.selectedBoothId);
  const { minX, maxX, minZ, maxZ } = layout.bounds;
  const scale = SIZE / Math.max(maxX - minX, maxZ - minZ);
  const w = Math.round((maxX - minX) * scale);
  const h = Math.round((maxZ - minZ) * scale);

  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const colors = new Map(exhibition.sectors.map((s) => [s.id, s.color]));
    const toX = (x: number) => (x - minX) * scale;
    const toY = (z: number) => (z - minZ) * scale;
    let last = '';
    const draw = () => {
      const pose = usePlayerStore.getState().pose;
      const key = `${pose.x.toFixed(2)},${pose.z.toFixed(2)},${pose.yaw.toFixed(2)}`;
      if (key === last) return;
      last = key;
      ctx.clearRect(0, 0, w, h);
      ctx.fillStyle = 'rgba(20,24,34,0.85)';
      ctx.fillRect(0, 0, w, h);
      for (const b of layout.booths) {
        ctx.fillStyle = colors.get(b.sector) ?? '#888';
        ctx.globalAlpha = b.id === selected ? 1 : 0.8;
        ctx.fillRect(
          toX(b.footprint.minX),
          toY(b.footprint.minZ),
          (b.footprint.maxX - b.footprint.minX) * scale,
          (b.footprint.maxZ - b.footprint.minZ) * scale,
        );
      }
      ctx.globalAlpha = 1;
      ctx.strokeStyle = '#8a93a8';
      ctx.lineWidth = 2;
      for (const wall of layout.entrance.displayWalls) {
        const dx = (Math.cos(wall.rotationY) * wall.width) / 2;
        const dz = (-Math.sin(wall.rotationY) * wall.width) / 2;
        ctx.beginPath();
        ctx.moveTo(toX(wall.x - dx), toY(wall.z - dz));
        ctx.lineTo(toX(wall.x + dx), toY(wall.z + dz));
        ctx.stroke();
      }
      const px = toX(pose.x);
      const py = toY(pose.z);
      ctx.fillStyle = '#7fe3ff';
      ctx.beginPath();
      ctx.moveTo(px - Math.sin(pose.yaw) * 9, py - Math.cos(pose.yaw) * 9);
      ctx.lineTo(px - Math.sin(pose.yaw + 2.5) * 6, py - Math.cos(pose.yaw + 2.5) * 6);
      ctx.lineTo(px - Math.sin(pose.yaw - 2.5) * 6, py - Math.cos(pose.yaw - 2.5) * 6);
      ctx.closePath();
      ctx.fill();
    };
    draw();
    const timer = window.setInterval(draw, 120);
    return () => window.clearInterval(timer);
  }, [exhibition, layout, selected, minX, minZ, scale, w, h]);

  const onClick = (e: React.MouseEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const x = minX + (e.clientX - rect.left) / scale;
    const z = minZ + (e.clientY - rect.top) / scale;
    const booth = layout.booths.find(
      (b) =>
        x >= b.footprint.minX - 1 &&
        x <= b.footprint.maxX + 1 &&
        z >= b.footprint.minZ - 1 &&
        z <= b.footprint.maxZ + 1,
    );
    if (booth) onGoTo(booth.id);
  };

  return (
    <figure className="minimap">
      <canvas
        ref={ref}
        width={w}
        height={h}
        role="img"
        aria-label={`${t('floorPlan')} · ${t('youAreHere')}`}
        onClick={onClick}
        data-testid="minimap"
      />
    </figure>
  );
}
