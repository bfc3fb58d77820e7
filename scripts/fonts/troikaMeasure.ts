/**
 * troika's own typesetter, run in Node: the bounds a label really takes in the hall (same font files, same
 * line breaking, same anchors as src/text/BatchedLabels.tsx), for layout tests. Fonts: the full Noto Sans SC
 * of each weight (the served subsets are cut from them and keep their metrics), so no build is needed.
 */
import { createTypesetter } from 'troika-three-text/src/Typesetter.js';
import fontParser from 'troika-three-text/src/FontParser.js';
import bidiFactory from 'bidi-js';
import type { LabelSpec } from '../../src/text/labelSpec.ts';
import { typesetParams } from '../../src/text/typesetParams.ts';
import { lineQueryLabel, linesOfBlock, type MeasureLines } from '../../src/text/lineMeasure.ts';
import { fullFont } from './cutSubsets.ts';

/** A label's block in its own plane, relative to its position: x to the right, y up (metres). */
export interface TextBounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  lines: number;
}

export type Measure = (spec: LabelSpec) => TextBounds;

export async function createTroikaMeasure(): Promise<Measure> {
  // Typr (troika's font parser) is written for a worker and reads `self`.
  (globalThis as { self?: unknown }).self ??= globalThis;
  const parse = await fontParser.onMainThread._getInitResult();
  const quiet = console.debug;
  console.debug = () => {}; // Typr lists each GPOS lookup it skips (troika skips them in the browser too)
  const fonts = {
    regular: parse(new Uint8Array(fullFont(400)).buffer),
    bold: parse(new Uint8Array(fullFont(700)).buffer),
  };
  console.debug = quiet;
  return (spec) => {
    const font = spec.bold ? fonts.bold : fonts.regular;
    const typesetter = createTypesetter(
      (text: string, done: (result: unknown) => void) =>
        done({ chars: new Uint8Array(text.length), fonts: [font] }),
      bidiFactory(),
    );
    let bounds: TextBounds | null = null;
    typesetter.typeset(
      { text: spec.text, ...typesetParams(spec), metricsOnly: true },
      (result: {
        blockBounds: [number, number, number, number];
        lineCount?: number;
        totalLines?: number;
      }) => {
        const [minX, minY, maxX, maxY] = result.blockBounds;
        const lineHeight = spec.fontSize * (typeof spec.lineHeight === 'number' ? spec.lineHeight : 1.2);
        bounds = { minX, minY, maxX, maxY, lines: Math.round((maxY - minY) / lineHeight) };
      },
    );
    if (!bounds) throw new Error('troika typeset did not answer synchronously');
    return bounds;
  };
}

/**
 * Line counts from troika's typesetter in Node, for layouts that take a MeasureLines (vrPanels.ts): what
 * the browser's measure (src/text/troikaLines.ts) answers, from the same label and typeset parameters.
 */
export function troikaLineMeasure(measure: Measure): MeasureLines {
  return (query) => {
    const b = measure(lineQueryLabel(query));
    return linesOfBlock(query, b.maxY - b.minY);
  };
}
