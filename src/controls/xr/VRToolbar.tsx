import { useMemo } from 'react';
import { useXR, useXRStore } from '@react-three/xr';
import type { Exhibition } from '../../content/schema.ts';
import type { FontRouter } from '../../text/fontManifest.ts';
import { useHallStore } from '../../state/hallStore.ts';
import { useTourStore } from '../../state/tourStore.ts';
import { useVRStore } from '../../state/vrStore.ts';
import { startGuidedTour } from '../../state/startGuidedTour.ts';
import { isFollowing, useGroupStore } from '../../tour/groupStore.ts';
import { setFollowing } from '../../tour/groupActions.ts';
import { VRPanel } from './VRPanel.tsx';
import { toolbarLayout } from './vrPanels.ts';

/**
 * A panel of buttons that travels with the visitor, at waist height in front, tilted up to the eyes:
 * directory, guided tour (its stops are teleports in VR), language, smooth walking, exit VR (Exit AR in an AR session); in a group
 * tour a visitor's follow button (roam on my own / follow again) with a line saying which it is now.
 */
export function VRToolbar({ router, exhibition }: { router: FontRouter; exhibition: Exhibition }) {
  const lang = useHallStore((s) => s.lang);
  const smooth = useVRStore((s) => s.smoothLocomotion);
  const touring = useTourStore((s) => s.mode === 'guided');
  const inGroup = useGroupStore(
    (s) => s.role === 'visitor' && (s.status === 'joined' || s.status === 'reconnecting'),
  );
  const following = useGroupStore(isFollowing);
  const store = useXRStore();
  const ar = useXR((s) => s.mode === 'immersive-ar');
  const layout = useMemo(
    () => toolbarLayout(lang, smooth, touring, inGroup ? { following } : null, ar),
    [lang, smooth, touring, inGroup, following, ar],
  );
  const onButton = (id: string) => {
    const vr = useVRStore.getState();
    if (id === 'directory') vr.setDirectoryOpen(!vr.directoryOpen);
    else if (id === 'tour') {
      if (touring) useTourStore.getState().stop();
      else startGuidedTour(exhibition);
    } else if (id === 'lang') useHallStore.getState().setLang(lang === 'zh' ? 'en' : 'zh');
    else if (id === 'smooth') vr.setSmoothLocomotion(!smooth);
    else if (id === 'follow') setFollowing(!following);
    else if (id === 'exit') void store.getState().session?.end();
  };
  return (
    <group position={[0, 0.95, -0.55]} rotation-x={-0.75} name="vr-toolbar">
      <VRPanel layout={layout} router={router} name="vr-toolbar-panel" onButton={onButton} />
    </group>
  );
}
