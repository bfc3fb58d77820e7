import { useEffect, useState } from 'react';
import { useHallAssets } from './useHallAssets.ts';
import { HallView } from './HallView.tsx';
import { hasWebGL2 } from './webgl.ts';
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

/** Load → validate → render; or a clear error screen; or, without WebGL, the text view. */
export function App() {
  const [reloadKey, setReloadKey] = useState(0);
  const assets = useHallAssets(reloadKey);
  const [webgl] = useState(hasWebGL2);
  const [kiosk] = useState(() => readFlags(window.location.search).kiosk);
  // A kiosk showing its last good exhibition because an update was refused says so, for the operator.
  const refusedNotice = kiosk && <RefusedUpdateNotice />;
  const { t } = useT();
  useLangParam();
  const retry = () => setReloadKey((k) => k + 1);
  // The 3D chunk downloads beside the content and fonts (never for a browser without WebGL).
  useEffect(() => {
    if (webgl) void loadHallCanvas().catch(() => {});
  }, [webgl]);
  const textOnly = assets.status === 'ready' && !webgl;
  useEffect(() => {
    if (textOnly) signalTextOnlyReady();
  }, [textOnly]);

  if (assets.status === 'error') return <ErrorScreen issues={assets.error.issues} onRetry={retry} />;
  if (assets.status === 'loading') return <LoadingScreen />;
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
