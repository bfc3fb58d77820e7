import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { Color, Fog, PMREMGenerator } from 'three';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';
import { useDisplayStore } from '../state/displayStore.ts';

const BACKGROUND = '#0c0f16';

/**
 * Exhibition-hall light: a soft sky/ground fill, one key light, and image-based reflections generated
 * on the device from three's RoomEnvironment (no HDR file, nothing fetched).
 */
export function Lighting() {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  // The environment map lives only on the GPU: render it again after a context restore.
  const restoreCount = useDisplayStore((s) => s.restoreCount);
  useEffect(() => {
    const pmrem = new PMREMGenerator(gl);
    const room = new RoomEnvironment();
    const target = pmrem.fromScene(room, 0.04);
    scene.environment = target.texture;
    scene.environmentIntensity = 0.55;
    scene.background = new Color(BACKGROUND);
    scene.fog = new Fog(BACKGROUND, 45, 150);
    room.dispose();
    pmrem.dispose();
    return () => {
      scene.environment = null;
      scene.fog = null;
      target.dispose();
    };
  }, [gl, scene, restoreCount]);
  return (
    <>
      <hemisphereLight args={['#f3f6ff', '#3a3126', 1.1]} />
      <directionalLight position={[12, 20, 8]} intensity={1.6} color="#fff6ea" />
    </>
  );
}
