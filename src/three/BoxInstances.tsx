import { useLayoutEffect, useMemo, useRef } from 'react';
import { BoxGeometry, Color, InstancedMesh, Matrix4, Quaternion, Vector3, type Material } from 'three';
import type { ThreeEvent } from '@react-three/fiber';
import type { BoxSpec } from '../layout/boxSpec.ts';

const unitBox = new BoxGeometry(1, 1, 1);
const m = new Matrix4();
const q = new Quaternion();
const p = new Vector3();
const s = new Vector3();
const up = new Vector3(0, 1, 0);
const c = new Color();

/** Many boxes of one material in a single draw call (InstancedMesh with per-instance colour). */
interface Props {
  boxes: BoxSpec[];
  material: Material;
  name: string;
  userData?: Record<string, unknown>;
  /** Pointer handlers receive the box index as `event.instanceId`. */
  onClick?: (event: ThreeEvent<MouseEvent>) => void;
  onPointerMove?: (event: ThreeEvent<PointerEvent>) => void;
  onPointerOut?: (event: ThreeEvent<PointerEvent>) => void;
}

export function BoxInstances({ boxes, material, name, ...rest }: Props) {
  const ref = useRef<InstancedMesh>(null);
  const count = boxes.length;
  const args = useMemo(() => [unitBox, material, Math.max(1, count)] as const, [material, count]);
  useLayoutEffect(() => {
    const mesh = ref.current;
    if (!mesh) return;
    boxes.forEach((b, i) => {
      q.setFromAxisAngle(up, b.rotationY);
      m.compose(p.set(b.x, b.y, b.z), q, s.set(b.w, b.h, b.d));
      mesh.setMatrixAt(i, m);
      mesh.setColorAt(i, c.set(b.color));
    });
    mesh.count = count;
    mesh.instanceMatrix.needsUpdate = true;
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
    mesh.computeBoundingSphere();
  }, [boxes, count]);
  return <instancedMesh ref={ref} args={args} name={name} {...rest} />;
}
