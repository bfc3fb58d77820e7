import { estimateLines } from './measure.ts';
import type { LabelSpec } from './labelSpec.ts';

export const ELLIPSIS = '…';

/**
 * The text cut, with an ellipsis, to what fits on `maxLines` lines of `maxWidth` at `fontSize` (by the
 * same width estimate the layout uses); unchanged when it already fits.
 */
export function clampToLines(text: string, fontSize: number, maxWidth: number, maxLines: number): string {
  if (estimateLines(text, fontSize, maxWidth) <= maxLines) return text;
  const chars = [...text];
  let fits = 0;
  let tooMany = chars.length;
  while (tooMany - fits > 1) {
    const n = (fits + tooMany) >> 1;
    const candidate = chars.slice(0, n).join('').trimEnd() + ELLIPSIS;
    if (estimateLines(candidate, fontSize, maxWidth) <= maxLines) fits = n;
    else tooMany = n;
  }
  return chars.slice(0, fits).join('').trimEnd() + ELLIPSIS;
}

/** A label held to its box: text beyond `maxLines` lines of its width is cut with an ellipsis. */
export function clampLabel(label: LabelSpec): LabelSpec {
  const width = label.clampWidth ?? label.maxWidth;
  if (!label.maxLines || !width) return label;
  const text = clampToLines(label.text, label.fontSize, width, label.maxLines);
  return text === label.text ? label : { ...label, text };
}
