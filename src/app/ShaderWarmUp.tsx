import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { compileWithoutBlocking } from '../three/compileWithoutBlocking.ts';

/**
 * Compiles every shader program of the built hall before its first frame, without blocking: three's
 * `compileAsync` starts all compiles and then polls KHR_parallel_shader_compile, so the main thread stays
 * free while the GPU process compiles; where the extension is missing, a fence waits for the links
 * (three/compileWithoutBlocking.ts).
 */
export function ShaderWarmUp({ onDone }: { onDone: () => void }) {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  useEffect(() => {
    let cancelled = false;
    const start = performance.now();
    compileWithoutBlocking(gl, scene, camera)
      .catch((error: unknown) => console.warn('[hall] shader warm-up failed; compiling on first draw', error))
      .finally(() => {
        if (cancelled) return;
        performance.measure('hall:compile', { start });
        onDone();
      });
    return () => {
      cancelled = true;
    };
    // Runs once, when the hall is built.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [gl, scene, camera]);
  return null;
}
