import type { LabelSpec } from './labelSpec.ts';
import { textWidthEm } from './measure.ts';

/** A wrapped text whose line count a layout needs: what troika gets to typeset it. */
export interface LineQuery {
  text: string;
  fontSize: number;
  maxWidth: number;
  bold: boolean;
}

/**
 * How many lines a text takes when troika wraps it (BatchedLabels: `overflowWrap: 'break-word'`). Layouts
 * take one of these instead of measuring themselves: troika's typesetter in the browser (lineMeasurer.ts,
 * troikaLines.ts), troika's typesetter in Node for tests (scripts/fonts/troikaMeasure.ts), or the estimate.
 */
export type MeasureLines = (query: LineQuery) => number;

/** One key per (text, size, width, weight): what a measurement is cached under. */
export function lineKey(q: LineQuery): string {
  return `${q.bold ? 'b' : 'r'} ${q.fontSize} ${q.maxWidth} ${q.text}`;
}

/** The label troika typesets to count a query's lines: one line is exactly `fontSize` tall. */
export function lineQueryLabel(q: LineQuery): LabelSpec {
  return {
    key: 'measure',
    text: q.text,
    x: 0,
    y: 0,
    z: 0,
    rotationY: 0,
    fontSize: q.fontSize,
    maxWidth: q.maxWidth,
    anchorX: 'left',
    anchorY: 'top',
    color: '#ffffff',
    bold: q.bold,
    lineHeight: 1,
  };
}

/** Lines of a block troika laid out with `lineQueryLabel` (its height over one line's). */
export function linesOfBlock(q: LineQuery, blockHeight: number): number {
  return Math.max(1, Math.round(blockHeight / q.fontSize));
}

const WRAP_SLACK = 0.95;

/**
 * The fallback when troika cannot measure (a font that failed to load): troika's wrapping with the em
 * widths of textWidthEm and a little slack. Lines break only at whitespace, a word that does not fit the
 * rest of a line moves down whole, and only a word longer than a whole line is split between characters.
 * An estimate: pages may waste space, or (rarely) overflow.
 */
export const estimateLines: MeasureLines = ({ text, fontSize, maxWidth }) => {
  const lineEm = (maxWidth * WRAP_SLACK) / fontSize;
  const space = textWidthEm(' ');
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines += 1;
    let used = 0;
    for (const word of paragraph.split(/\s+/)) {
      if (!word) continue;
      let width = textWidthEm(word);
      const gap = used > 0 ? space : 0;
      if (used + gap + width <= lineEm) {
        used += gap + width;
        continue;
      }
      if (used > 0) lines += 1;
      while (width > lineEm) {
        lines += 1;
        width -= lineEm;
      }
      used = width;
    }
  }
  return lines;
};

/**
 * Every query a layout makes, found by running it once with the estimate: what to measure before laying
 * it out for real. (A layout's queries depend on its content, not on the answers.)
 */
export function queriesOf(layout: (measure: MeasureLines) => unknown): LineQuery[] {
  const queries = new Map<string, LineQuery>();
  layout((q) => {
    queries.set(lineKey(q), q);
    return estimateLines(q);
  });
  return [...queries.values()];
}
