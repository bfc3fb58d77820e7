import { useEffect } from 'react';
import { IfInSessionMode, XR } from '@react-three/xr';
import type { Exhibition } from '../../content/schema.ts';
import type { HallLayout } from '../../layout/computeHallLayout.ts';
import type { NavField } from '../../layout/navigation.ts';
import type { FontRouter } from '../../text/fontManifest.ts';
import { useVRStore } from '../../state/vrStore.ts';
import type { HallXRStore } from './createHallXRStore.ts';
import { VROrigin } from './VROrigin.tsx';
import { XRInteraction } from './XRInteraction.tsx';
import { VRBoothPanel } from './VRBoothPanel.tsx';
import { VRDirectoryPanel } from './VRDirectoryPanel.tsx';
import { VRToolbar } from './VRToolbar.tsx';

interface Props {
  store: HallXRStore;
  exhibition: Exhibition;
  layout: HallLayout;
  nav: NavField;
  router: FontRouter;
}

/** Everything that exists only for headset visitors; this module and its imports form the lazy XR chunk. */
export default function HallXR({ store, exhibition, layout, nav, router }: Props) {
  useEffect(
    () =>
      store.subscribe((state, prev) => {
        if (state.session === prev.session) return;
        const vr = useVRStore.getState();
        vr.setStatus(state.session ? 'in-session' : 'available');
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
    </XR>
  );
}
