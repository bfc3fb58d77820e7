import { typesetterWorkerModule } from 'troika-three-text';
import { defineWorkerModule } from 'troika-worker-utils';
import type { FontRouter } from './fontManifest.ts';
import { lineQueryLabel, linesOfBlock, type LineQuery } from './lineMeasure.ts';
import { typesetParams } from './typesetParams.ts';

interface Typesetter {
  typeset(args: Record<string, unknown>, done: (result: { blockBounds: number[] }) => void): void;
}

/**
 * troika's own typesetter in its worker (the instance that lays out the hall's text, with the fonts it has
 * loaded), asked for metrics only: no glyph outlines, no SDFs. troika's getTextRenderInfo always builds
 * glyphs (and fails with `metricsOnly`), so this is a worker module of our own on troika's typesetter.
 * `init` runs in the worker from its source text: it may use nothing from this file (nor a helper a
 * compiler might add, hence Object.assign rather than a spread).
 */
const typesetMetrics = defineWorkerModule({
  name: 'HallLineMetrics',
  dependencies: [typesetterWorkerModule],
  init(typesetter: Typesetter) {
    return (args: Record<string, unknown>) =>
      new Promise<number[]>((resolve) =>
        typesetter.typeset(Object.assign({}, args, { metricsOnly: true }), (result) =>
          resolve(result.blockBounds),
        ),
      );
  },
}) as (args: Record<string, unknown>) => Promise<number[]>;

/**
 * Lines of a query as the hall's labels get them: the text and font the font router picks
 * (BatchedLabels.tsx), troika's default font (the full font) behind it as getTextRenderInfo puts it, the
 * same typeset parameters (typesetParams.ts) and unicode fallback location (BatchedLabels' configureOnce).
 */
export function troikaLines(router: FontRouter): (query: LineQuery) => Promise<number> {
  const unicodeFontsURL = new URL('unicode/', router.fallbackUrl).href;
  return async (query) => {
    const routed = router.route(query.text, query.bold);
    const [, minY = 0, , maxY = 0] = await typesetMetrics({
      ...typesetParams(lineQueryLabel(query)),
      text: routed.text,
      font: [
        { label: 'default', src: router.fallbackUrl },
        { label: 'user', src: routed.font },
      ],
      unicodeFontsURL,
    });
    return linesOfBlock(query, maxY - minY);
  };
}
