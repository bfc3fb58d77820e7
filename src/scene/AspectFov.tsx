import { useEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import type { PerspectiveCamera } from 'three';
import { displayWallCorners, type HallLayout } from '../layout/computeHallLayout.ts';
import { startViewForAspect } from '../layout/entranceFraming.ts';

/**
 * The camera's field of view for the screen's shape: the desktop's on 16:9 and 16:10 screens, wider on
 * narrower ones (4:3, portrait phones), which start at the back of the plaza, so the entrance's display walls
 * are in view from the start (layout/entranceFraming.ts, PlayerRig).
 * Follows resizes and rotations; an XR session sets its own projection and ignores it.
 */
export function AspectFov({ layout }: { layout: HallLayout }) {
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const width = useThree((s) => s.size.width);
  const height = useThree((s) => s.size.height);
  const invalidate = useThree((s) => s.invalidate);
  const corners = useMemo(() => displayWallCorners(layout.entrance.displayWalls), [layout]);
  useEffect(() => {
    const { entrance } = layout;
    const aspect = width / Math.max(1, height);
    const fov = startViewForAspect(aspect, corners, entrance.spawn.z, entrance.backSpawn.z).fovY;
    if (camera.fov === fov) return;
    camera.fov = fov;
    camera.updateProjectionMatrix();
    invalidate();
  }, [camera, width, height, corners, layout, invalidate]);
  return null;
}
