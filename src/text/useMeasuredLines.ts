import { useEffect, useMemo, useState } from 'react';
import type { FontRouter } from './fontManifest.ts';
import { estimateLines, lineKey, type LineQuery, type MeasureLines } from './lineMeasure.ts';
import { createLineMeasurer, type LineMeasurer } from './lineMeasurer.ts';
import { troikaLines } from './troikaLines.ts';

/** A measure and where its answers come from: troika's typesetter, or the estimate when it failed. */
export interface MeasuredLines {
  measure: MeasureLines;
  source: 'troika' | 'estimate';
}

/**
 * Far longer than any real measurement: a booth takes ~40 ms in troika's worker, but on a first visit that
 * worker lays out the hall's ~400 labels first (a deep-linked panel waited 5.7 s for it on the loaded
 * 2-core test machine under SwiftShader; its text would have waited as long to be drawn).
 */
const GIVE_UP_MS = 60_000;

/** A cache of troika's line counts with the hall's fonts, for as long as the component lives. */
export function useLineMeasurer(router: FontRouter): LineMeasurer {
  return useMemo(() => createLineMeasurer(troikaLines(router)), [router]);
}

/**
 * troika's line counts for `queries` once they are measured (null until then): laid out from these, a
 * panel is exact. If troika cannot answer (a font failed to load), the estimate, said on the console.
 */
export function useMeasuredLines(
  measurer: LineMeasurer,
  queries: readonly LineQuery[],
): MeasuredLines | null {
  const key = useMemo(() => queries.map(lineKey).join('\n'), [queries]);
  const [answer, setAnswer] = useState<{ key: string; lines: MeasuredLines } | null>(null);
  const known = measurer.known(queries);

  useEffect(() => {
    if (measurer.known(queries)) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const giveUp = new Promise<never>((_, fail) => {
      timer = setTimeout(() => fail(new Error(`no answer in ${GIVE_UP_MS / 1000} s`)), GIVE_UP_MS);
    });
    const start = performance.now();
    Promise.race([measurer.measure(queries), giveUp]).then(
      (measure) => {
        // How long troika took (a user-timing entry for the bench and the tests; nothing is asserted on it).
        performance.measure('hall:panel-lines', { start, end: performance.now() });
        if (live) setAnswer({ key, lines: { measure, source: 'troika' } });
      },
      (error: unknown) => {
        console.warn('Panel text could not be measured with troika; paging by the estimate:', error);
        if (live) setAnswer({ key, lines: { measure: estimateLines, source: 'estimate' } });
      },
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [measurer, queries, key]);

  const cached = useMemo<MeasuredLines | null>(
    () => (known ? { measure: known, source: 'troika' } : null),
    [known],
  );
  return cached ?? (answer?.key === key ? answer.lines : null);
}
