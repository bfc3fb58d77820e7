import { useEffect, useState } from 'react';
import { hasWebGL2, warmUpGpu } from './webgl.ts';
import { isSoftwareRendererName } from '../text/isSoftwareRenderer.ts';
import { useDisplayStore } from '../state/displayStore.ts';

/**
 * Whether the hall can draw here: null while the GPU starts (off the main thread, see warmUpGpu), then
 * the answer of a main-thread probe, which is cheap by then.
 */
export function useWebGL2(): boolean | null {
  const [webgl, setWebgl] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    void warmUpGpu().then(({ renderer }) => {
      if (!live) return;
      useDisplayStore.getState().setSoftwareRenderer(renderer !== null && isSoftwareRendererName(renderer));
      setWebgl(hasWebGL2());
    });
    return () => {
      live = false;
    };
  }, []);
  return webgl;
}
