import { BoxGeometry, MeshBasicMaterial } from 'three';
import type { ThreeEvent } from '@react-three/fiber';
import type { HallLayout } from '../layout/computeHallLayout.ts';
import { BOOTH } from './boothDesign.ts';

const hitBox = new BoxGeometry(BOOTH.hit.w, BOOTH.hit.h, BOOTH.hit.d);
const invisible = new MeshBasicMaterial({ visible: false });

/** A pointer drag longer than this (pixels) is a look-around, not a click. */
const CLICK_SLOP = 6;

interface Props {
  layout: HallLayout;
  onSelect: (boothId: string) => void;
  onHover: (boothId: string | null) => void;
}

/**
 * Invisible picking volumes, one per booth (never drawn: zero draw calls). Clicks, taps and XR rays all
 * land here.
 */
export function BoothHitTargets({ layout, onSelect, onHover }: Props) {
  const click = (id: string) => (e: ThreeEvent<MouseEvent>) => {
    if (e.delta > CLICK_SLOP) return;
    e.stopPropagation();
    onSelect(id);
  };
  return (
    <group name="booth-hit-targets">
      {layout.booths.map((b) => (
        <mesh
          key={b.id}
          name={`booth-hit:${b.id}`}
          geometry={hitBox}
          material={invisible}
          position={[b.x, BOOTH.hit.h / 2, b.z]}
          rotation-y={b.rotationY}
          userData={{ boothId: b.id, onXRSelect: () => onSelect(b.id) }}
          onClick={click(b.id)}
          onPointerOver={(e) => {
            e.stopPropagation();
            onHover(b.id);
          }}
          onPointerOut={() => onHover(null)}
        />
      ))}
    </group>
  );
}
