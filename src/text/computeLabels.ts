import type { Exhibition } from '../content/schema.ts';
import type { HallLayout } from '../layout/computeHallLayout.ts';
import type { Lang } from '../i18n/lang.ts';
import type { LabelSpec } from './labelSpec.ts';
import { boothLabels } from './boothLabels.ts';
import { entranceLabels } from './entranceLabels.ts';

/** All 3D text of the hall in one language, in a stable order (keys do not depend on the language). */
export function computeLabels(exhibition: Exhibition, layout: HallLayout, lang: Lang): LabelSpec[] {
  const labels = entranceLabels(exhibition, layout, lang);
  exhibition.booths.forEach((booth, i) => {
    const pose = layout.booths[i];
    if (pose) labels.push(...boothLabels(exhibition, booth, pose, lang));
  });
  return labels;
}
