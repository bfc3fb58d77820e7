import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { useXR } from '@react-three/xr';
import {
  BufferAttribute,
  BufferGeometry,
  Line,
  LineBasicMaterial,
  Matrix4,
  Mesh,
  MeshBasicMaterial,
  Raycaster,
  RingGeometry,
  Vector3,
  type Intersection,
  type Object3D,
} from 'three';
import { isWalkable, type NavField } from '../../layout/navigation.ts';
import { usePlayerStore } from '../../state/playerStore.ts';
import { ARC_MAX_POINTS, computeArc } from './teleportArc.ts';
import { moveHeadTo } from './vrMotion.ts';

/** Objects that react to an XR select carry this in userData (booth hit boxes, panel buttons). */
export interface XRSelectable {
  onXRSelect: (hit: Intersection) => void;
}

const matrix = new Matrix4();
const origin = new Vector3();
const direction = new Vector3();
const head = new Vector3();
const raycaster = new Raycaster();

function selectables(scene: Object3D): Object3D[] {
  const out: Object3D[] = [];
  scene.traverseVisible((o) => {
    if ((o.userData as Partial<XRSelectable>).onXRSelect) out.push(o);
  });
  return out;
}

/**
 * Selection and teleport for every XR input, straight from WebXR select events:
 *  - left controller: hold the trigger to show the teleport arc and its marker (only on walkable floor),
 *    release to go there;
 *  - right controller ray, hand pinch, Vision Pro gaze-and-pinch (transient pointer): select what the
 *    ray hits first (booth, panel button).
 */
export function XRInteraction({ nav }: { nav: NavField }) {
  const session = useXR((s) => s.session);
  const referenceSpace = useXR((s) => s.originReferenceSpace);
  const originObject = useXR((s) => s.origin);
  const scene = useThree((s) => s.scene);
  const xrCamera = useThree((s) => s.gl.xr.getCamera());
  const teleportSource = useRef<XRInputSource | null>(null);
  const target = useRef<{ x: number; z: number } | null>(null);

  const { arc, marker } = useMemo(() => {
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(new Float32Array(ARC_MAX_POINTS * 3), 3));
    const line = new Line(geometry, new LineBasicMaterial({ color: '#7fe3ff' }));
    line.name = 'teleport-arc';
    line.frustumCulled = false;
    line.visible = false;
    const ring = new Mesh(
      new RingGeometry(0.18, 0.26, 32).rotateX(-Math.PI / 2),
      new MeshBasicMaterial({ color: '#7fe3ff' }),
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

  /** World-space ray of an input source in this frame; false when not tracked. */
  const rayOf = (frame: XRFrame, source: XRInputSource): boolean => {
    if (!referenceSpace || !originObject) return false;
    const pose = frame.getPose(source.targetRaySpace, referenceSpace);
    if (!pose) return false;
    matrix.fromArray(pose.transform.matrix).premultiply(originObject.matrixWorld);
    origin.setFromMatrixPosition(matrix);
    direction.set(0, 0, -1).transformDirection(matrix);
    return true;
  };

  useEffect(() => {
    if (!session) return;
    const isTeleporter = (s: XRInputSource) =>
      s.handedness === 'left' && !s.hand && s.targetRayMode === 'tracked-pointer';
    const onStart = (e: XRInputSourceEvent) => {
      if (isTeleporter(e.inputSource)) teleportSource.current = e.inputSource;
    };
    const onEnd = (e: XRInputSourceEvent) => {
      if (teleportSource.current !== e.inputSource) return;
      teleportSource.current = null;
      const landing = target.current;
      if (landing) {
        xrCamera.getWorldPosition(head);
        moveHeadTo(usePlayerStore.getState().pose, { x: head.x, z: head.z }, landing);
      }
    };
    const onSelect = (e: XRInputSourceEvent) => {
      if (isTeleporter(e.inputSource) || !rayOf(e.frame, e.inputSource)) return;
      raycaster.set(origin, direction);
      const hit = raycaster.intersectObjects(selectables(scene), false)[0];
      if (hit) (hit.object.userData as XRSelectable).onXRSelect(hit);
    };
    session.addEventListener('selectstart', onStart);
    session.addEventListener('selectend', onEnd);
    session.addEventListener('select', onSelect);
    return () => {
      session.removeEventListener('selectstart', onStart);
      session.removeEventListener('selectend', onEnd);
      session.removeEventListener('select', onSelect);
    };
  });

  useFrame((_, __, frame: XRFrame | undefined) => {
    const source = teleportSource.current;
    const positions = arc.geometry.getAttribute('position') as BufferAttribute;
    target.current = null;
    if (!source || !frame || !rayOf(frame, source)) {
      arc.visible = false;
      marker.visible = false;
      return;
    }
    const { count, hit } = computeArc(origin, direction, positions.array as Float32Array);
    positions.needsUpdate = true;
    arc.geometry.setDrawRange(0, count);
    arc.visible = true;
    const valid = hit !== null && isWalkable(nav, hit.x, hit.z);
    marker.visible = valid;
    if (valid && hit) {
      marker.position.set(hit.x, 0.02, hit.z);
      target.current = hit;
    }
    (arc.material as LineBasicMaterial).color.set(valid ? '#7fe3ff' : '#ff6b6b');
  });

  return (
    <>
      <primitive object={arc} />
      <primitive object={marker} />
    </>
  );
}
