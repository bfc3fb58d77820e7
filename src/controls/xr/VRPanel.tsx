import { useMemo, useState } from 'react';
import { MeshBasicMaterial, MeshStandardMaterial } from 'three';
import type { ThreeEvent } from '@react-three/fiber';
import { BoxInstances } from '../../three/BoxInstances.tsx';
import type { BoxSpec } from '../../layout/boxSpec.ts';
import { BatchedLabels } from '../../text/BatchedLabels.tsx';
import type { FontRouter } from '../../text/fontManifest.ts';
import { buttonLabels, type PanelLayout } from './vrPanels.ts';

const backing = new MeshBasicMaterial({ color: '#111725', transparent: true, opacity: 0.94 });
const buttons = new MeshStandardMaterial({ color: '#ffffff', roughness: 0.6 });
const BUTTON = '#2b3448';
const HOVER = '#3a6df0';

interface Props {
  layout: PanelLayout;
  router: FontRouter;
  name: string;
  onButton: (id: string) => void;
}

/**
 * An in-world panel drawn from a pure layout: a backing plane, all buttons in one instanced mesh and
 * all text in one batch (three draw calls). Rays, pinches and gaze-and-pinch all arrive as clicks, through
 * @react-three/xr's pointer events only (createHallXRStore.ts): one select, one click.
 */
export function VRPanel({ layout, router, name, onButton }: Props) {
  const [hover, setHover] = useState<number | null>(null);
  const boxes = useMemo<BoxSpec[]>(
    () =>
      layout.buttons.map((b, i) => ({
        x: b.x,
        y: b.y,
        z: 0.006,
        w: b.w,
        h: b.h,
        d: 0.012,
        rotationY: 0,
        color: i === hover ? HOVER : BUTTON,
      })),
    [layout, hover],
  );
  const labels = useMemo(
    () => [...layout.labels, ...buttonLabels(layout).map((l) => ({ ...l, z: 0.014 }))],
    [layout],
  );
  const pick = (instanceId: number | undefined) => {
    const button = instanceId === undefined ? undefined : layout.buttons[instanceId];
    if (button) onButton(button.id);
  };
  const click = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    pick(e.instanceId);
  };
  return (
    <group name={name}>
      {/* The backing swallows rays so nothing behind the panel is selected through it. */}
      <mesh material={backing} onClick={(e) => e.stopPropagation()} name={`${name}-backing`}>
        <planeGeometry args={[layout.width, layout.height]} />
      </mesh>
      <BoxInstances
        boxes={boxes}
        material={buttons}
        name={`${name}-buttons`}
        onClick={click}
        onPointerMove={(e) => setHover(e.instanceId ?? null)}
        onPointerOut={() => setHover(null)}
      />
      <BatchedLabels labels={labels} router={router} name={`${name}-text`} />
    </group>
  );
}
