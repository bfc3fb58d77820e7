/**
 * An exhibition with every text at its schema limit (and every list of a booth at its most items): the
 * layouts are tested against it (unit tests on the 3D labels, `e2e/limits.spec.ts` on the panels).
 * The limits are read from the JSON Schema the zod schema exports, so they cannot drift apart.
 */
import { z } from 'zod';
import { Exhibition } from '../../src/content/schema.ts';

type JsonSchema = {
  type?: string;
  maxLength?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
};

const FILLER = {
  zh: '深圳市元宇宙产业白皮书展示案例与关键数据',
  en: 'Metaverse industry white paper case with key figures ',
};
/** Lists left as they are: their size is the hall's, not a text's. */
const KEEP_LENGTH = new Set(['booths', 'sectors', 'timeline']);
const FILLED_KEYS = new Set(['zh', 'en', 'value', 'section']);

function fill(key: string, length: number): string {
  const source = key === 'zh' ? FILLER.zh : key === 'en' ? FILLER.en : '7,800,000,000+%';
  const text = source.repeat(Math.ceil(length / source.length) + 1).slice(0, length);
  return text.trim().length === length ? text : `${text.trim()}${'x'.repeat(length - text.trim().length)}`;
}

function atLimit(value: unknown, schema: JsonSchema | undefined, key: string): unknown {
  if (!schema) return value;
  if (typeof value === 'string')
    return schema.maxLength && FILLED_KEYS.has(key) ? fill(key, schema.maxLength) : value;
  if (Array.isArray(value)) {
    const items = value.map((v) => atLimit(v, schema.items, key));
    if (schema.maxItems && !KEEP_LENGTH.has(key) && items.length)
      while (items.length < schema.maxItems) items.push(structuredClone(items[items.length - 1]));
    return items;
  }
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, atLimit(v, schema.properties?.[k], k)]),
    );
  return value;
}

/** `base` (a valid exhibition) with every text filled to its limit. */
export function atLimitExhibition(base: unknown): Exhibition {
  const schema = z.toJSONSchema(Exhibition, { target: 'draft-2020-12' }) as JsonSchema;
  return Exhibition.parse(atLimit(base, schema, ''));
}
