/** Writes public/content/exhibition.schema.json from the zod schema (editors use it for completion). */
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { Exhibition } from '../src/content/schema.ts';

const schema = z.toJSONSchema(Exhibition, { target: 'draft-2020-12' });
const out = { ...schema, title: 'Shenzhen Metaverse Expo exhibition', $id: 'exhibition.schema.json' };
writeFileSync('public/content/exhibition.schema.json', JSON.stringify(out, null, 2) + '\n');
console.log('wrote public/content/exhibition.schema.json');
