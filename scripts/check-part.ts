// Temporary helper for content authors: validates a part file against the schema pieces.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { Booth, Entrance, Sector, LocalizedText } from '../src/content/schema.ts';
const file = process.argv[2];
const data = JSON.parse(readFileSync(file, 'utf8'));
const Part = z.union([
  z.object({ booths: z.array(Booth) }).strict(),
  z.object({ entrance: Entrance, sectors: z.array(Sector), title: LocalizedText, subtitle: LocalizedText, source: z.any() }).strict(),
]);
const r = Part.safeParse(data);
if (r.success) { console.log('OK', file); } else { for (const i of r.error.issues) console.log(i.path.join('.'), '-', i.message); process.exit(1); }
