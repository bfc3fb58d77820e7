import { lazy, Suspense, useCallback, useMemo, useRef } from 'react';
import type { Exhibition } from '../content/schema.ts';
import type { HallLayout } from '../layout/computeHallLayout.ts';
import { isWalkable, type NavField } from '../layout/navigation.ts';
import type { FontRouter } from '../text/fontManifest.ts';
import type { Lang } from '../i18n/lang.ts';
import { createMoveInput, MoveInputContext } from '../controls/moveInput.ts';
import { useHallStore } from '../state/hallStore.ts';
import { usePlayerStore } from '../state/playerStore.ts';
import { useVRStore } from '../state/vrStore.ts';
import { goToBooth } from '../state/goToBooth.ts';
import { useHashRoute } from './useHashRoute.ts';
import { readFlags } from './flags.ts';
import { useXRRuntime } from './useXRRuntime.ts';
import { HallOverlay } from './HallOverlay.tsx';
import { ARPhoneBar } from '../ui/ARPhoneBar.tsx';
import { loadHallCanvas } from './loadHallCanvas.ts';
import { GuidedTourDriver } from '../controls/GuidedTourDriver.tsx';
import { KioskLayer } from '../kiosk/KioskLayer.tsx';
import { ErrorScreen } from '../ui/ErrorScreen.tsx';
import { useKioskSettings } from '../kiosk/useKioskSettings.ts';
import { useVisitStatistics } from '../kiosk/stats/useVisitStatistics.ts';
import { useIsOperatorRoute } from '../ui/operator/operatorRoute.ts';

const OperatorPage = lazy(() => import('../ui/operator/OperatorPage.tsx'));
// The 3D hall is a chunk of its own, fetched from the start (App) and built while the overlay already works.
const HallCanvas = lazy(loadHallCanvas);

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

/** The 3D hall (a lazy chunk, HallCanvas.tsx), its controls per input mode and its DOM overlay. */
export function HallView({ exhibition, layout, nav, router }: Props) {
  const input = useMemo(() => createMoveInput(), []);
  const flags = useMemo(() => readFlags(window.location.search), []);
  const xr = useXRRuntime(flags.emulate, flags.dpr);
  const kiosk = useKioskSettings(flags.kiosk, exhibition);
  const settings = kiosk.status === 'ready' ? kiosk.value : null;
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

  return (
    <MoveInputContext.Provider value={input}>
      <div className="hall-canvas" data-testid="hall-canvas">
        <Suspense fallback={null}>
          <HallCanvas
            exhibition={exhibition}
            layout={layout}
            nav={nav}
            router={router}
            lang={lang}
            flags={flags}
            inVR={inVR}
            xrStore={xr.store}
            onSelectBooth={onGoTo}
            onHoverBooth={onHover}
            onFloorClick={onFloorClick}
            onCreated={(state) => {
              canvasRef.current = state.gl.domElement;
              invalidateRef.current = state.invalidate;
            }}
          />
        </Suspense>
      </div>
      <GuidedTourDriver
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
        enterAR={xr.enterAR}
        kiosk={settings}
      />
      <ARPhoneBar
        root={xr.store?.getState().domOverlayRoot ?? null}
        exhibition={exhibition}
        onExit={() => void xr.store?.getState().session?.end()}
      />
      {kiosk.status === 'error' && (
        <div className="kiosk-error">
          <ErrorScreen issues={kiosk.error.issues} onRetry={() => window.location.reload()} />
        </div>
      )}
      {flags.kiosk && <KioskLayer exhibition={exhibition} state={kiosk} />}
      {settings && operatorRoute && (
        <Suspense fallback={null}>
          <OperatorPage exhibition={exhibition} operatorPinHash={settings.operatorPinHash} />
        </Suspense>
      )}
    </MoveInputContext.Provider>
  );
}
