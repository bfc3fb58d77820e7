/**
 * A large exhibition for scaling figures: the real booths cloned cyclically up to `count`, each clone with a
 * new unique kebab-case id (`<id>-b007`). Clones are then ordered sector by sector (in the order of
 * `sectors`, stable within a sector) so that, as in a real exhibition, a sector's booths stand together;
 * entrance, sectors and texts are unchanged, so the served font subsets still cover every character.
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
  const sectorOrder = new Map(base.sectors.map((s, i) => [s.id, i]));
  const rank = (b: Booth) => sectorOrder.get(b.sector) ?? sectorOrder.size;
  const booths = clones
    .map((booth, index) => ({ booth, index }))
    .sort((a, b) => rank(a.booth) - rank(b.booth) || a.index - b.index)
    .map(({ booth }) => booth);
  const { $schema: _schema, ...rest } = base;
  return Exhibition.parse({ ...rest, booths });
}

/** The first booth of each sector zone, in walking order: the stops of the bench route. */
export function firstBoothOfEachSector(exhibition: Exhibition): Booth[] {
  const stops: Booth[] = [];
  let previous: string | null = null;
  for (const booth of exhibition.booths) {
    if (booth.sector !== previous) stops.push(booth);
    previous = booth.sector;
  }
  return stops;
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
