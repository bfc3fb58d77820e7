/**
 * A sampled call frame of the built hall (URL, 0-based line and column of the function in a minified
 * chunk) mapped back to its source through the build's source maps: file, line and original name.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { groupOf } from '../composition.ts';
import { decodeMappings, type Segment } from '../sourcemap.ts';
import type { CallFrame } from './traceTasks.ts';

export interface SourcePlace {
  /** `src/scene/Hall.tsx:42` or `three/src/renderers/WebGLRenderer.js:310`; the URL where unmapped. */
  where: string;
  /** npm package or folder of src/ (composition.ts's grouping); `(native)` for frames without a script. */
  group: string;
  name: string;
}

interface LoadedMap {
  lines: Segment[][];
  sources: string[];
  names: string[];
}

/** The segment that covers `column` (the last one starting at or before it). */
export function segmentAt(segments: readonly Segment[], column: number): Segment | undefined {
  let found: Segment | undefined;
  for (const segment of segments) {
    if (segment.column > column) break;
    found = segment;
  }
  return found;
}

/** `../../node_modules/three/src/x.js` → `three/src/x.js`; `../../src/a/b.ts` → `src/a/b.ts`. */
export function shortSource(source: string): string {
  const path = source.replace(/\\/g, '/');
  const nm = path.lastIndexOf('node_modules/');
  if (nm >= 0) return path.slice(nm + 'node_modules/'.length);
  const src = path.lastIndexOf('src/');
  return src >= 0 ? path.slice(src) : path.replace(/^(\.\.\/)+/, '');
}

/** Looks frames up in the source maps next to the chunks of `servedDir`. */
export function sourceLookup(servedDir: string): (frame: CallFrame) => SourcePlace {
  const maps = new Map<string, LoadedMap | null>();
  const load = (path: string): LoadedMap | null => {
    if (!maps.has(path)) {
      const file = join(servedDir, `${path}.map`);
      const raw = existsSync(file)
        ? (JSON.parse(readFileSync(file, 'utf8')) as {
            mappings: string;
            sources: string[];
            names?: string[];
          })
        : null;
      maps.set(
        path,
        raw && { lines: decodeMappings(raw.mappings), sources: raw.sources, names: raw.names ?? [] },
      );
    }
    return maps.get(path) ?? null;
  };
  return (frame) => {
    const name = frame.functionName || '(anonymous)';
    if (!frame.url) return { where: '', group: '(native)', name };
    const path = new URL(frame.url).pathname.replace(/^\//, '');
    const map = load(path);
    const segment = map && segmentAt(map.lines[frame.lineNumber] ?? [], frame.columnNumber);
    const source = segment?.source === undefined ? undefined : map?.sources[segment.source];
    if (!map || !segment || source === undefined)
      return { where: `${path}:${frame.lineNumber + 1}`, group: path.replace(/-[\w-]{8}\.js$/, '.js'), name };
    const original = segment.name === undefined ? undefined : map.names[segment.name];
    return {
      where: `${shortSource(source)}:${(segment.line ?? 0) + 1}`,
      group: groupOf(source),
      name: original ?? name,
    };
  };
}
