/** Source map v3 `mappings` decoding (Base64 VLQ), enough to attribute generated columns to sources. */

export interface Segment {
  /** Generated column (UTF-16 code units, as String.slice counts). */
  column: number;
  /** Index into `sources`, when the segment maps to a source. */
  source?: number;
  /** Original line (0-based), when the segment maps to a source. */
  line?: number;
  /** Index into `names`, when the segment carries an original name. */
  name?: number;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** Decode one segment's VLQ fields. */
export function decodeVlq(text: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of text) {
    const digit = DIGIT.get(ch);
    if (digit === undefined) throw new Error(`invalid base64 VLQ character "${ch}"`);
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value % 2 === 1 ? -Math.floor(value / 2) : value / 2);
    value = 0;
    shift = 0;
  }
  return values;
}

/** Segments per generated line; columns reset each line, source, line and name indices carry over (deltas). */
export function decodeMappings(mappings: string): Segment[][] {
  let source = 0;
  let original = 0;
  let name = 0;
  return mappings.split(';').map((line) => {
    let column = 0;
    const segments: Segment[] = [];
    for (const text of line.split(',')) {
      if (!text) continue;
      const fields = decodeVlq(text);
      column += fields[0] ?? 0;
      if (fields.length >= 4) {
        source += fields[1] ?? 0;
        original += fields[2] ?? 0;
        if (fields.length >= 5) {
          name += fields[4] ?? 0;
          segments.push({ column, source, line: original, name });
        } else segments.push({ column, source, line: original });
      } else segments.push({ column });
    }
    return segments.sort((a, b) => a.column - b.column);
  });
}
