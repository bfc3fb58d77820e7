import { useEffect } from 'react';
import type { Exhibition } from '../../../content/schema.ts';
import type { HallLayout } from '../../../layout/computeHallLayout.ts';
import type { NavField } from '../../../layout/navigation.ts';
import type { FontRouter } from '../../../text/fontManifest.ts';
import { useHallStore } from '../../../state/hallStore.ts';
import { goToBooth } from '../../../state/goToBooth.ts';
import { t } from '../../../i18n/strings.ts';
import { VROrigin } from '../VROrigin.tsx';
import { VRToolbar } from '../VRToolbar.tsx';
import { XRInteraction } from '../XRInteraction.tsx';
import { VRBoothPanel } from '../VRBoothPanel.tsx';
import { VRDirectoryPanel } from '../VRDirectoryPanel.tsx';
import { ARButtonPanel } from './ARButtonPanel.tsx';

interface Props {
  boothId: string;
  exhibition: Exhibition;
  layout: HallLayout;
  nav: NavField;
  router: FontRouter;
  onBack: () => void;
}

/**
 * Stepped inside: the full-size hall around the visitor, in the same immersive-ar session (a switch to
 * immersive-vr would need a new session and another gesture). The hall is drawn opaque — its sky and
 * walls hide the passthrough — and everything of the VR visit works (teleport, booth panels, directory,
 * toolbar), plus "Back to the table" at the visitor's left hand side.
 */
export function ARInside({ boothId, exhibition, layout, nav, router, onBack }: Props) {
  const lang = useHallStore((s) => s.lang);
  useEffect(() => {
    // After VROrigin has mounted (children's effects run first): its next frame teleports to the booth.
    goToBooth(layout, boothId, { instant: true });
  }, [layout, boothId]);
  return (
    <>
      <VROrigin nav={nav}>
        <VRToolbar router={router} exhibition={exhibition} />
        <group position={[-0.5, 1.0, -0.6]} rotation={[-0.5, 0.6, 0, 'YXZ']}>
          <ARButtonPanel
            id="ar-back-to-table"
            label={t('backToTable', lang)}
            router={router}
            onPress={onBack}
          />
        </group>
      </VROrigin>
      <XRInteraction nav={nav} />
      <VRBoothPanel exhibition={exhibition} layout={layout} router={router} />
      <VRDirectoryPanel exhibition={exhibition} layout={layout} router={router} />
    </>
  );
}
