import { useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { useXRHitTest, useXRInputSourceEvent } from '@react-three/xr';
import { Matrix4, MeshBasicMaterial, RingGeometry, Vector3, type Mesh } from 'three';
import { yawOf } from '../vrMotion.ts';
import type { TablePlacement } from './tableGestures.ts';

const ring = new RingGeometry(0.09, 0.11, 40).rotateX(-Math.PI / 2);
const ringMaterial = new MeshBasicMaterial({ color: '#7fd4ff', transparent: true, opacity: 0.9 });
const hitMatrix = new Matrix4();
const forward = new Vector3();
/** A surface counts as a table or a floor when its normal is within ~35° of straight up. */
const LEVEL = 0.82;

interface Props {
  /** The model's placement while aiming: the reticle's point, turned to face the visitor. */
  live: { current: TablePlacement };
  aiming: boolean;
  onAiming: (aiming: boolean) => void;
  /** A select while aiming: place the model where the reticle is. */
  onPlace: () => void;
}

/**
 * Looking for a table: a ring on the real surface the visitor looks at (WebXR hit testing from the
 * viewer: the headset's gaze, or the middle of a phone's screen), with the model previewed on it. A
 * select (trigger, pinch, a tap on a phone's screen) places the model there.
 */
export function TableReticle({ live, aiming, onAiming, onPlace }: Props) {
  const mesh = useRef<Mesh>(null);
  const xrCamera = useThree((s) => s.gl.xr.getCamera());
  const onSurface = useRef(false);
  useXRHitTest((results, getWorldMatrix) => {
    const first = results[0];
    // The pose's y axis is the surface normal: only level surfaces hold a model.
    const level = first !== undefined && getWorldMatrix(hitMatrix, first) && hitMatrix.elements[5]! > LEVEL;
    if (level) {
      const e = hitMatrix.elements;
      xrCamera.getWorldDirection(forward);
      const p = live.current;
      p.x = e[12]!;
      p.y = e[13]!;
      p.z = e[14]!;
      // The model's front (the entrance, where the hall's start view stands) faces the visitor.
      p.yaw = yawOf(forward.x, forward.z);
    }
    if (level !== onSurface.current) {
      onSurface.current = level;
      onAiming(level);
    }
  }, 'viewer');
  useFrame(() => {
    const m = mesh.current;
    if (!m) return;
    m.visible = aiming;
    m.position.set(live.current.x, live.current.y + 0.002, live.current.z);
  });
  useXRInputSourceEvent(
    'all',
    'select',
    () => {
      if (onSurface.current) onPlace();
    },
    [onPlace],
  );
  return <mesh ref={mesh} name="ar-reticle" geometry={ring} material={ringMaterial} visible={false} />;
}
