import { useEffect, useRef, type ReactNode } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { XROrigin, useXRStore } from '@react-three/xr';
import { Vector3, type Group } from 'three';
import { slideMove, type NavField } from '../../layout/navigation.ts';
import { usePlayerStore } from '../../state/playerStore.ts';
import { useVRStore } from '../../state/vrStore.ts';
import { originAt, snapTurn, turnAboutHead, yawOf } from './vrMotion.ts';
import { thumbstick } from './thumbsticks.ts';
import { ComfortVignette } from './ComfortVignette.tsx';

const SMOOTH_SPEED = 1.6;
const head = new Vector3();
const forward = new Vector3();
const headPoint = { x: 0, z: 0 };
const moved = { x: 0, z: 0 };

/**
 * The visitor's play space in the hall. Its pose is the player pose (so leaving VR, the browser view
 * continues from where the headset was). Glide requests (directory, deep links) become instant
 * teleports — no artificial motion in a headset. Right stick: snap turn about the head. Left stick:
 * smooth walking with collisions and a comfort vignette, when the visitor turns it on.
 */
export function VROrigin({ nav, children }: { nav: NavField; children?: ReactNode }) {
  const ref = useRef<Group>(null);
  const store = useXRStore();
  const xrCamera = useThree((s) => s.gl.xr.getCamera());
  const armed = useRef(true);
  const nonce = useRef(usePlayerStore.getState().glide?.nonce ?? 0);
  const speed = useRef(0);

  useEffect(
    () =>
      store.subscribe((state, prev) => {
        if (!prev.session || state.session) return;
        // Session ended: hand the headset's place and heading back to the browser view.
        const pose = usePlayerStore.getState().pose;
        xrCamera.getWorldPosition(head);
        xrCamera.getWorldDirection(forward);
        pose.x = head.x;
        pose.z = head.z;
        pose.yaw = yawOf(forward.x, forward.z);
        pose.pitch = 0;
      }),
    [store, xrCamera],
  );

  useFrame((_, rawDt) => {
    const dt = Math.min(rawDt, 0.1);
    const player = usePlayerStore.getState();
    const origin = player.pose;
    if (player.glide && player.glide.nonce !== nonce.current) {
      nonce.current = player.glide.nonce;
      originAt(origin, player.glide.target);
    }
    xrCamera.getWorldPosition(head);
    headPoint.x = head.x;
    headPoint.z = head.z;
    const sources = store.getState().inputSourceStates;
    const right = thumbstick(sources, 'right');
    const snap = snapTurn(right.x, armed.current);
    armed.current = snap.armed;
    if (snap.turn) turnAboutHead(origin, headPoint, snap.turn);
    speed.current = 0;
    if (useVRStore.getState().smoothLocomotion) {
      const left = thumbstick(sources, 'left');
      if (Math.abs(left.x) > 0.15 || Math.abs(left.y) > 0.15) {
        xrCamera.getWorldDirection(forward);
        const yaw = yawOf(forward.x, forward.z);
        const step = SMOOTH_SPEED * dt;
        const dx = (-Math.sin(yaw) * -left.y + Math.cos(yaw) * left.x) * step;
        const dz = (-Math.cos(yaw) * -left.y - Math.sin(yaw) * left.x) * step;
        slideMove(nav, headPoint, dx, dz, moved);
        origin.x += moved.x - headPoint.x;
        origin.z += moved.z - headPoint.z;
        speed.current = Math.min(1, Math.hypot(left.x, left.y));
      }
    }
    const group = ref.current;
    if (group) {
      group.position.set(origin.x, 0, origin.z);
      group.rotation.set(0, origin.yaw, 0);
    }
  });

  return (
    <XROrigin ref={ref}>
      <ComfortVignette camera={xrCamera} strength={speed} />
      {children}
    </XROrigin>
  );
}
