import { useMemo } from 'react';
import type { HallLayout } from '../layout/computeHallLayout.ts';
import { HALL_DIMENSIONS } from '../layout/computeHallLayout.ts';
import type { HallMaterials } from './materials.ts';
import { BoxInstances } from '../three/BoxInstances.tsx';
import type { BoxSpec } from '../layout/boxSpec.ts';
import { hallBoxes } from './hallBoxes.ts';
import type { ThreeEvent } from '@react-three/fiber';

interface Props {
  layout: HallLayout;
  panels: BoxSpec[];
  materials: HallMaterials;
  onFloorClick?: (x: number, z: number, event: ThreeEvent<MouseEvent>) => void;
  /** Ceiling and its lights hidden (the tabletop model, seen from above). */
  roofless?: boolean;
}

/** Floor, walls, ceiling and its light strips: four draw calls whatever the hall's size. */
export function HallShell({ layout, panels, materials, onFloorClick, roofless = false }: Props) {
  const { minX, maxX, minZ, maxZ } = layout.bounds;
  const width = maxX - minX;
  const depth = maxZ - minZ;
  const h = HALL_DIMENSIONS.wallHeight;
  const boxes = useMemo(() => hallBoxes(layout, panels), [layout, panels]);
  const lights = useMemo(() => {
    const out: BoxSpec[] = [];
    for (let x = minX + 4; x < maxX - 2; x += 8)
      out.push({
        x,
        y: h - 0.05,
        z: (minZ + maxZ) / 2,
        w: 0.35,
        h: 0.06,
        d: depth - 4,
        rotationY: 0,
        color: '#ffffff',
      });
    return out;
  }, [minX, maxX, minZ, maxZ, depth, h]);
  return (
    <group name="hall-shell">
      <mesh
        name="floor"
        rotation-x={-Math.PI / 2}
        position={[(minX + maxX) / 2, 0, (minZ + maxZ) / 2]}
        material={materials.floor}
        onClick={onFloorClick ? (e) => onFloorClick(e.point.x, e.point.z, e) : undefined}
      >
        <planeGeometry args={[width + 1, depth + 1]} />
      </mesh>
      <mesh
        name="ceiling"
        rotation-x={Math.PI / 2}
        position={[(minX + maxX) / 2, h, (minZ + maxZ) / 2]}
        material={materials.ceiling}
        visible={!roofless}
      >
        <planeGeometry args={[width + 1, depth + 1]} />
      </mesh>
      <BoxInstances boxes={boxes} material={materials.boxes} name="hall-boxes" />
      <group visible={!roofless}>
        <BoxInstances boxes={lights} material={materials.light} name="ceiling-lights" />
      </group>
    </group>
  );
}
