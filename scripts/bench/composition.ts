/**
 * What the main chunk is made of: a second production build with source maps into a temporary folder
 * (dist/ is untouched), then every mapped span of the minified chunk is attributed to its source file and
 * grouped by npm package (or by folder of src/). Minified bytes are exact; gzip per package is estimated by
 * compressing that package's spans together.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { ROOT } from './config.ts';
import { decodeMappings } from './sourcemap.ts';
import { gzipSize, initialAssets } from './sizes.ts';

interface SourceMap {
  mappings: string;
  sources: string[];
}

export interface PackageShare {
  name: string;
  raw: number;
  gzip: number;
  share: number;
}

export interface Composition {
  /** The chunks index.html loads (entry script and module preloads), content hash removed. */
  chunks: { file: string; raw: number }[];
  raw: number;
  packages: PackageShare[];
}

/** `…/node_modules/@scope/name/…` → `@scope/name`; `src/scene/x.ts` → `src/scene`. */
export function groupOf(source: string): string {
  const path = source.replace(/\\/g, '/');
  const nm = path.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = path.slice(nm + 'node_modules/'.length).split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? source);
  }
  const src = /(?:^|\/)src\/(.+)$/.exec(path)?.[1];
  if (src) return `src/${src.split('/')[0]}`;
  return path.startsWith('\0') || path.includes('virtual:')
    ? '(bundler runtime)'
    : path.replace(/^(\.\.\/)+/, '');
}

const GENERATED = '(bundler-generated)';

/**
 * Attribute each span of generated code to the source of the mapping segment that starts it. A line that
 * starts without a segment continues the previous line's source (multi-line template literals such as
 * three's GLSL chunks are mapped only where they begin).
 */
export function attribute(code: string, mappings: string, sources: readonly string[]): Map<string, string[]> {
  const pieces = new Map<string, string[]>();
  const add = (group: string, text: string) => {
    if (!text) return;
    const list = pieces.get(group) ?? [];
    list.push(text);
    pieces.set(group, list);
  };
  const decoded = decodeMappings(mappings);
  let current = GENERATED;
  code.split('\n').forEach((line, index) => {
    const segments = decoded[index] ?? [];
    add(current, line.slice(0, segments[0]?.column ?? line.length));
    segments.forEach((segment, i) => {
      const end = segments[i + 1]?.column ?? line.length;
      const source = segment.source === undefined ? undefined : sources[segment.source];
      current = source === undefined ? GENERATED : groupOf(source);
      add(current, line.slice(segment.column, end));
    });
  });
  return pieces;
}

export async function analyzeInitialChunks(): Promise<Composition> {
  const outDir = mkdtempSync(join(tmpdir(), 'hall-bench-analyze-'));
  try {
    await build({
      root: ROOT,
      configFile: resolve(ROOT, 'vite.config.ts'),
      logLevel: 'error',
      build: { outDir, emptyOutDir: true, sourcemap: true, reportCompressedSize: false },
    });
    const files = initialAssets(readFileSync(join(outDir, 'index.html'), 'utf8')).filter((f) =>
      f.endsWith('.js'),
    );
    if (files.length === 0) throw new Error('the analysis build has no module script in index.html');
    const pieces = new Map<string, string[]>();
    const chunks = files.map((file) => {
      const code = readFileSync(join(outDir, file), 'utf8');
      const mapPath = join(outDir, `${file}.map`);
      // The bundler's own runtime chunk is generated code with no sources, hence no map.
      const map = existsSync(mapPath) ? (JSON.parse(readFileSync(mapPath, 'utf8')) as SourceMap) : null;
      const attributed = map
        ? attribute(code, map.mappings, map.sources)
        : new Map([['(bundler runtime)', [code]]]);
      for (const [name, texts] of attributed) pieces.set(name, [...(pieces.get(name) ?? []), ...texts]);
      return {
        file: file.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, '.js'),
        raw: Buffer.byteLength(code),
      };
    });
    const raw = chunks.reduce((sum, c) => sum + c.raw, 0);
    const packages = [...pieces]
      .map(([name, texts]) => {
        const joined = Buffer.from(texts.join(''));
        return { name, raw: joined.length, gzip: gzipSize(joined), share: joined.length / raw };
      })
      .sort((a, b) => b.raw - a.raw);
    return { chunks, raw, packages };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
