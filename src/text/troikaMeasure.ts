/**
 * troika's own typesetter, run in Node for tests: the exact line breaks and bounds the hall's 3D text
 * gets (same font files, same options as BatchedLabels' `apply`), without a browser or a worker. Node
 * only (it reads the fonts from @fontsource/noto-sans-sc, whose glyph metrics the served subsets keep).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import fontParser from 'troika-three-text/src/FontParser.js';
import { createTypesetter } from 'troika-three-text/src/Typesetter.js';
import bidiFactory from 'bidi-js';
import type { LabelSpec } from './labelSpec.ts';

/** A label's laid-out box in its own frame (the frame `x`, `y` are given in), and its line count. */
export interface MeasuredLabel {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
  lines: number;
}

export type MeasureLabel = (spec: LabelSpec) => MeasuredLabel;

interface TypesetResult {
  blockBounds: [number, number, number, number];
}

async function loadFont(weight: 400 | 700): Promise<unknown> {
  const require = createRequire(import.meta.url);
  const dir = resolve(dirname(require.resolve('@fontsource/noto-sans-sc/package.json')), 'files');
  const file = readFileSync(resolve(dir, `noto-sans-sc-chinese-simplified-${weight}-normal.woff`));
  const parse = fontParser as unknown as (buffer: ArrayBuffer) => Promise<unknown>;
  return parse(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength));
}

export async function createTroikaMeasure(): Promise<MeasureLabel> {
  // troika's bundled Typr looks for a worker's `self`; Node has only globalThis.
  (globalThis as { self?: unknown }).self ??= globalThis;
  const [regular, bold] = await Promise.all([loadFont(400), loadFont(700)]);
  const bidi = (bidiFactory as unknown as () => unknown)();
  const measure = (spec: LabelSpec): MeasuredLabel => {
    const font = spec.bold ? bold : regular;
    const typesetter = createTypesetter(
      (text: string, done: (fonts: { chars: Uint8Array; fonts: unknown[] }) => void) =>
        done({ chars: new Uint8Array(text.length), fonts: [font] }),
      bidi,
    );
    let result: TypesetResult | null = null;
    typesetter.typeset(
      {
        text: spec.text,
        fontSize: spec.fontSize,
        maxWidth: spec.maxWidth ?? Infinity,
        overflowWrap: 'break-word',
        lineHeight: spec.lineHeight ?? 'normal',
        anchorX: spec.anchorX,
        anchorY: spec.anchorY,
        metricsOnly: true,
      },
      (r: TypesetResult) => (result = r),
    );
    if (!result) throw new Error('troika typeset did not finish synchronously');
    const [minX, minY, maxX, maxY] = (result as TypesetResult).blockBounds;
    const lineHeight = spec.fontSize * (spec.lineHeight ?? 1.2);
    return {
      minX: spec.x + minX,
      maxX: spec.x + maxX,
      minY: spec.y + minY,
      maxY: spec.y + maxY,
      lines: Math.max(1, Math.round((maxY - minY) / lineHeight)),
    };
  };
  return measure;
}
