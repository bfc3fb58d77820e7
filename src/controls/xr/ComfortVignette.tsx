import { useEffect, useMemo, type RefObject } from 'react';
import { useFrame } from '@react-three/fiber';
import { Mesh, MeshBasicMaterial, RingGeometry, type Object3D } from 'three';
import { damp } from '../glide.ts';

/**
 * A dark ring around the view that closes in while the visitor walks smoothly with the stick
 * (reduces vection, the main cause of VR motion sickness). Hidden, and free, when standing still.
 */
export function ComfortVignette({ camera, strength }: { camera: Object3D; strength: RefObject<number> }) {
  const mesh = useMemo(() => {
    const m = new Mesh(
      new RingGeometry(0.16, 1.2, 48, 1),
      new MeshBasicMaterial({
        color: '#000000',
        transparent: true,
        opacity: 0,
        depthTest: false,
        depthWrite: false,
      }),
    );
    m.position.set(0, 0, -0.3);
    m.renderOrder = 100;
    m.visible = false;
    m.name = 'comfort-vignette';
    return m;
  }, []);
  useEffect(() => {
    camera.add(mesh);
    return () => {
      camera.remove(mesh);
      mesh.geometry.dispose();
      mesh.material.dispose();
    };
  }, [camera, mesh]);
  useFrame((_, dt) => {
    const target = (strength.current ?? 0) * 0.85;
    mesh.material.opacity = damp(mesh.material.opacity, target, 10, dt);
    mesh.visible = mesh.material.opacity > 0.01;
  });
  return null;
}
