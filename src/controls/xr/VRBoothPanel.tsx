import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useThree } from '@react-three/fiber';
import { Vector3, type Group } from 'three';
import type { Exhibition } from '../../content/schema.ts';
import type { HallLayout } from '../../layout/computeHallLayout.ts';
import type { FontRouter } from '../../text/fontManifest.ts';
import { useHallStore } from '../../state/hallStore.ts';
import { goToBooth } from '../../state/goToBooth.ts';
import { VRPanel } from './VRPanel.tsx';
import { boothPages, boothPanelLayout } from './vrPanels.ts';
import { queriesOf } from '../../text/lineMeasure.ts';
import { useLineMeasurer, useMeasuredLines } from '../../text/useMeasuredLines.ts';
import { placePanel } from './panelPlacement.ts';

const eye = new Vector3();

interface Props {
  exhibition: Exhibition;
  layout: HallLayout;
  router: FontRouter;
  /** Places the panel instead of beside the booth (the tabletop model in AR: over the model). */
  place?: (panel: Group, boothIndex: number) => void;
  /** More in the panel's frame (the tabletop's "Step inside" button). */
  children?: ReactNode;
}

/** The selected booth's text in the headset, beside the booth, facing the visitor's viewing spot. */
export function VRBoothPanel({ exhibition, layout, router, place, children }: Props) {
  const selected = useHallStore((s) => s.selectedBoothId);
  const lang = useHallStore((s) => s.lang);
  const xrCamera = useThree((s) => s.gl.xr.getCamera());
  const group = useRef<Group>(null);
  const [page, setPage] = useState(0);
  const index = exhibition.booths.findIndex((b) => b.id === selected);
  // Paged from troika's own line breaks of the booth's texts (a few ms), shown once they are known.
  const measurer = useLineMeasurer(router);
  const queries = useMemo(
    () => queriesOf((measure) => boothPages(exhibition, index, lang, measure)),
    [exhibition, index, lang],
  );
  const lines = useMeasuredLines(measurer, queries);
  const panel = useMemo(
    () => (lines ? boothPanelLayout(exhibition, index, page, lang, lines.measure) : null),
    [exhibition, index, page, lang, lines],
  );
  const pages = panel?.pages ?? 0;

  useEffect(() => {
    setPage(0);
    const pose = layout.booths[index];
    if (!pose || !group.current) return;
    if (place) return place(group.current, index);
    xrCamera.getWorldPosition(eye);
    const height = eye.y > 0.5 ? eye.y : 1.6;
    // Beside the booth (30° to the right), so the stand stays in view.
    const p = placePanel({ x: pose.viewSpot.x, y: height, z: pose.viewSpot.z }, pose.viewSpot.yaw, 32);
    group.current.position.set(p.x, p.y, p.z);
    group.current.rotation.set(0, p.rotationY, 0);
  }, [index, layout, xrCamera, place]);

  // Another language is paged anew: start at its first page.
  useEffect(() => setPage(0), [lang]);

  const onButton = (id: string) => {
    const n = exhibition.booths.length;
    if (id === 'close') useHallStore.getState().selectBooth(null);
    else if (id === 'lang') useHallStore.getState().setLang(lang === 'zh' ? 'en' : 'zh');
    else if (id === 'page-next') setPage((p) => Math.min(pages - 1, p + 1));
    else if (id === 'page-prev') setPage((p) => Math.max(0, p - 1));
    else if (id === 'next' || id === 'prev') {
      const target = exhibition.booths[(index + (id === 'next' ? 1 : n - 1)) % n];
      if (target) goToBooth(layout, target.id);
    }
  };

  return (
    // userData: the page shown (1-based) of how many, and what measured the text (troika, or the estimate
    // when it failed), for tests that read the panel as a visitor would.
    <group
      ref={group}
      visible={index >= 0 && panel !== null}
      name="vr-booth-panel"
      userData={{ page: page + 1, pages, measuredBy: lines?.source ?? null }}
    >
      {index >= 0 && panel && (
        <VRPanel layout={panel} router={router} name="vr-booth-panel" onButton={onButton} />
      )}
      {index >= 0 && panel && children}
    </group>
  );
}
