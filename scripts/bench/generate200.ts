/**
 * A large exhibition for scaling figures: the real booths cloned cyclically up to `count` (booth i is a
 * copy of booth i mod 19), each with a new unique kebab-case id (`<id>-b007`). Entrance, sectors and texts
 * are unchanged, so every sector stays valid and the served font subsets still cover every character.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Exhibition, type Booth } from '../../src/content/schema.ts';

export function cloneId(id: string, index: number): string {
  return `${id}-b${String(index).padStart(3, '0')}`;
}

export function generateExhibition(base: Exhibition, count: number): Exhibition {
  if (base.booths.length === 0) throw new Error('the base exhibition has no booths to clone');
  const clones: Booth[] = [];
  for (let i = 0; i < count; i++) {
    const source = base.booths[i % base.booths.length] as Booth;
    clones.push({ ...structuredClone(source), id: cloneId(source.id, i) });
  }
  const { $schema: _schema, ...rest } = base;
  return Exhibition.parse({ ...rest, booths: clones });
}

/** The first booth of every sector, in the exhibition's order: the stops of the bench route. */
export function firstBoothOfEachSector(exhibition: Exhibition): Booth[] {
  const seen = new Set<string>();
  return exhibition.booths.filter((booth) => !seen.has(booth.sector) && seen.add(booth.sector));
}

export function readExhibition(path: string): Exhibition {
  return Exhibition.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** Generate from `basePath`, validate with the app's zod schema and write it next to the built content. */
export function writeGenerated(basePath: string, outPath: string, count: number): Exhibition {
  const generated = generateExhibition(readExhibition(basePath), count);
  writeFileSync(outPath, JSON.stringify(generated));
  return generated;
}
