import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { Matrix4, Raycaster, Vector2, Vector3, type Camera, type Object3D } from 'three';
import { encodePose, emptyPose } from './poseCodec.ts';
import type { TourConnection } from './tourConnection.ts';

const pose = emptyPose();
const head = new Vector3();
const look = new Vector3();
const world = new Matrix4();
const hand = new Vector3();
const raycaster = new Raycaster();
const centre = new Vector2();
const origin = new Vector3();
const direction = new Vector3();
const HEARTBEAT_MS = 2000;
const POINTER_RANGE = 40;

function sameBytes(a: Uint8Array | null, b: Uint8Array): boolean {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Sends this visitor's pose at the tour's rate (only when it changed, plus a heartbeat): the head from
 * the camera (the XR camera in a headset, with both controllers), and for the docent a laser dot where
 * their pointer (mouse, or right controller in VR) meets the hall. Runs on a timer, not in the frame loop.
 */
export function PoseSender({
  connection,
  hz,
  pointer,
}: {
  connection: TourConnection;
  hz: number;
  pointer: boolean;
}) {
  const gl = useThree((s) => s.gl);
  const get = useThree((s) => s.get);

  useEffect(() => {
    let last: Uint8Array | null = null;
    let lastSent = 0;
    // The docent's mouse ray is cast again only when the mouse or the view moved (a cast walks the hall).
    const aimed = new Matrix4();
    const aimedAt = { x: Number.NaN, y: Number.NaN };
    const dot: [number, number, number] = [0, 0, 0];
    let dotShown = false;
    const timer = setInterval(() => {
      const { camera, scene, pointer: mouse } = get();
      const xr = gl.xr.isPresenting;
      const eye: Camera = xr ? gl.xr.getCamera() : camera;
      eye.updateMatrixWorld();
      head.setFromMatrixPosition(eye.matrixWorld);
      look.set(0, 0, -1).transformDirection(eye.matrixWorld);
      pose.x = head.x;
      pose.y = head.y;
      pose.z = head.z;
      pose.yaw = Math.atan2(-look.x, -look.z);
      pose.headset = xr;
      const rig: Object3D | null = camera.parent;
      if (xr) {
        for (const [index, out] of [
          [0, pose.left],
          [1, pose.right],
        ] as const) {
          const controller = gl.xr.getController(index);
          world.multiplyMatrices(rig ? rig.matrixWorld : world.identity(), controller.matrix);
          hand.setFromMatrixPosition(world);
          out[0] = hand.x;
          out[1] = hand.y;
          out[2] = hand.z;
        }
      }
      pose.pointer = null;
      if (pointer) {
        const mouseAt = mouse ?? centre;
        const moved =
          xr || mouseAt.x !== aimedAt.x || mouseAt.y !== aimedAt.y || !aimed.equals(camera.matrixWorld);
        if (moved) {
          if (xr) {
            const right = gl.xr.getController(1);
            world.multiplyMatrices(rig ? rig.matrixWorld : world.identity(), right.matrix);
            origin.setFromMatrixPosition(world);
            direction.set(0, 0, -1).transformDirection(world);
            raycaster.set(origin, direction);
          } else raycaster.setFromCamera(mouseAt, camera);
          aimed.copy(camera.matrixWorld);
          aimedAt.x = mouseAt.x;
          aimedAt.y = mouseAt.y;
          raycaster.far = POINTER_RANGE;
          const hit = raycaster.intersectObjects(scene.children, true)[0];
          dotShown = !!hit;
          if (hit) hit.point.toArray(dot);
        }
        if (dotShown) pose.pointer = dot;
      }
      const bytes = encodePose(pose);
      const now = performance.now();
      if (sameBytes(last, bytes) && now - lastSent < HEARTBEAT_MS) return;
      connection.sendPose(bytes);
      last = bytes;
      lastSent = now;
    }, 1000 / hz);
    return () => clearInterval(timer);
  }, [connection, hz, pointer, gl, get]);

  return null;
}
