import { describe, expect, it } from 'vitest';
import { createLineMeasurer } from './lineMeasurer.ts';
import { queriesOf, type LineQuery } from './lineMeasure.ts';

const q = (text: string, bold = false): LineQuery => ({ text, fontSize: 0.02, maxWidth: 1, bold });

/** A typesetter that answers the text's length in lines, and counts what it was asked. */
function countingTypeset(fail = new Set<string>()) {
  const asked: string[] = [];
  const typeset = async (query: LineQuery) => {
    asked.push(`${query.bold ? 'b' : 'r'}:${query.text}`);
    if (fail.has(query.text)) throw new Error(`cannot measure ${query.text}`);
    return query.text.length;
  };
  return { asked, typeset };
}

describe('createLineMeasurer', () => {
  it('answers from troika once measured, and typesets each (text, weight) only once', async () => {
    const { asked, typeset } = countingTypeset();
    const measurer = createLineMeasurer(typeset);
    const queries = [q('abc'), q('abc', true), q('de')];
    expect(measurer.known(queries)).toBeNull();
    const [a, b] = await Promise.all([measurer.measure(queries), measurer.measure([q('abc'), q('fghij')])]);
    expect(a(q('abc'))).toBe(3);
    expect(b(q('fghij'))).toBe(5);
    expect(measurer.known(queries)?.(q('de'))).toBe(2);
    await measurer.measure(queries);
    expect(asked.sort()).toEqual(['b:abc', 'r:abc', 'r:de', 'r:fghij']);
  });

  it('rejects when a text cannot be measured, and tries it again at the next request', async () => {
    const fail = new Set(['broken']);
    const { asked, typeset } = countingTypeset(fail);
    const measurer = createLineMeasurer(typeset);
    await expect(measurer.measure([q('ok'), q('broken')])).rejects.toThrow('cannot measure broken');
    expect(measurer.known([q('ok')])).not.toBeNull();
    fail.clear();
    expect((await measurer.measure([q('ok'), q('broken')]))(q('broken'))).toBe(6);
    expect(asked).toEqual(['r:ok', 'r:broken', 'r:broken']);
  });
});

describe('queriesOf', () => {
  it('lists every text a layout measures, once each', () => {
    const layout = (measure: (query: LineQuery) => number) =>
      measure(q('title', true)) + measure(q('body')) + measure(q('body'));
    expect(queriesOf(layout)).toEqual([q('title', true), q('body')]);
  });
});
