import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as THREE from 'three';
import { THREE_CATALOGUE } from './threeCatalogue.ts';

/** DOM / SVG elements whose names three also exports as a class. */
const DOM_NAMES = new Set(['path', 'line', 'audio', 'source', 'image', 'text']);
const pascal = (tag: string) => tag[0]!.toUpperCase() + tag.slice(1);

/** Lowercase JSX elements that name a three class: what fiber looks up in its catalogue. */
function threeElements(code: string, pattern: RegExp): string[] {
  return [...code.matchAll(pattern)]
    .map((m) => m[1]!)
    .filter((tag) => !DOM_NAMES.has(tag) && pascal(tag) in THREE);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.tsx')
        ? [join(dir, entry.name)]
        : [],
  );
}

describe('the three catalogue registered with fiber (the build drops Canvas’s extend(THREE))', () => {
  it('holds every three element the hall’s JSX names', () => {
    const used = new Set(
      sourceFiles('src').flatMap((file) =>
        threeElements(readFileSync(file, 'utf8'), /<([a-z][A-Za-z0-9]*)\b/g),
      ),
    );
    expect(used.size).toBeGreaterThan(5);
    for (const tag of used)
      expect({ tag, registered: pascal(tag) in THREE_CATALOGUE }).toEqual({ tag, registered: true });
  });

  it('holds every three element @react-three/xr creates', () => {
    const dist = 'node_modules/@react-three/xr/dist';
    const code = readdirSync(dist, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(dist, f), 'utf8'))
      .join('\n');
    const used = new Set(threeElements(code, /jsxs?\("([a-z][A-Za-z0-9]*)"/g));
    expect(used.size).toBeGreaterThan(0);
    for (const tag of used)
      expect({ tag, registered: pascal(tag) in THREE_CATALOGUE }).toEqual({ tag, registered: true });
  });
});
