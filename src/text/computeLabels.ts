import type { Exhibition } from '../content/schema.ts';
import type { HallLayout } from '../layout/computeHallLayout.ts';
import type { Lang } from '../i18n/lang.ts';
import type { LabelSpec } from './labelSpec.ts';
import { boothLabels } from './boothLabels.ts';
import { entranceLabels } from './entranceLabels.ts';
import { clampLabel } from './clampText.ts';

/** All 3D text of the hall in one language, in a stable order (keys do not depend on the language). */
export function computeLabels(exhibition: Exhibition, layout: HallLayout, lang: Lang): LabelSpec[] {
  const labels = entranceLabels(exhibition, layout, lang);
  exhibition.booths.forEach((booth, i) => {
    const pose = layout.booths[i];
    if (pose) labels.push(...boothLabels(exhibition, booth, pose, lang));
  });
  // Signage holds at the schema's length limits: what would spill out of its box ends in "…".
  return labels.map(clampLabel);
}
