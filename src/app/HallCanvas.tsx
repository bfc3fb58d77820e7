import { lazy, Suspense, useRef, useState } from 'react';
import type { Group } from 'three';
import { Canvas, type RootState } from '@react-three/fiber';
import type { Exhibition } from '../content/schema.ts';
import type { HallLayout } from '../layout/computeHallLayout.ts';
import type { NavField } from '../layout/navigation.ts';
import type { FontRouter } from '../text/fontManifest.ts';
import type { Lang } from '../i18n/lang.ts';
import type { HallXRStore } from '../controls/xr/createHallXRStore.ts';
import { PlayerRig, EYE_HEIGHT } from '../controls/PlayerRig.tsx';
import { DesktopControls } from '../controls/desktop/DesktopControls.tsx';
import { Hall } from '../scene/Hall.tsx';
import { AspectFov } from '../scene/AspectFov.tsx';
import { DEFAULT_FOV_Y } from '../layout/entranceFraming.ts';
import { ReadySignal } from './ReadySignal.tsx';
import { HallProbe } from './HallProbe.tsx';
import { ContextLossGuard } from './ContextLossGuard.tsx';
import { SceneErrorBoundary } from './SceneErrorBoundary.tsx';
import { ShaderWarmUp } from './ShaderWarmUp.tsx';
import { TourPresence } from '../tour/TourPresence.tsx';
import type { AppFlags } from './flags.ts';
import { AdaptiveResolution } from '../perf/AdaptiveResolution.tsx';
import { fullPixelRatio } from '../perf/adaptiveResolution.ts';
import { registerThreeCatalogue } from '../three/threeCatalogue.ts';
import { createHallRenderer } from './createHallRenderer.ts';
import { isSoftwareRenderer } from '../text/isSoftwareRenderer.ts';
import { useDisplayStore } from '../state/displayStore.ts';

registerThreeCatalogue();

const PerfOverlay = lazy(() => import('../perf/PerfOverlay.tsx'));
const HallXR = lazy(() => import('../controls/xr/HallXR.tsx'));

export interface HallCanvasProps {
  exhibition: Exhibition;
  layout: HallLayout;
  nav: NavField;
  router: FontRouter;
  lang: Lang;
  flags: AppFlags;
  inVR: boolean;
  xrStore: HallXRStore | null;
  onSelectBooth: (id: string) => void;
  onHoverBooth: (id: string | null) => void;
  onFloorClick: (x: number, z: number) => void;
  onCreated: (state: RootState) => void;
}

/**
 * The 3D hall: a lazy chunk (three, fiber and the scene), so that the DOM overlay is on screen and answers
 * while this downloads and builds. Nothing is drawn until the hall is built (in slices, see Hall.tsx) and
 * its shader programs are compiled without blocking (ShaderWarmUp); then the canvas renders on demand.
 */
export default function HallCanvas({
  exhibition,
  layout,
  nav,
  router,
  lang,
  flags,
  inVR,
  xrStore,
  onSelectBooth,
  onHoverBooth,
  onFloorClick,
  onCreated,
}: HallCanvasProps) {
  const [built, setBuilt] = useState(false);
  const [warm, setWarm] = useState(false);
  const spawn = layout.entrance.spawn;
  // The hall's root: identity, except in AR, where it becomes the tabletop model (controls/xr/ar/).
  const hallRoot = useRef<Group>(null);
  // Multisampling on a CPU rasteriser costs its buffers and every frame about four times the pixels (the
  // drawing buffer's allocation alone: 52 → 11 ms at 1350×940 on SwiftShader, in the task that makes the
  // renderer); a GPU keeps it. Decided once, before the context is made.
  const [antialias] = useState(() => !useDisplayStore.getState().softwareRenderer);
  return (
    <Canvas
      frameloop={!warm ? 'never' : flags.perf ? 'always' : 'demand'}
      dpr={flags.dpr ?? fullPixelRatio(window.devicePixelRatio)}
      gl={(defaults) => createHallRenderer(defaults, antialias)}
      camera={{ fov: DEFAULT_FOV_Y, near: 0.1, far: 220, position: [spawn.x, EYE_HEIGHT, spawn.z] }}
      onCreated={(state) => {
        isSoftwareRenderer(state.gl.getContext()); // asked now, while the GPU has nothing queued
        // Each shader's log is one more synchronous round trip to the GPU process at a program's first use,
        // and each waits for whatever the GPU is drawing (issue #11). The production hall's shaders are
        // three's and troika's own, compiled in every e2e run; `?perf` and dev builds still check them.
        state.gl.debug.checkShaderErrors = import.meta.env.DEV || flags.perf;
        onCreated(state);
      }}
    >
      <group ref={hallRoot} name="hall-root">
        <Hall
          exhibition={exhibition}
          layout={layout}
          lang={lang}
          router={router}
          onSelectBooth={onSelectBooth}
          onHoverBooth={onHoverBooth}
          onFloorClick={onFloorClick}
          onBuilt={() => setBuilt(true)}
        />
      </group>
      <PlayerRig layout={layout} nav={nav} enabled={!inVR} timeScale={flags.timeScale} />
      <DesktopControls />
      <AspectFov layout={layout} />
      {built && <ShaderWarmUp onDone={() => setWarm(true)} />}
      {warm && <ReadySignal />}
      <AdaptiveResolution fixed={flags.dpr} />
      <HallProbe layout={layout} />
      <ContextLossGuard />
      <TourPresence />
      {xrStore && (
        <SceneErrorBoundary name="VR" fallback={() => null}>
          <Suspense fallback={null}>
            <HallXR
              store={xrStore}
              exhibition={exhibition}
              layout={layout}
              nav={nav}
              router={router}
              hallRoot={hallRoot}
            />
          </Suspense>
        </SceneErrorBoundary>
      )}
      {flags.perf && (
        <Suspense fallback={null}>
          <PerfOverlay />
        </Suspense>
      )}
    </Canvas>
  );
}
