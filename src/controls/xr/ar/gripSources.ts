import { Quaternion, Vector3 } from 'three';
import { yawOf } from '../vrMotion.ts';
import { onModel, pinching } from './handPinch.ts';
import { rayOnTable, type Ray } from './screenGestures.ts';
import type { GripPoint, TablePlacement } from './tableGestures.ts';

/** A point that holds the model this frame, and which way the holding hand faces (about the vertical). */
export type Grip = GripPoint & { yaw: number };

const q = new Quaternion();
const v = new Vector3();
const ray: Ray = { origin: { x: 0, y: 0, z: 0 }, direction: { x: 0, y: 0, z: 0 } };
const tip = { x: 0, y: 0, z: 0 };
const SQUEEZE = 1; // xr-standard gamepad mapping: buttons[1] is the grip

/** The yaw of a pose's forward (−z) axis. */
function forwardYaw(o: DOMPointReadOnly): number {
  v.set(0, 0, -1).applyQuaternion(q.set(o.x, o.y, o.z, o.w));
  return yawOf(v.x, v.z);
}

/** A squeezed controller's grip pose into `out`; false when not squeezed or not tracked. */
export function readControllerGrip(
  source: XRInputSource,
  frame: XRFrame,
  space: XRReferenceSpace,
  out: Grip,
): boolean {
  if (!source.gripSpace || !source.gamepad?.buttons[SQUEEZE]?.pressed) return false;
  const pose = frame.getPose(source.gripSpace, space);
  if (!pose) return false;
  const { position: p, orientation: o } = pose.transform;
  out.x = p.x;
  out.y = p.y;
  out.z = p.z;
  out.yaw = forwardYaw(o);
  return true;
}

/**
 * A tracked hand's pinch (handPinch.ts) into `out`: the point between thumb and index tips, facing where
 * the wrist points (−z of the wrist joint runs along the hand). `held` says whether this hand holds the
 * model already: a new pinch takes hold only over the model. Returns whether the hand holds it now.
 */
export function readHandPinch(
  source: XRInputSource,
  frame: XRFrame,
  space: XRReferenceSpace,
  held: boolean,
  placement: TablePlacement,
  size: { x: number; z: number },
  out: Grip,
): boolean {
  const hand = source.hand;
  const thumb = hand?.get('thumb-tip');
  const index = hand?.get('index-finger-tip');
  const wrist = hand?.get('wrist');
  if (!thumb || !index || !wrist || !frame.getJointPose) return false;
  const a = frame.getJointPose(thumb, space);
  const b = frame.getJointPose(index, space);
  const w = frame.getJointPose(wrist, space);
  if (!a || !b || !w) return false;
  const pa = a.transform.position;
  const pb = b.transform.position;
  if (!pinching(Math.hypot(pa.x - pb.x, pa.y - pb.y, pa.z - pb.z), held)) return false;
  tip.x = (pa.x + pb.x) / 2;
  tip.y = (pa.y + pb.y) / 2;
  tip.z = (pa.z + pb.z) / 2;
  if (!held && !onModel(tip, placement, size)) return false;
  Object.assign(out, tip);
  out.yaw = forwardYaw(w.transform.orientation);
  return true;
}

/** A finger on a phone's screen (`screen` input source): where its ray meets the table top. */
export function readScreenTouch(
  source: XRInputSource,
  frame: XRFrame,
  space: XRReferenceSpace,
  tableY: number,
  out: Grip,
): boolean {
  if (source.targetRayMode !== 'screen') return false;
  const pose = frame.getPose(source.targetRaySpace, space);
  if (!pose) return false;
  const { position: p, orientation: o } = pose.transform;
  v.set(0, 0, -1).applyQuaternion(q.set(o.x, o.y, o.z, o.w));
  Object.assign(ray.origin, { x: p.x, y: p.y, z: p.z });
  Object.assign(ray.direction, { x: v.x, y: v.y, z: v.z });
  if (!rayOnTable(ray, tableY, out)) return false;
  out.yaw = 0;
  return true;
}
