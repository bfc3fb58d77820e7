import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFor, SCHEMA_FILES } from './export-schema.ts';

describe('the JSON Schemas served beside the content', () => {
  for (const entry of SCHEMA_FILES)
    it(`public/content/${entry.file} matches its zod schema (run npm run content:schema)`, () => {
      const onDisk = JSON.parse(readFileSync(`public/content/${entry.file}`, 'utf8'));
      expect(onDisk).toEqual(jsonSchemaFor(entry));
    });

  it('are where the content files point', () => {
    for (const file of ['exhibition.json', 'kiosk.json']) {
      const { $schema } = JSON.parse(readFileSync(`public/content/${file}`, 'utf8')) as { $schema: string };
      expect(SCHEMA_FILES.map((e) => `./${e.file}`)).toContain($schema);
    }
  });
});
