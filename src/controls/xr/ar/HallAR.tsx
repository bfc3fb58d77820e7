import { Suspense, useCallback, useEffect, useMemo, useReducer, useRef, type RefObject } from 'react';
import { createPortal } from '@react-three/fiber';
import { useXR } from '@react-three/xr';
import type { Group } from 'three';
import type { Exhibition } from '../../../content/schema.ts';
import type { HallLayout } from '../../../layout/computeHallLayout.ts';
import type { NavField } from '../../../layout/navigation.ts';
import { computeTabletopFrame } from '../../../layout/tabletopModel.ts';
import type { FontRouter } from '../../../text/fontManifest.ts';
import { BatchedLabels } from '../../../text/BatchedLabels.tsx';
import { useARStore } from '../../../state/arStore.ts';
import { useHallStore } from '../../../state/hallStore.ts';
import { INITIAL_TABLE_PHASE, nextTablePhase } from './tablePhase.ts';
import type { TablePlacement } from './tableGestures.ts';
import { tableNumberLabels } from './tableLabels.ts';
import { TableReticle } from './TableReticle.tsx';
import { TableModelRoot } from './TableModelRoot.tsx';
import { TableGrips } from './TableGrips.tsx';
import { TableBoothPanel } from './TableBoothPanel.tsx';
import { ARInside } from './ARInside.tsx';
import { useTableAnchor } from './useTableAnchor.ts';

interface Props {
  exhibition: Exhibition;
  layout: HallLayout;
  nav: NavField;
  router: FontRouter;
  hallRoot: RefObject<Group | null>;
}

/**
 * An immersive-ar visit (tablePhase.ts): look for a table (reticle), place the hall on it as a model
 * about 1 m on a side (the hall's own root, scaled: same content, layout, batching; far-detail props,
 * no ceiling, big booth numbers), point at a booth for its panel, step inside the full-size hall at that
 * booth, and come back to the table.
 */
export function HallAR({ exhibition, layout, nav, router, hallRoot }: Props) {
  const [phase, dispatch] = useReducer(nextTablePhase, INITIAL_TABLE_PHASE);
  const frame = useMemo(() => computeTabletopFrame(layout.bounds), [layout]);
  const live = useRef<TablePlacement>({ x: 0, y: 0, z: -1, yaw: 0, scale: 1 });
  const numbers = useMemo(() => tableNumberLabels(exhibition, layout, frame), [exhibition, layout, frame]);
  const view = phase.kind === 'inside' ? 'inside' : 'table';
  const selected = useHallStore((s) => s.selectedBoothId);

  useEffect(() => useARStore.getState().setView(view), [view]);
  useEffect(() => () => useARStore.getState().setView('none'), []);
  // The phone's DOM bar (src/ui/ARPhoneBar.tsx): shown where the device put the DOM over the AR view.
  const session = useXR((s) => s.session);
  useEffect(() => {
    const ar = useARStore.getState();
    ar.setTable({
      domOverlay: Boolean(session?.domOverlayState),
      actions: {
        placeAgain: () => dispatch({ type: 'reset' }),
        stepInside: () => dispatch({ type: 'step-inside', canSwitchToVR: false }),
        backToTable: () => dispatch({ type: 'back-to-table' }),
      },
    });
    return () => ar.setTable({ domOverlay: false, actions: null, placed: false });
  }, [session]);
  useEffect(() => useARStore.getState().setTable({ placed: phase.kind === 'placed' }), [phase.kind]);
  // The booth chosen (in the model, or before placing: a deep link) is the one the panel opens.
  const placed = phase.kind === 'placed';
  useEffect(() => {
    if (placed) dispatch({ type: 'open-booth', boothId: selected });
  }, [selected, placed]);

  const placement = phase.kind === 'placed' ? phase.placement : null;
  const onAnchored = useCallback(() => dispatch({ type: 'anchored' }), []);
  const anchor = useTableAnchor(placement, onAnchored);
  useEffect(() => {
    if (placement) Object.assign(live.current, placement);
  }, [placement]);

  const onAiming = useCallback(
    (aiming: boolean) => dispatch({ type: 'hit', hit: aiming ? { ...live.current } : null }),
    [],
  );
  const onPlace = useCallback(() => {
    dispatch({ type: 'hit', hit: { ...live.current } });
    dispatch({ type: 'select' });
  }, []);
  const onRelease = useCallback((p: TablePlacement) => dispatch({ type: 'move', placement: p }), []);
  const onStepInside = useCallback(() => dispatch({ type: 'step-inside', canSwitchToVR: false }), []);
  const onBack = useCallback(() => dispatch({ type: 'back-to-table' }), []);

  if (phase.kind === 'inside')
    return (
      <ARInside
        boothId={phase.boothId}
        exhibition={exhibition}
        layout={layout}
        nav={nav}
        router={router}
        onBack={onBack}
      />
    );
  const root = hallRoot.current;
  return (
    <>
      <TableModelRoot
        hallRoot={hallRoot}
        frame={frame}
        live={live}
        anchor={anchor}
        shown={phase.kind !== 'scanning'}
      />
      {phase.kind !== 'placed' && (
        <TableReticle live={live} aiming={phase.kind === 'aiming'} onAiming={onAiming} onPlace={onPlace} />
      )}
      {phase.kind === 'placed' && (
        <>
          <TableGrips live={live} size={frame.size} onRelease={onRelease} />
          <TableBoothPanel
            exhibition={exhibition}
            layout={layout}
            router={router}
            frame={frame}
            live={live}
            onStepInside={onStepInside}
          />
        </>
      )}
      {root &&
        createPortal(
          <Suspense fallback={null}>
            <BatchedLabels labels={numbers} router={router} name="ar-table-numbers" />
          </Suspense>,
          root,
        )}
    </>
  );
}
