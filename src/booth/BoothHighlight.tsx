import { useHallStore } from '../state/hallStore.ts';
import type { HallLayout } from '../layout/computeHallLayout.ts';
import type { Material } from 'three';
import { BOOTH } from './boothDesign.ts';

/** A glowing outline on the floor around the hovered (or else the selected) booth. One mesh, moved. */
export function BoothHighlight({ layout, material }: { layout: HallLayout; material: Material }) {
  const hovered = useHallStore((s) => s.hoveredBoothId);
  const selected = useHallStore((s) => s.selectedBoothId);
  const id = hovered ?? selected;
  const pose = id ? layout.booths.find((b) => b.id === id) : undefined;
  return (
    <group
      position={[pose?.x ?? 0, 0.14, pose?.z ?? 0]}
      rotation-y={pose?.rotationY ?? 0}
      visible={Boolean(pose)}
    >
      <mesh
        name="booth-highlight"
        rotation-x={-Math.PI / 2}
        scale={[BOOTH.width + 0.3, BOOTH.depth + 0.3, 1]}
        material={material}
      >
        {/* A square ring: 4 segments turned by 45°, unit-sized, scaled to the stand. */}
        <ringGeometry args={[0.68, Math.SQRT1_2, 4, 1, Math.PI / 4]} />
      </mesh>
    </group>
  );
}
