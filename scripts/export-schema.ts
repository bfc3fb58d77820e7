/**
 * Writes the JSON Schemas editors use for completion and checking (each file's `$schema` line):
 * public/content/exhibition.schema.json and public/content/kiosk.schema.json, from the zod schemas.
 */
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { Exhibition } from '../src/content/schema.ts';
import { KioskSettings } from '../src/content/kioskSettingsSchema.ts';

export const SCHEMA_FILES = [
  { file: 'exhibition.schema.json', title: 'Shenzhen Metaverse Expo exhibition', schema: Exhibition },
  { file: 'kiosk.schema.json', title: 'Shenzhen Metaverse Expo kiosk settings', schema: KioskSettings },
] as const;

/** The JSON Schema document written for one zod schema. */
export function jsonSchemaFor(entry: (typeof SCHEMA_FILES)[number]): Record<string, unknown> {
  const schema = z.toJSONSchema(entry.schema, { target: 'draft-2020-12' });
  return { ...schema, title: entry.title, $id: entry.file };
}

const isMain = process.argv[1]?.endsWith('export-schema.ts');
if (isMain)
  for (const entry of SCHEMA_FILES) {
    writeFileSync(`public/content/${entry.file}`, JSON.stringify(jsonSchemaFor(entry), null, 2) + '\n');
    console.log(`wrote public/content/${entry.file}`);
  }
