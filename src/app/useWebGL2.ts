import { useEffect, useState } from 'react';
import { hasWebGL2, warmUpGpu } from './webgl.ts';
import { isSoftwareRendererName } from '../text/isSoftwareRenderer.ts';
import { useDisplayStore } from '../state/displayStore.ts';

/**
 * Whether the hall can draw here: null while the GPU starts (off the main thread, see warmUpGpu), then the
 * worker's answer when it made a WebGL2 context. Only where it could not tell (no OffscreenCanvas, no
 * answer) or could not make one does a main-thread probe decide: that probe is one more context, 15–40 ms
 * of main thread on a phone under SwiftShader (issue #11).
 */
export function useWebGL2(): boolean | null {
  const [webgl, setWebgl] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    void warmUpGpu().then(({ ok, renderer }) => {
      if (!live) return;
      useDisplayStore.getState().setSoftwareRenderer(renderer !== null && isSoftwareRendererName(renderer));
      setWebgl(ok === true || hasWebGL2());
    });
    return () => {
      live = false;
    };
  }, []);
  return webgl;
}
