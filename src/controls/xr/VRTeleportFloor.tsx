import { useMemo } from 'react';
import { TeleportTarget } from '@react-three/xr';
import { BufferGeometry, MeshBasicMaterial, PlaneGeometry, type Vector3 } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { isWalkable, type NavField } from '../../layout/navigation.ts';
import { walkableRects } from '../../layout/walkableRects.ts';
import { usePlayerStore } from '../../state/playerStore.ts';
import { moveHeadTo } from './vrMotion.ts';

const hidden = new MeshBasicMaterial({ visible: false });

/**
 * Teleport targets covering the walkable floor only (never under a stand or a wall), so the arc's
 * marker can only land where a visitor could stand. The surface itself is invisible.
 */
export function VRTeleportFloor({ nav, head }: { nav: NavField; head: () => { x: number; z: number } }) {
  const geometry = useMemo(() => {
    const parts = walkableRects(nav).map((r) => {
      const g = new PlaneGeometry(r.maxX - r.minX, r.maxZ - r.minZ).rotateX(-Math.PI / 2);
      return g.translate((r.minX + r.maxX) / 2, 0.01, (r.minZ + r.maxZ) / 2);
    });
    const merged = parts.length ? mergeGeometries(parts) : new BufferGeometry();
    for (const p of parts) p.dispose();
    return merged;
  }, [nav]);
  const onTeleport = (point: Vector3) => {
    if (!isWalkable(nav, point.x, point.z)) return;
    moveHeadTo(usePlayerStore.getState().pose, head(), point);
  };
  return (
    <TeleportTarget onTeleport={onTeleport}>
      <mesh name="teleport-floor" geometry={geometry} material={hidden} />
    </TeleportTarget>
  );
}
