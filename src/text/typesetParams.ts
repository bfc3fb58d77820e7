import type { LabelSpec } from './labelSpec.ts';

/**
 * What troika gets from a label, besides its text and font: one place, so the hall (BatchedLabels) and the
 * layout tests that typeset with troika in Node (scripts/fonts/troikaMeasure.ts) lay text out the same way.
 */
export function typesetParams(spec: LabelSpec) {
  return {
    fontSize: spec.fontSize,
    maxWidth: spec.maxWidth ?? Infinity,
    // Chinese has no spaces: break lines between any characters, not only at whitespace.
    overflowWrap: 'break-word' as const,
    lineHeight: spec.lineHeight ?? ('normal' as const),
    anchorX: spec.anchorX,
    anchorY: spec.anchorY,
  };
}
