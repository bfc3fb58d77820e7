import { useEffect, type RefObject } from 'react';
import { useFrame } from '@react-three/fiber';
import { useXRStore } from '@react-three/xr';
import type { Group } from 'three';
import { modelRootPose, type TabletopFrame } from '../../../layout/tabletopModel.ts';
import type { TablePlacement } from './tableGestures.ts';

const pose = { x: 0, y: 0, z: 0, yaw: 0, scale: 1 };
const drifted: TablePlacement = { x: 0, y: 0, z: 0, yaw: 0, scale: 1 };

/** An anchor and where the model stood when it was made: the anchor's later moves carry the model. */
export interface TableAnchor {
  anchor: XRAnchor;
  at: { x: number; y: number; z: number };
}

interface Props {
  hallRoot: RefObject<Group | null>;
  frame: TabletopFrame;
  live: { current: TablePlacement };
  anchor: { current: TableAnchor | null };
  shown: boolean;
}

/**
 * The full hall's root group becomes the tabletop model: every XR frame it takes the live placement
 * (reticle, gestures), corrected by the anchor's drift where the device tracks anchors, through
 * modelRootPose. On leaving the table (Step inside, the session's end) the hall is full size again.
 */
export function TableModelRoot({ hallRoot, frame, live, anchor, shown }: Props) {
  const store = useXRStore();
  useEffect(() => {
    const root = hallRoot.current;
    return () => {
      if (!root) return;
      root.position.set(0, 0, 0);
      root.rotation.set(0, 0, 0);
      root.scale.setScalar(1);
      root.visible = true;
      root.userData.table = undefined;
    };
  }, [hallRoot]);
  useFrame((_, __, xrFrame: XRFrame | undefined) => {
    const root = hallRoot.current;
    if (!root) return;
    root.visible = shown;
    const p = live.current;
    drifted.x = p.x;
    drifted.y = p.y;
    drifted.z = p.z;
    drifted.yaw = p.yaw;
    drifted.scale = p.scale;
    const held = anchor.current;
    const space = store.getState().originReferenceSpace;
    const tracked = held && space ? xrFrame?.getPose(held.anchor.anchorSpace, space) : undefined;
    if (held && tracked) {
      drifted.x += tracked.transform.position.x - held.at.x;
      drifted.y += tracked.transform.position.y - held.at.y;
      drifted.z += tracked.transform.position.z - held.at.z;
    }
    modelRootPose(frame, drifted, pose);
    root.position.set(pose.x, pose.y, pose.z);
    root.rotation.set(0, pose.yaw, 0);
    root.scale.setScalar(pose.scale);
    // For tests and the bench, read as a visitor would see it: is the model anchored, and how large.
    root.userData.table = held ? 'anchored' : 'placed';
  });
  return null;
}
