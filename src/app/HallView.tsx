import { lazy, Suspense, useCallback, useMemo, useRef } from 'react';
import { Canvas } from '@react-three/fiber';
import type { Exhibition } from '../content/schema.ts';
import type { HallLayout } from '../layout/computeHallLayout.ts';
import { isWalkable, type NavField } from '../layout/navigation.ts';
import type { FontRouter } from '../text/fontManifest.ts';
import { createMoveInput, MoveInputContext } from '../controls/moveInput.ts';
import { PlayerRig, EYE_HEIGHT } from '../controls/PlayerRig.tsx';
import { DesktopControls } from '../controls/desktop/DesktopControls.tsx';
import { Hall } from '../scene/Hall.tsx';
import { useHallStore } from '../state/hallStore.ts';
import { usePlayerStore } from '../state/playerStore.ts';
import { TopBar } from '../ui/TopBar.tsx';
import { BoothPanel } from '../ui/BoothPanel.tsx';
import { Directory } from '../ui/Directory.tsx';
import { Minimap } from '../ui/Minimap.tsx';
import { Joystick } from '../ui/Joystick.tsx';
import { Notice } from '../ui/Notice.tsx';
import { LoadingScreen } from '../ui/LoadingScreen.tsx';
import { TextView } from '../ui/TextView.tsx';
import { HelpHint } from '../ui/HelpHint.tsx';
import { ReadySignal } from './ReadySignal.tsx';
import { HallProbe } from './HallProbe.tsx';
import { goToBooth } from './goToBooth.ts';
import { useHashRoute } from './useHashRoute.ts';
import { readFlags } from './flags.ts';
import { useXRRuntime } from './useXRRuntime.ts';
import { useVRStore } from '../state/vrStore.ts';
import { EnterVRButton } from '../ui/EnterVRButton.tsx';

const PerfOverlay = lazy(() => import('../perf/PerfOverlay.tsx'));
const HallXR = lazy(() => import('../controls/xr/HallXR.tsx'));

interface Props {
  exhibition: Exhibition;
  layout: HallLayout;
  nav: NavField;
  router: FontRouter;
}

/** The 3D hall with its DOM overlay. The canvas renders on demand; input flows through one MoveInput. */
export function HallView({ exhibition, layout, nav, router }: Props) {
  const input = useMemo(() => createMoveInput(), []);
  const flags = useMemo(() => readFlags(window.location.search), []);
  const xr = useXRRuntime(flags.emulate);
  const inVR = useVRStore((s) => s.status === 'in-session');
  const lang = useHallStore((s) => s.lang);
  const overlay = useHallStore((s) => s.overlay);
  const setOverlay = useHallStore((s) => s.setOverlay);
  const setHovered = useHallStore((s) => s.setHovered);
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const invalidateRef = useRef<() => void>(() => {});
  useHashRoute(layout);

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
      invalidateRef.current();
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
          dpr={[1, 2]}
          gl={{ antialias: true, powerPreference: 'high-performance', preserveDrawingBuffer: false }}
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
          <PlayerRig layout={layout} nav={nav} enabled={!inVR} />
          <DesktopControls />
          <ReadySignal />
          <HallProbe layout={layout} />
          {xr.store && (
            <Suspense fallback={null}>
              <HallXR store={xr.store} exhibition={exhibition} layout={layout} nav={nav} router={router} />
            </Suspense>
          )}
          {flags.perf && (
            <Suspense fallback={null}>
              <PerfOverlay />
            </Suspense>
          )}
        </Canvas>
      </div>
      <TopBar
        exhibition={exhibition}
        onMouseLook={() => canvasRef.current?.requestPointerLock()}
        vrSlot={<EnterVRButton onEnter={xr.enterVR} />}
      />
      <Directory exhibition={exhibition} onGoTo={onGoTo} />
      <BoothPanel exhibition={exhibition} onGoTo={onGoTo} />
      <Minimap exhibition={exhibition} layout={layout} onGoTo={onGoTo} />
      <Joystick onMove={kick} />
      <HelpHint />
      <Notice />
      {overlay === 'text' && (
        <div className="text-view-overlay">
          <TextView exhibition={exhibition} onClose={() => setOverlay('none')} />
        </div>
      )}
      <LoadingScreen title={`${exhibition.title.zh} · ${exhibition.title.en}`} />
    </MoveInputContext.Provider>
  );
}
