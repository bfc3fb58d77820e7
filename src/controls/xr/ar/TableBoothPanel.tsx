import { useCallback } from 'react';
import { useThree } from '@react-three/fiber';
import { Vector3, type Group } from 'three';
import type { Exhibition } from '../../../content/schema.ts';
import type { HallLayout } from '../../../layout/computeHallLayout.ts';
import { hallPointOnTable, type TabletopFrame } from '../../../layout/tabletopModel.ts';
import type { FontRouter } from '../../../text/fontManifest.ts';
import { useHallStore } from '../../../state/hallStore.ts';
import { t } from '../../../i18n/strings.ts';
import { VRBoothPanel } from '../VRBoothPanel.tsx';
import { ARButtonPanel } from './ARButtonPanel.tsx';
import { placeTablePanel } from './tablePanel.ts';
import type { TablePlacement } from './tableGestures.ts';

const eye = new Vector3();
/** Booth panels are laid out 1 m tall (vrPanels.ts); the button hangs just below. */
const BELOW_PANEL = -0.58;
/** Where on the booth the panel floats from: above its header, in hall metres. */
const BOOTH_TOP = 4.4;

interface Props {
  exhibition: Exhibition;
  layout: HallLayout;
  router: FontRouter;
  frame: TabletopFrame;
  live: { current: TablePlacement };
  onStepInside: () => void;
}

/**
 * The chosen booth's panel over the tabletop model: the VR booth panel (same layout, same legibility
 * rule), floating above the booth, facing the visitor and scaled for its distance (tablePanel.ts), with
 * "Step inside" below it.
 */
export function TableBoothPanel({ exhibition, layout, router, frame, live, onStepInside }: Props) {
  const lang = useHallStore((s) => s.lang);
  const xrCamera = useThree((s) => s.gl.xr.getCamera());
  const place = useCallback(
    (panel: Group, index: number) => {
      const booth = layout.booths[index];
      if (!booth) return;
      xrCamera.getWorldPosition(eye);
      const top = hallPointOnTable(frame, live.current, { x: booth.x, y: BOOTH_TOP, z: booth.z });
      const p = placeTablePanel(eye, top);
      panel.position.set(p.x, p.y, p.z);
      panel.rotation.set(0, p.rotationY, 0);
      panel.scale.setScalar(p.scale);
    },
    [layout, frame, live, xrCamera],
  );
  return (
    <VRBoothPanel exhibition={exhibition} layout={layout} router={router} place={place}>
      <group position={[0, BELOW_PANEL, 0]}>
        <ARButtonPanel
          id="ar-step-inside"
          label={t('stepInside', lang)}
          router={router}
          onPress={onStepInside}
        />
      </group>
    </VRBoothPanel>
  );
}
