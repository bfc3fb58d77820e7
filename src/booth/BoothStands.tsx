import { useMemo } from 'react';
import type { Material } from 'three';
import type { Exhibition } from '../content/schema.ts';
import type { HallLayout } from '../layout/computeHallLayout.ts';
import { BoxInstances } from '../three/BoxInstances.tsx';
import { boothBoxes } from './boothBoxes.ts';

/** Every stand of the hall (platforms, walls, headers, boards, totems) in one instanced draw call. */
export function BoothStands({
  exhibition,
  layout,
  material,
}: {
  exhibition: Exhibition;
  layout: HallLayout;
  material: Material;
}) {
  const boxes = useMemo(() => boothBoxes(exhibition, layout), [exhibition, layout]);
  return <BoxInstances boxes={boxes} material={material} name="booth-stands" />;
}
