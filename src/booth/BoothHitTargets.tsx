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
 * Whether a click was the end of a drag (a look-around): only a mouse or touch click has a drag distance.
 * An XR select arrives through @react-three/xr's pointer events, whose native event is the WebXR one
 * (and whose `delta` throws): a select is never a drag.
 */
function wasDrag(e: ThreeEvent<MouseEvent>): boolean {
  return e.nativeEvent instanceof MouseEvent && e.delta > CLICK_SLOP;
}

/**
 * Invisible picking volumes, one per booth (never drawn: zero draw calls). Clicks, taps and XR selects
 * (right ray, pinch, gaze-and-pinch, all as r3f clicks) land here.
 */
export function BoothHitTargets({ layout, onSelect, onHover }: Props) {
  const click = (id: string) => (e: ThreeEvent<MouseEvent>) => {
    if (wasDrag(e)) return;
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
          userData={{ boothId: b.id }}
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
