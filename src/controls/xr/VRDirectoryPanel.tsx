import { useEffect, useMemo, useRef, useState } from 'react';
import { useThree } from '@react-three/fiber';
import { Vector3, type Group } from 'three';
import type { Exhibition } from '../../content/schema.ts';
import type { HallLayout } from '../../layout/computeHallLayout.ts';
import type { FontRouter } from '../../text/fontManifest.ts';
import { useHallStore } from '../../state/hallStore.ts';
import { useVRStore } from '../../state/vrStore.ts';
import { goToBooth } from '../../state/goToBooth.ts';
import { VRPanel } from './VRPanel.tsx';
import { directoryPanelLayout } from './vrPanels.ts';
import { placePanel } from './panelPlacement.ts';
import { yawOf } from './vrMotion.ts';

const eye = new Vector3();
const forward = new Vector3();

/** Sectors → booths in the headset; choosing one teleports there and opens its panel. */
export function VRDirectoryPanel({
  exhibition,
  layout,
  router,
}: {
  exhibition: Exhibition;
  layout: HallLayout;
  router: FontRouter;
}) {
  const open = useVRStore((s) => s.directoryOpen);
  const lang = useHallStore((s) => s.lang);
  const xrCamera = useThree((s) => s.gl.xr.getCamera());
  const group = useRef<Group>(null);
  const [page, setPage] = useState(0);
  const panel = useMemo(() => directoryPanelLayout(exhibition, page, lang), [exhibition, page, lang]);

  useEffect(() => {
    if (!open || !group.current) return;
    xrCamera.getWorldPosition(eye);
    xrCamera.getWorldDirection(forward);
    const p = placePanel({ x: eye.x, y: eye.y > 0.5 ? eye.y : 1.6, z: eye.z }, yawOf(forward.x, forward.z));
    group.current.position.set(p.x, p.y, p.z);
    group.current.rotation.set(0, p.rotationY, 0);
  }, [open, xrCamera]);

  const onButton = (id: string) => {
    const vr = useVRStore.getState();
    if (id === 'close') vr.setDirectoryOpen(false);
    else if (id === 'page-next') setPage((p) => Math.min(panel.pages - 1, p + 1));
    else if (id === 'page-prev') setPage((p) => Math.max(0, p - 1));
    else if (id.startsWith('booth:')) {
      vr.setDirectoryOpen(false);
      goToBooth(layout, id.slice('booth:'.length));
    }
  };

  return (
    <group ref={group} visible={open} name="vr-directory">
      {open && <VRPanel layout={panel} router={router} name="vr-directory" onButton={onButton} />}
    </group>
  );
}
