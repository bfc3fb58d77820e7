import { estimateLines, lineKey, type LineQuery, type MeasureLines } from './lineMeasure.ts';

/** Measures queries asynchronously (troika's typesetter in the browser) and keeps every answer. */
export interface LineMeasurer {
  /** A measure answering all of `queries` from what is measured already, or null while some are not. */
  known(queries: readonly LineQuery[]): MeasureLines | null;
  /** Measures those of `queries` not measured yet, all at once; rejects when one cannot be measured. */
  measure(queries: readonly LineQuery[]): Promise<MeasureLines>;
}

/**
 * A cache over an asynchronous line count, per (text, size, width, weight). A query measured once is never
 * typeset again; one being measured is shared; one that failed is tried again at the next request.
 */
export function createLineMeasurer(typeset: (query: LineQuery) => Promise<number>): LineMeasurer {
  const lines = new Map<string, number>();
  const pending = new Map<string, Promise<number>>();
  // Every query a layout makes is in its list (lineMeasure.ts queriesOf): the estimate is never reached.
  const lookup: MeasureLines = (q) => lines.get(lineKey(q)) ?? estimateLines(q);
  const request = (q: LineQuery) => {
    const key = lineKey(q);
    let answer = pending.get(key);
    if (!answer) {
      answer = typeset(q).then(
        (n) => {
          lines.set(key, n);
          pending.delete(key);
          return n;
        },
        (error: unknown) => {
          pending.delete(key);
          throw error;
        },
      );
      pending.set(key, answer);
    }
    return answer;
  };
  return {
    known: (queries) => (queries.every((q) => lines.has(lineKey(q))) ? lookup : null),
    async measure(queries) {
      await Promise.all(queries.filter((q) => !lines.has(lineKey(q))).map(request));
      return lookup;
    },
  };
}
