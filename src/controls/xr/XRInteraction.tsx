import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { useXR } from '@react-three/xr';
import {
  BufferAttribute,
  BufferGeometry,
  Color,
  Line,
  LineBasicMaterial,
  Matrix4,
  Mesh,
  MeshBasicMaterial,
  RingGeometry,
  Vector3,
} from 'three';
import { isWalkable, type NavField } from '../../layout/navigation.ts';
import { usePlayerStore } from '../../state/playerStore.ts';
import { ARC_MAX_POINTS, computeArc, createArcResult } from './teleportArc.ts';
import { isTeleporter } from './inputRoles.ts';
import { moveHeadTo } from './vrMotion.ts';

const matrix = new Matrix4();
const origin = new Vector3();
const direction = new Vector3();
const head = new Vector3();
const arcResult = createArcResult();
const VALID = new Color('#7fe3ff');
const INVALID = new Color('#ff6b6b');

/**
 * The one teleport path: hold the left controller's trigger to show the arc and its marker (the marker
 * only on walkable floor; the arc turns red elsewhere), release to go there. Selection (right ray, hand
 * pinch, gaze-and-pinch) is not here: it is @react-three/xr's pointer events (createHallXRStore.ts),
 * and the left controller has no pointer of the library's, so one trigger pull has one meaning.
 */
export function XRInteraction({ nav }: { nav: NavField }) {
  const session = useXR((s) => s.session);
  const referenceSpace = useXR((s) => s.originReferenceSpace);
  const originObject = useXR((s) => s.origin);
  const xrCamera = useThree((s) => s.gl.xr.getCamera());
  const teleportSource = useRef<XRInputSource | null>(null);
  const target = useRef({ valid: false, x: 0, z: 0 });

  const { arc, marker } = useMemo(() => {
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(new Float32Array(ARC_MAX_POINTS * 3), 3));
    const line = new Line(geometry, new LineBasicMaterial({ color: VALID }));
    line.name = 'teleport-arc';
    line.frustumCulled = false;
    line.visible = false;
    const ring = new Mesh(
      new RingGeometry(0.18, 0.26, 32).rotateX(-Math.PI / 2),
      new MeshBasicMaterial({ color: VALID }),
    );
    ring.name = 'teleport-marker';
    ring.visible = false;
    return { arc: line, marker: ring };
  }, []);
  useEffect(
    () => () => {
      arc.geometry.dispose();
      arc.material.dispose();
      marker.geometry.dispose();
      marker.material.dispose();
    },
    [arc, marker],
  );

  useEffect(() => {
    if (!session) return;
    const onStart = (e: XRInputSourceEvent) => {
      if (isTeleporter(e.inputSource)) teleportSource.current = e.inputSource;
    };
    const onEnd = (e: XRInputSourceEvent) => {
      if (teleportSource.current !== e.inputSource) return;
      teleportSource.current = null;
      const landing = target.current;
      if (landing.valid) {
        xrCamera.getWorldPosition(head);
        moveHeadTo(usePlayerStore.getState().pose, { x: head.x, z: head.z }, landing);
      }
    };
    session.addEventListener('selectstart', onStart);
    session.addEventListener('selectend', onEnd);
    return () => {
      session.removeEventListener('selectstart', onStart);
      session.removeEventListener('selectend', onEnd);
    };
  }, [session, xrCamera]);

  useFrame((_, __, frame: XRFrame | undefined) => {
    const source = teleportSource.current;
    target.current.valid = false;
    const pose =
      source && frame && referenceSpace && originObject
        ? frame.getPose(source.targetRaySpace, referenceSpace)
        : undefined;
    if (!pose || !originObject) {
      arc.visible = false;
      marker.visible = false;
      return;
    }
    matrix.fromArray(pose.transform.matrix).premultiply(originObject.matrixWorld);
    origin.setFromMatrixPosition(matrix);
    direction.set(0, 0, -1).transformDirection(matrix);
    const positions = arc.geometry.getAttribute('position') as BufferAttribute;
    const { count, hit, x, z } = computeArc(origin, direction, positions.array as Float32Array, arcResult);
    positions.needsUpdate = true;
    arc.geometry.setDrawRange(0, count);
    arc.visible = true;
    const valid = hit && isWalkable(nav, x, z);
    marker.visible = valid;
    if (valid) {
      marker.position.set(x, 0.02, z);
      target.current.valid = true;
      target.current.x = x;
      target.current.z = z;
    }
    arc.material.color.copy(valid ? VALID : INVALID);
  });

  return (
    <>
      <primitive object={arc} />
      <primitive object={marker} />
    </>
  );
}
