import { useEffect, useMemo } from 'react';
import type { Exhibition } from '../content/schema.ts';
import type { HallLayout } from '../layout/computeHallLayout.ts';
import type { Material } from 'three';
import { mergeBoothProps } from './mergeBoothProps.ts';

export function BoothProps({
  exhibition,
  layout,
  material,
}: {
  exhibition: Exhibition;
  layout: HallLayout;
  material: Material;
}) {
  const geometry = useMemo(() => mergeBoothProps(exhibition, layout), [exhibition, layout]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  return <mesh name="booth-props" geometry={geometry} material={material} />;
}
