import { useEffect, useRef, type RefObject } from 'react';
import type { Group } from 'three';
import { IfInSessionMode, XR } from '@react-three/xr';
import type { Exhibition } from '../../content/schema.ts';
import type { HallLayout } from '../../layout/computeHallLayout.ts';
import type { NavField } from '../../layout/navigation.ts';
import type { FontRouter } from '../../text/fontManifest.ts';
import { useVRStore, type VRUnsupportedReason } from '../../state/vrStore.ts';
import type { HallXRStore } from './createHallXRStore.ts';
import { VROrigin } from './VROrigin.tsx';
import { XRInteraction } from './XRInteraction.tsx';
import { VRBoothPanel } from './VRBoothPanel.tsx';
import { VRDirectoryPanel } from './VRDirectoryPanel.tsx';
import { VRToolbar } from './VRToolbar.tsx';
import { HallAR } from './ar/HallAR.tsx';

interface Props {
  store: HallXRStore;
  exhibition: Exhibition;
  layout: HallLayout;
  nav: NavField;
  router: FontRouter;
  /** The full-size hall's root group: the tabletop model in AR. */
  hallRoot: RefObject<Group | null>;
}

/** Everything that exists only for headset visitors; this module and its imports form the lazy XR chunk. */
export default function HallXR({ store, exhibition, layout, nav, router, hallRoot }: Props) {
  const statusBefore = useRef<{ reason: VRUnsupportedReason | null } | null>(null);
  useEffect(
    () =>
      store.subscribe((state, prev) => {
        if (state.session === prev.session) return;
        const vr = useVRStore.getState();
        // An AR session on a phone without VR support must not leave an Enter VR button behind.
        if (state.session) statusBefore.current = vr.status === 'unsupported' ? vr : null;
        if (state.session) vr.setStatus('in-session');
        else if (statusBefore.current) vr.setStatus('unsupported', statusBefore.current.reason);
        else vr.setStatus('available');
        if (!state.session) vr.setDirectoryOpen(false);
      }),
    [store],
  );
  return (
    <XR store={store}>
      <IfInSessionMode allow="immersive-vr">
        <VROrigin nav={nav}>
          <VRToolbar router={router} exhibition={exhibition} />
        </VROrigin>
        <XRInteraction nav={nav} />
        <VRBoothPanel exhibition={exhibition} layout={layout} router={router} />
        <VRDirectoryPanel exhibition={exhibition} layout={layout} router={router} />
      </IfInSessionMode>
      <IfInSessionMode allow="immersive-ar">
        <HallAR exhibition={exhibition} layout={layout} nav={nav} router={router} hallRoot={hallRoot} />
      </IfInSessionMode>
    </XR>
  );
}
