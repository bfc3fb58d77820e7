import type { Exhibition } from '../../../content/schema.ts';
import type { HallLayout } from '../../../layout/computeHallLayout.ts';
import type { TabletopFrame } from '../../../layout/tabletopModel.ts';
import type { LabelSpec } from '../../../text/labelSpec.ts';
import { minFontSize } from '../legibility.ts';

/**
 * How far a standing visitor reads the model from: eyes at ~1.6 m over a table at ~0.75 m, half a
 * metre back from its edge, reading the far side of a 1 m model: about 1.5 m.
 */
export const TABLE_READING_DISTANCE = 1.5;
/** Booth numbers are headings: half as large again as the legibility rule's body text. */
const NUMBER_ANGLE_DEG = 1.8;
/** Above the stands' headers (4.3 m) in hall metres, so no part of a stand hides a number. */
const NUMBER_HEIGHT = 5.2;

/** The em height, in hall metres, that a booth number needs to be read on the model from standing. */
export function tableNumberSize(frame: TabletopFrame, distance = TABLE_READING_DISTANCE): number {
  return minFontSize(distance, NUMBER_ANGLE_DEG) / frame.scale;
}

/**
 * The model's own labels, in hall coordinates (they are drawn inside the scaled hall): each booth's
 * number, large, above its stand, in its sector's colour, facing the model's front (the entrance side,
 * which faces the visitor when the model is placed).
 */
export function tableNumberLabels(
  exhibition: Exhibition,
  layout: HallLayout,
  frame: TabletopFrame,
): LabelSpec[] {
  const colours = new Map(exhibition.sectors.map((s) => [s.id, s.color]));
  const fontSize = tableNumberSize(frame);
  return layout.booths.map((b) => ({
    key: `table-number:${b.id}`,
    text: String(b.order + 1).padStart(2, '0'),
    x: b.x,
    y: NUMBER_HEIGHT,
    z: b.z,
    rotationY: 0,
    fontSize,
    anchorX: 'center',
    anchorY: 'bottom',
    color: colours.get(b.sector) ?? '#ffffff',
    bold: true,
    boothId: b.id,
  }));
}
