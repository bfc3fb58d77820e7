import { useEffect, useRef, type ReactNode } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { XROrigin, useXRStore } from '@react-three/xr';
import { Quaternion, Vector3, type Group } from 'three';
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
const rightStick = { x: 0, y: 0 };
const leftStick = { x: 0, y: 0 };

/**
 * The visitor's play space in the hall. Its pose is the player pose (so leaving VR, the browser view
 * continues from where the headset was). Glide requests (directory, deep links) become instant
 * teleports — no artificial motion in a headset. Right stick: snap turn about the head. Left stick:
 * smooth walking with collisions and a comfort vignette, when the visitor turns it on.
 */
const q = new Quaternion();
const look = new Vector3();

/** The head in hall coordinates from the viewer pose (relative to the play space) and the origin's pose. */
function trackHead(
  frame: XRFrame | undefined,
  space: XRReferenceSpace | undefined,
  origin: { x: number; z: number; yaw: number },
  out: { x: number; z: number; yaw: number },
) {
  const viewer = space ? frame?.getViewerPose(space) : undefined;
  if (!viewer) return;
  const { position: p, orientation: o } = viewer.transform;
  const c = Math.cos(origin.yaw);
  const s = Math.sin(origin.yaw);
  out.x = origin.x + p.x * c + p.z * s;
  out.z = origin.z - p.x * s + p.z * c;
  look.set(0, 0, -1).applyQuaternion(q.set(o.x, o.y, o.z, o.w));
  out.yaw = origin.yaw + yawOf(look.x, look.z);
}

export function VROrigin({ nav, children }: { nav: NavField; children?: ReactNode }) {
  const ref = useRef<Group>(null);
  const store = useXRStore();
  const xrCamera = useThree((s) => s.gl.xr.getCamera());
  const snap = useRef({ armed: true });
  const nonce = useRef(usePlayerStore.getState().glide?.nonce ?? 0);
  const speed = useRef(0);
  /** The head's last tracked place and heading, handed to the browser view when the session ends. */
  const lastHead = useRef<{ x: number; z: number; yaw: number } | null>(null);

  useEffect(
    () =>
      store.subscribe((state, prev) => {
        if (!prev.session || state.session) return;
        // Session ended: hand the headset's place and heading back to the browser view.
        const pose = usePlayerStore.getState().pose;
        const last = lastHead.current;
        if (!last) return;
        pose.x = last.x;
        pose.z = last.z;
        pose.yaw = last.yaw;
        pose.pitch = 0;
      }),
    [store, xrCamera],
  );

  useFrame((_, rawDt, frame: XRFrame | undefined) => {
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
    trackHead(
      frame,
      store.getState().originReferenceSpace,
      origin,
      (lastHead.current ??= { x: 0, z: 0, yaw: 0 }),
    );
    const sources = store.getState().inputSourceStates;
    const turn = snapTurn(thumbstick(sources, 'right', rightStick).x, snap.current);
    if (turn) turnAboutHead(origin, headPoint, turn);
    speed.current = 0;
    if (useVRStore.getState().smoothLocomotion) {
      const left = thumbstick(sources, 'left', leftStick);
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
