import { useEffect, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { useXRStore, requestXRAnchor } from '@react-three/xr';
import { Quaternion, Vector3 } from 'three';
import type { TableAnchor } from './TableModelRoot.tsx';
import type { TablePlacement } from './tableGestures.ts';

const level = new Quaternion();
const at = new Vector3();

/**
 * Anchors the model where it was placed (WebXR anchors, where the device has them), again after each
 * move, so it stays on its table while the visitor walks around it. Without anchors the model simply
 * stays where it was put in the session's space. Calls `onAnchored` once an anchor holds it.
 * The anchor is asked for inside an XR frame's callback: a frame is only valid there.
 */
export function useTableAnchor(placement: TablePlacement | null, onAnchored: () => void) {
  const store = useXRStore();
  const anchor = useRef<TableAnchor | null>(null);
  const wanted = useRef<{ placement: TablePlacement; cancelled: boolean } | null>(null);
  useEffect(() => {
    if (!placement) return;
    const request = { placement, cancelled: false };
    wanted.current = request;
    return () => {
      request.cancelled = true;
      if (wanted.current === request) wanted.current = null;
      anchor.current?.anchor.delete();
      anchor.current = null;
    };
  }, [placement]);
  useFrame((_, __, frame: XRFrame | undefined) => {
    const request = wanted.current;
    if (!request || !frame) return;
    wanted.current = null;
    const { x, y, z } = request.placement;
    void requestXRAnchor(store, {
      relativeTo: 'world',
      worldPosition: at.set(x, y, z),
      worldQuaternion: level,
      frame,
    })
      .then((made) => {
        if (!made) return;
        if (request.cancelled) return made.delete();
        anchor.current = { anchor: made, at: { x, y, z } };
        onAnchored();
      })
      .catch((error: unknown) => console.warn('[hall] the model stays unanchored', error));
  });
  return anchor;
}
