import { lazy, Suspense, useEffect, useMemo } from 'react';
import type { Exhibition } from '../content/schema.ts';
import type { HallLayout } from '../layout/computeHallLayout.ts';
import { entranceGeometry } from '../layout/entranceGeometry.ts';
import { BoothStands } from '../booth/BoothStands.tsx';
import { BoothProps } from '../booth/BoothProps.tsx';
import { BoothHitTargets } from '../booth/BoothHitTargets.tsx';
import { BoothHighlight } from '../booth/BoothHighlight.tsx';
import type { FontRouter } from '../text/fontManifest.ts';
import { computeLabels } from '../text/computeLabels.ts';
import type { Lang } from '../i18n/lang.ts';
import { createHallMaterials, disposeMaterials } from './materials.ts';
import { HallShell } from './HallShell.tsx';
import { Lighting } from './Lighting.tsx';
import { useLoadStore } from '../state/loadStore.ts';
import { useARStore } from '../state/arStore.ts';
import { isBuilt, LAST_STAGE } from './buildStages.ts';
import { useBuildStage } from './useBuildStage.ts';

// troika (the text engine) loads after the first frame: the hall appears without waiting for it.
const BatchedLabels = lazy(() =>
  import('../text/BatchedLabels.tsx').then((m) => ({ default: m.BatchedLabels })),
);

interface Props {
  exhibition: Exhibition;
  layout: HallLayout;
  lang: Lang;
  router: FontRouter;
  onSelectBooth: (id: string) => void;
  onHoverBooth: (id: string | null) => void;
  onFloorClick?: (x: number, z: number) => void;
  /** Called once every part is mounted (the build runs in slices, see buildStages.ts; the props follow). */
  onBuilt?: () => void;
}

/** The whole exhibition hall, built from content and layout: `booths.map(...)` all the way down. */
export function Hall({
  exhibition,
  layout,
  lang,
  router,
  onSelectBooth,
  onHoverBooth,
  onFloorClick,
  onBuilt,
}: Props) {
  const stage = useBuildStage();
  const built = stage >= LAST_STAGE;
  useEffect(() => {
    if (built) onBuilt?.();
    // onBuilt is a notification; a new callback identity must not call it again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [built]);
  // Text is typeset after the first frame, so the hall appears at once and its signage streams in.
  const firstFrame = useLoadStore((s) => s.firstFrame);
  const setTextProgress = useLoadStore((s) => s.setText);
  const setPropsReady = useLoadStore((s) => s.setPropsReady);
  const materials = useMemo(() => createHallMaterials(), []);
  useEffect(() => () => disposeMaterials(materials), [materials]);
  const entrance = useMemo(
    () => entranceGeometry(layout, exhibition.entrance.timeline.length),
    [layout, exhibition.entrance.timeline.length],
  );
  const labels = useMemo(() => computeLabels(exhibition, layout, lang), [exhibition, layout, lang]);
  // The hall as a tabletop model in AR (its root is scaled down, see controls/xr/ar/): far-detail props
  // only, and no ceiling, so the visitor looks into it from above.
  const miniature = useARStore((s) => s.view === 'table');
  return (
    <>
      <Lighting />
      <HallShell
        layout={layout}
        panels={entrance.panels}
        materials={materials}
        onFloorClick={onFloorClick}
        roofless={miniature}
      />
      {isBuilt('stands', stage) && (
        <BoothStands exhibition={exhibition} layout={layout} material={materials.stands} />
      )}
      {isBuilt('props', stage) && (
        <BoothProps
          exhibition={exhibition}
          layout={layout}
          material={materials.props}
          forceFar={miniature}
          build={firstFrame}
          onReady={setPropsReady}
        />
      )}
      {isBuilt('targets', stage) && (
        <>
          <BoothHitTargets layout={layout} onSelect={onSelectBooth} onHover={onHoverBooth} />
          <BoothHighlight layout={layout} material={materials.highlight} />
        </>
      )}
      {firstFrame && (
        <Suspense fallback={null}>
          <BatchedLabels labels={labels} router={router} name="hall-text" onProgress={setTextProgress} />
        </Suspense>
      )}
    </>
  );
}
