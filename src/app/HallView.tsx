import { lazy, Suspense, useCallback, useMemo, useRef } from 'react';
import { Canvas } from '@react-three/fiber';
import type { Exhibition } from '../content/schema.ts';
import type { HallLayout } from '../layout/computeHallLayout.ts';
import { isWalkable, type NavField } from '../layout/navigation.ts';
import type { FontRouter } from '../text/fontManifest.ts';
import type { Lang } from '../i18n/lang.ts';
import { createMoveInput, MoveInputContext } from '../controls/moveInput.ts';
import { PlayerRig, EYE_HEIGHT } from '../controls/PlayerRig.tsx';
import { DesktopControls } from '../controls/desktop/DesktopControls.tsx';
import { Hall } from '../scene/Hall.tsx';
import { useHallStore } from '../state/hallStore.ts';
import { usePlayerStore } from '../state/playerStore.ts';
import { useVRStore } from '../state/vrStore.ts';
import { ReadySignal } from './ReadySignal.tsx';
import { HallProbe } from './HallProbe.tsx';
import { ContextLossGuard } from './ContextLossGuard.tsx';
import { goToBooth } from './goToBooth.ts';
import { useHashRoute } from './useHashRoute.ts';
import { readFlags } from './flags.ts';
import { useXRRuntime } from './useXRRuntime.ts';
import { HallOverlay } from './HallOverlay.tsx';
import { SceneErrorBoundary } from './SceneErrorBoundary.tsx';
import { TourController } from '../kiosk/TourController.tsx';
import { KioskLayer } from '../kiosk/KioskLayer.tsx';
import { useKioskSettings } from '../kiosk/useKioskSettings.ts';
import { useVisitStatistics } from '../kiosk/stats/useVisitStatistics.ts';
import { useIsOperatorRoute } from '../ui/operator/operatorRoute.ts';
import { AdaptiveResolution } from '../perf/AdaptiveResolution.tsx';
import { fullPixelRatio } from '../perf/adaptiveResolution.ts';
import { TourPresence } from '../tour/TourPresence.tsx';

const OperatorPage = lazy(() => import('../ui/operator/OperatorPage.tsx'));

const PerfOverlay = lazy(() => import('../perf/PerfOverlay.tsx'));
const HallXR = lazy(() => import('../controls/xr/HallXR.tsx'));

interface Props {
  exhibition: Exhibition;
  layout: HallLayout;
  nav: NavField;
  router: FontRouter;
}

const GUIDED_DWELL_SECONDS = 14;

/** The attract loop's language rotation, starting with the default language (what a reset returns to). */
function rotationFrom(rotation: Lang[], first: Lang): Lang[] {
  const start = Math.max(0, rotation.indexOf(first));
  return [...rotation.slice(start), ...rotation.slice(0, start)];
}

/** The 3D hall, its controls per input mode and its DOM overlay. The canvas renders on demand. */
export function HallView({ exhibition, layout, nav, router }: Props) {
  const input = useMemo(() => createMoveInput(), []);
  const flags = useMemo(() => readFlags(window.location.search), []);
  const xr = useXRRuntime(flags.emulate);
  const kiosk = useKioskSettings(flags.kiosk, exhibition);
  const settings = kiosk.status === 'ready' ? kiosk.settings : null;
  const inVR = useVRStore((s) => s.status === 'in-session');
  const lang = useHallStore((s) => s.lang);
  const setHovered = useHallStore((s) => s.setHovered);
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const invalidateRef = useRef<() => void>(() => {});
  useHashRoute(layout);
  // Kiosk only: per-booth visits and dwell, kept on the device for the operator page.
  useVisitStatistics(flags.kiosk);
  const operatorRoute = useIsOperatorRoute();

  const onGoTo = useCallback((id: string) => goToBooth(layout, id), [layout]);
  const onHover = useCallback(
    (id: string | null) => {
      setHovered(id);
      if (canvasRef.current) canvasRef.current.style.cursor = id ? 'pointer' : '';
      invalidateRef.current();
    },
    [setHovered],
  );
  const onFloorClick = useCallback(
    (x: number, z: number) => {
      if (!isWalkable(nav, x, z)) return;
      const pose = usePlayerStore.getState().pose;
      usePlayerStore.getState().requestGlide({ x, z, yaw: pose.yaw }, null);
    },
    [nav],
  );
  const kick = useCallback(() => invalidateRef.current(), []);
  const spawn = layout.entrance.spawn;

  return (
    <MoveInputContext.Provider value={input}>
      <div className="hall-canvas" data-testid="hall-canvas">
        <Canvas
          frameloop={flags.perf ? 'always' : 'demand'}
          dpr={flags.dpr ?? fullPixelRatio(window.devicePixelRatio)}
          gl={{ antialias: true, powerPreference: 'high-performance' }}
          camera={{ fov: 62, near: 0.1, far: 220, position: [spawn.x, EYE_HEIGHT, spawn.z] }}
          onCreated={(state) => {
            canvasRef.current = state.gl.domElement;
            invalidateRef.current = state.invalidate;
          }}
        >
          <Hall
            exhibition={exhibition}
            layout={layout}
            lang={lang}
            router={router}
            onSelectBooth={onGoTo}
            onHoverBooth={onHover}
            onFloorClick={onFloorClick}
          />
          <PlayerRig layout={layout} nav={nav} enabled={!inVR} timeScale={flags.timeScale} />
          <DesktopControls />
          <ReadySignal />
          <AdaptiveResolution fixed={flags.dpr} />
          <HallProbe layout={layout} />
          <ContextLossGuard />
          <TourPresence />
          {xr.store && (
            <SceneErrorBoundary name="VR" fallback={() => null}>
              <Suspense fallback={null}>
                <HallXR store={xr.store} exhibition={exhibition} layout={layout} nav={nav} router={router} />
              </Suspense>
            </SceneErrorBoundary>
          )}
          {flags.perf && (
            <Suspense fallback={null}>
              <PerfOverlay />
            </Suspense>
          )}
        </Canvas>
      </div>
      <TourController
        layout={layout}
        dwellSeconds={settings?.tour.dwellSeconds ?? GUIDED_DWELL_SECONDS}
        languageRotation={
          settings ? rotationFrom(settings.languageRotation, settings.defaultLang) : undefined
        }
        timeScale={flags.timeScale}
      />
      <HallOverlay
        exhibition={exhibition}
        layout={layout}
        onGoTo={onGoTo}
        onMouseLook={() => canvasRef.current?.requestPointerLock()}
        onJoystick={kick}
        enterVR={xr.enterVR}
        kiosk={settings}
      />
      {flags.kiosk && <KioskLayer exhibition={exhibition} state={kiosk} />}
      {settings && operatorRoute && (
        <Suspense fallback={null}>
          <OperatorPage exhibition={exhibition} operatorPin={settings.operatorPin} />
        </Suspense>
      )}
    </MoveInputContext.Provider>
  );
}
