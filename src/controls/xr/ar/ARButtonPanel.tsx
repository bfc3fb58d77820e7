import { useMemo } from 'react';
import type { FontRouter } from '../../../text/fontManifest.ts';
import { VRPanel } from '../VRPanel.tsx';
import { singleButtonLayout } from './tablePanel.ts';

/** One in-world button ("Step inside", "Back to the table"), drawn and selected like the VR panels. */
export function ARButtonPanel({
  id,
  label,
  router,
  onPress,
}: {
  id: string;
  label: string;
  router: FontRouter;
  onPress: () => void;
}) {
  const layout = useMemo(() => singleButtonLayout(id, label), [id, label]);
  return <VRPanel layout={layout} router={router} name={id} onButton={onPress} />;
}
