import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { useDisplayStore } from '../state/displayStore.ts';

/**
 * WebGL context loss (driver reset, GPU memory pressure, a long-running kiosk) is recovered in place:
 * three.js restores its own state and re-uploads buffers and textures; we keep the loop going, tell the
 * visitor, and bump a counter so parts that rendered into GPU-only targets (the environment map) redo it.
 */
export function ContextLossGuard() {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const canvas = gl.domElement;
    const onLost = (event: Event) => {
      event.preventDefault(); // allow the browser to restore the context
      useDisplayStore.getState().setLost(true);
      console.warn('[hall] WebGL context lost; waiting for it to be restored');
    };
    const onRestored = () => {
      useDisplayStore.getState().restored();
      console.info('[hall] WebGL context restored');
      invalidate();
    };
    canvas.addEventListener('webglcontextlost', onLost);
    canvas.addEventListener('webglcontextrestored', onRestored);
    return () => {
      canvas.removeEventListener('webglcontextlost', onLost);
      canvas.removeEventListener('webglcontextrestored', onRestored);
    };
  }, [gl, invalidate]);
  return null;
}
