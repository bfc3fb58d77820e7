const WIDE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/;

/** Approximate width of a line in ems: CJK glyphs are ~1 em wide, Latin ~0.55 em. */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 1 : 0.55;
  return width;
}

/** Rough line count of wrapped text at a font size and width. */
export function estimateLines(text: string, fontSize: number, maxWidth: number): number {
  let lines = 0;
  for (const para of text.split('\n'))
    lines += Math.max(1, Math.ceil((textWidthEm(para) * fontSize) / maxWidth));
  return lines;
}

/** The largest font size ≤ preferred (and ≥ min) at which the text fits on `lines` lines of maxWidth. */
export function fitFontSize(
  text: string,
  maxWidth: number,
  preferred: number,
  min: number,
  lines = 1,
): number {
  const needed = (maxWidth * lines) / Math.max(0.01, textWidthEm(text));
  return Math.max(min, Math.min(preferred, needed * 0.95));
}
