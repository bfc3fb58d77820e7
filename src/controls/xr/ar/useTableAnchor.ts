import { useEffect, useRef } from 'react';
import { useXRStore, requestXRAnchor } from '@react-three/xr';
import { Quaternion, Vector3 } from 'three';
import type { TableAnchor } from './TableModelRoot.tsx';
import type { TablePlacement } from './tableGestures.ts';

const level = new Quaternion();

/**
 * Anchors the model where it was placed (WebXR anchors, where the device has them), again after each
 * move, so it stays on its table while the visitor walks around it. Without anchors the model simply
 * stays where it was put in the session's space. Calls `onAnchored` once an anchor holds it.
 */
export function useTableAnchor(placement: TablePlacement | null, onAnchored: () => void) {
  const store = useXRStore();
  const anchor = useRef<TableAnchor | null>(null);
  useEffect(() => {
    if (!placement) return;
    let cancelled = false;
    const at = { x: placement.x, y: placement.y, z: placement.z };
    requestXRAnchor(store, {
      relativeTo: 'world',
      worldPosition: new Vector3(at.x, at.y, at.z),
      worldQuaternion: level,
    })
      .then((made) => {
        if (!made) return;
        if (cancelled) return made.delete();
        anchor.current = { anchor: made, at };
        onAnchored();
      })
      .catch((error: unknown) => console.warn('[hall] the model stays unanchored', error));
    return () => {
      cancelled = true;
      anchor.current?.anchor.delete();
      anchor.current = null;
    };
  }, [store, placement, onAnchored]);
  return anchor;
}
