import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import {
  BufferGeometry,
  Color,
  Float32BufferAttribute,
  Matrix4,
  Quaternion,
  Vector3,
  type InstancedMesh,
  type Line,
  type Mesh,
} from 'three';
import { emptyPose, MAX_SLOTS } from './poseCodec.ts';
import { createAvatarAssets, disposeAvatarAssets, drawNames } from './avatarAssets.ts';
import { useGroupStore, type GroupMember } from './groupStore.ts';
import type { TourConnection } from './tourConnection.ts';
import { installTourProbe } from './tourProbe.ts';

const noRaycast = () => {};
const scratchPose = emptyPose();
const matrix = new Matrix4();
const position = new Vector3();
const scale = new Vector3(1, 1, 1);
const rotation = new Quaternion();
const up = new Vector3(0, 1, 0);
const hidden = new Matrix4().makeScale(0, 0, 0);
const DOCENT_COLOR = new Color('#f2b632');
const VISITOR_COLOR = new Color('#4fa3ff');

interface Drawn {
  slots: number[];
  docentSlot: number;
}

/**
 * Everyone else in the tour: one instanced mesh for heads and bodies, one for hands, one for name tags
 * (billboards from one canvas atlas), plus the docent's laser dot and ray — 5 draw calls for 30 avatars.
 */
export function AvatarLayer({ connection }: { connection: TourConnection }) {
  const assets = useMemo(() => createAvatarAssets(), []);
  const bodies = useRef<InstancedMesh>(null);
  const hands = useRef<InstancedMesh>(null);
  const names = useRef<InstancedMesh>(null);
  const dot = useRef<Mesh>(null);
  const ray = useRef<Line>(null);
  const drawn = useRef<Drawn>({ slots: [], docentSlot: -1 });
  const members = useGroupStore((s) => s.snapshot?.members);
  const self = useGroupStore((s) => s.self);
  const docent = useGroupStore((s) => s.snapshot?.docent);
  const invalidate = useThree((s) => s.invalidate);
  const rayGeometry = useMemo(() => {
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new Float32BufferAttribute(new Float32Array(6), 3));
    return geometry;
  }, []);

  useEffect(
    () => () => {
      disposeAvatarAssets(assets);
      rayGeometry.dispose();
    },
    [assets, rayGeometry],
  );

  useEffect(
    () =>
      installTourProbe({
        avatarsShown: () => (bodies.current?.visible ? ((bodies.current.userData.shown as number) ?? 0) : 0),
        pointerShown: () => dot.current?.visible ?? false,
      }),
    [],
  );

  // The member list changes rarely: redraw the name atlas and the colours then.
  useEffect(() => {
    const others: GroupMember[] = (members ?? []).filter(
      (m) => m.id !== self && m.role !== 'spectator' && m.connected,
    );
    drawn.current = {
      slots: others.map((m) => m.slot),
      docentSlot: (members ?? []).find((m) => m.id === docent)?.slot ?? -1,
    };
    drawNames(
      assets,
      others.map((m) => ({ slot: m.slot, text: m.name, docent: m.id === docent })),
    );
    const row = assets.nameGeometry.getAttribute('row');
    others.forEach((m, i) => {
      row.setX(i, m.slot);
      bodies.current?.setColorAt(i, m.id === docent ? DOCENT_COLOR : VISITOR_COLOR);
    });
    row.needsUpdate = true;
    if (bodies.current?.instanceColor) bodies.current.instanceColor.needsUpdate = true;
    invalidate();
  }, [members, self, docent, assets, invalidate]);

  // Poses arrive at 10–20 Hz: keep drawing while any avatar is still gliding to its last sample.
  useEffect(() => {
    let version = -1;
    const timer = setInterval(() => {
      if (connection.poses.version !== version || connection.poses.moving(performance.now())) invalidate();
      version = connection.poses.version;
    }, 33);
    return () => clearInterval(timer);
  }, [connection, invalidate]);

  useFrame(() => {
    const b = bodies.current;
    const h = hands.current;
    const n = names.current;
    if (!b || !h || !n) return;
    const now = performance.now();
    const { slots, docentSlot } = drawn.current;
    let handCount = 0;
    let shown = 0;
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i] ?? 0;
      if (!connection.poses.sample(slot, now, scratchPose)) {
        b.setMatrixAt(i, hidden);
        n.setMatrixAt(i, hidden);
        continue;
      }
      shown += 1;
      rotation.setFromAxisAngle(up, scratchPose.yaw);
      position.set(scratchPose.x, scratchPose.y, scratchPose.z);
      b.setMatrixAt(i, matrix.compose(position, rotation, scale));
      position.y += 0.32;
      n.setMatrixAt(i, matrix.compose(position, rotation, scale));
      if (scratchPose.headset && handCount + 2 <= MAX_SLOTS * 2) {
        for (const hand of [scratchPose.left, scratchPose.right]) {
          position.set(hand[0], hand[1], hand[2]);
          h.setMatrixAt(handCount++, matrix.compose(position, rotation, scale));
        }
      }
    }
    b.count = slots.length;
    n.count = slots.length;
    h.count = handCount;
    b.visible = slots.length > 0;
    n.visible = slots.length > 0;
    h.visible = handCount > 0;
    b.instanceMatrix.needsUpdate = true;
    n.instanceMatrix.needsUpdate = true;
    h.instanceMatrix.needsUpdate = true;
    b.userData.shown = shown;
    const d = dot.current;
    const r = ray.current;
    const pointing =
      docentSlot >= 0 &&
      slots.includes(docentSlot) &&
      connection.poses.sample(docentSlot, now, scratchPose) &&
      scratchPose.pointer;
    if (d && r) {
      d.visible = !!pointing;
      r.visible = !!pointing;
      if (pointing && scratchPose.pointer) {
        const [px, py, pz] = scratchPose.pointer;
        d.position.set(px, py, pz);
        const from = scratchPose.headset ? scratchPose.right : null;
        const attribute = rayGeometry.getAttribute('position');
        attribute.setXYZ(
          0,
          from ? from[0] : scratchPose.x,
          from ? from[1] : scratchPose.y - 0.3,
          from ? from[2] : scratchPose.z,
        );
        attribute.setXYZ(1, px, py, pz);
        attribute.needsUpdate = true;
      }
    }
  });

  return (
    <group name="tour-avatars">
      <instancedMesh
        ref={bodies}
        args={[assets.body, assets.bodyMaterial, MAX_SLOTS]}
        raycast={noRaycast}
        frustumCulled={false}
        name="tour-avatar-bodies"
      />
      <instancedMesh
        ref={hands}
        args={[assets.hand, assets.bodyMaterial, MAX_SLOTS * 2]}
        raycast={noRaycast}
        frustumCulled={false}
      />
      <instancedMesh
        ref={names}
        args={[assets.nameGeometry, assets.nameMaterial, MAX_SLOTS]}
        raycast={noRaycast}
        frustumCulled={false}
        renderOrder={10}
      />
      <mesh
        ref={dot}
        geometry={assets.dot}
        material={assets.dotMaterial}
        raycast={noRaycast}
        visible={false}
      />
      <lineSegments ref={ray} geometry={rayGeometry} raycast={noRaycast} visible={false}>
        <lineBasicMaterial color="#ff4d4d" />
      </lineSegments>
    </group>
  );
}
