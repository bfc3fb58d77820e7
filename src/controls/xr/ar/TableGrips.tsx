import { useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { useXRStore } from '@react-three/xr';
import { Quaternion, Vector3 } from 'three';
import { yawOf } from '../vrMotion.ts';
import { oneHandPlacement, twoHandPlacement, type GripPoint, type TablePlacement } from './tableGestures.ts';

type Grip = GripPoint & { yaw: number };
const grip = (): Grip => ({ x: 0, y: 0, z: 0, yaw: 0 });
const fromA = grip();
const fromB = grip();
const toA = grip();
const toB = grip();
const start: TablePlacement = { x: 0, y: 0, z: 0, yaw: 0, scale: 1 };
const q = new Quaternion();
const v = new Vector3();
const SQUEEZE = 1; // xr-standard gamepad mapping: buttons[1] is the grip

/** Reads a gripping controller's grip pose into `out`; false when it is not squeezed or not tracked. */
function readGrip(source: XRInputSource, frame: XRFrame, space: XRReferenceSpace, out: Grip): boolean {
  if (!source.gripSpace || !source.gamepad?.buttons[SQUEEZE]?.pressed) return false;
  const pose = frame.getPose(source.gripSpace, space);
  if (!pose) return false;
  const { position: p, orientation: o } = pose.transform;
  out.x = p.x;
  out.y = p.y;
  out.z = p.z;
  v.set(0, 0, -1).applyQuaternion(q.set(o.x, o.y, o.z, o.w));
  out.yaw = yawOf(v.x, v.z);
  return true;
}

/**
 * Moving, turning and scaling the placed model with the controllers' grips (tableGestures.ts): one
 * grip carries and turns it, two grips also scale it. The placement changes every frame through `live`;
 * the phase hears of it once, when the grips let go (and the model is anchored again there).
 */
export function TableGrips({
  live,
  onRelease,
}: {
  live: { current: TablePlacement };
  onRelease: (placement: TablePlacement) => void;
}) {
  const store = useXRStore();
  const held = useRef(0);
  useFrame((_, __, frame: XRFrame | undefined) => {
    const { session, originReferenceSpace: space } = store.getState();
    if (!frame || !session || !space) return;
    let count = 0;
    const sources = session.inputSources;
    for (let i = 0; i < sources.length && count < 2; i++) {
      const source = sources[i];
      if (source && readGrip(source, frame, space, count === 0 ? toA : toB)) count++;
    }
    if (count !== held.current) {
      // A grip pressed or released: the gesture starts again from here.
      if (count === 0) onRelease({ ...live.current });
      held.current = count;
      Object.assign(start, live.current);
      Object.assign(fromA, toA);
      Object.assign(fromB, toB);
      return;
    }
    if (count === 1) oneHandPlacement(start, fromA, toA, live.current);
    else if (count === 2) twoHandPlacement(start, fromA, fromB, toA, toB, live.current);
  });
  return null;
}
