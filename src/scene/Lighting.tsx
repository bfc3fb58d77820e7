import { useEffect, useState } from 'react';
import { useThree } from '@react-three/fiber';
import { Color, Fog } from 'three';
import { makeRoomEnvironment } from './roomEnvironment.ts';
import { compileWithoutBlocking } from '../three/compileWithoutBlocking.ts';
import { useDisplayStore } from '../state/displayStore.ts';
import { useLoadStore } from '../state/loadStore.ts';
import { useARStore } from '../state/arStore.ts';
import { whenIdle } from '../lib/schedule.ts';

const BACKGROUND = '#0c0f16';

/**
 * Exhibition-hall light: a soft sky/ground fill, one key light, and image-based reflections generated
 * on the device from three's RoomEnvironment (no HDR file, nothing fetched).
 *
 * The reflections are made once all the hall's text is drawn and the main thread is idle: PMREM's blur
 * and GGX shaders are the slowest to compile of the whole hall (2.8 s of 4.8 s before the first frame under
 * SwiftShader), they change every lit material's program (compiled again), and the hall reads fine under
 * the two lights alone for the moment it takes. Off the path to the first frame and to readable signage;
 * every program involved is compiled without blocking (roomEnvironment.ts).
 */
export function Lighting() {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);
  const textReady = useLoadStore((s) => s.textReady);
  // Latched: a language switch typesets the text again, the environment stays.
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    if (!textReady || wanted) return;
    let cancelled = false;
    void whenIdle().then(() => !cancelled && setWanted(true));
    return () => {
      cancelled = true;
    };
  }, [textReady, wanted]);
  // The environment map lives only on the GPU: render it again after a context restore.
  const restoreCount = useDisplayStore((s) => s.restoreCount);
  // The tabletop model in AR: no sky and no fog, so the passthrough shows around the model.
  const onTable = useARStore((s) => s.view === 'table');
  useEffect(() => {
    if (onTable) return;
    scene.background = new Color(BACKGROUND);
    scene.fog = new Fog(BACKGROUND, 45, 150);
    return () => {
      scene.background = null;
      scene.fog = null;
    };
  }, [scene, onTable]);
  const get = useThree((s) => s.get);
  useEffect(() => {
    if (!wanted) return;
    let cancelled = false;
    let made: { dispose: () => void } | null = null;
    void makeRoomEnvironment(gl).then(async (environment) => {
      if (cancelled) return environment.dispose();
      made = environment;
      scene.environment = environment.texture;
      scene.environmentIntensity = 0.55;
      // Every lit material's program changes with an environment: compiled without blocking, then drawn.
      await compileWithoutBlocking(gl, scene, get().camera).catch(() => {});
      if (!cancelled) invalidate();
    });
    return () => {
      cancelled = true;
      scene.environment = null;
      made?.dispose();
    };
  }, [gl, scene, get, invalidate, wanted, restoreCount]);
  return (
    <>
      <hemisphereLight args={['#f3f6ff', '#3a3126', 1.1]} />
      <directionalLight position={[12, 20, 8]} intensity={1.6} color="#fff6ea" />
    </>
  );
}
