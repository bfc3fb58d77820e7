import { useEffect, useState } from 'react';
import { useHallAssets } from './useHallAssets.ts';
import { HallView } from './HallView.tsx';
import { useWebGL2 } from './useWebGL2.ts';
import { SceneErrorBoundary } from './SceneErrorBoundary.tsx';
import { useLangParam } from './useLangParam.ts';
import { ErrorScreen } from '../ui/ErrorScreen.tsx';
import { LoadingScreen } from '../ui/LoadingScreen.tsx';
import { TextView } from '../ui/TextView.tsx';
import { useT } from '../ui/useT.ts';
import { RefusedUpdateNotice } from '../kiosk/RefusedUpdateNotice.tsx';
import { readFlags } from './flags.ts';
import { signalTextOnlyReady } from '../kiosk/pwa/afterHallSettled.ts';
import { loadHallCanvas } from './loadHallCanvas.ts';
import { useServedFonts } from '../ui/useServedFonts.ts';
import { useLoadStore } from '../state/loadStore.ts';

/** Load → validate → render; or a clear error screen; or, without WebGL, the text view. */
export function App() {
  const [reloadKey, setReloadKey] = useState(0);
  const assets = useHallAssets(reloadKey);
  // null while the GPU starts (off the main thread); the content loads meanwhile.
  const webgl = useWebGL2();
  const [kiosk] = useState(() => readFlags(window.location.search).kiosk);
  // A kiosk showing its last good exhibition because an update was refused says so, for the operator.
  const refusedNotice = kiosk && <RefusedUpdateNotice />;
  const { t } = useT();
  useLangParam();
  const retry = () => setReloadKey((k) => k + 1);
  // The 3D chunk downloads beside the content (never for a browser without WebGL2 at all) while the GPU
  // starts; it is only run once the probe says the hall can draw.
  useEffect(() => {
    if (typeof WebGL2RenderingContext === 'function') void loadHallCanvas().catch(() => {});
  }, []);
  const textOnly = assets.status === 'ready' && webgl === false;
  // The served fonts wait for the hall's first frame (or start at once where there is no hall).
  const firstFrame = useLoadStore((s) => s.firstFrame);
  useServedFonts(webgl === false || firstFrame);
  useEffect(() => {
    if (textOnly) signalTextOnlyReady();
  }, [textOnly]);

  if (assets.status === 'error') return <ErrorScreen issues={assets.error.issues} onRetry={retry} />;
  if (assets.status === 'loading' || webgl === null) return <LoadingScreen />;
  if (!webgl)
    return (
      <>
        {refusedNotice}
        <p className="no-webgl" role="note" data-testid="no-webgl">
          {t('noWebgl')}
        </p>
        <TextView exhibition={assets.exhibition} />
      </>
    );
  return (
    <>
      {refusedNotice}
      <SceneErrorBoundary
        fallback={(error) => (
          <ErrorScreen issues={[{ file: 'scene', path: '', message: error.message }]} onRetry={retry} />
        )}
      >
        <HallView
          exhibition={assets.exhibition}
          layout={assets.layout}
          nav={assets.nav}
          router={assets.router}
        />
      </SceneErrorBoundary>
    </>
  );
}
