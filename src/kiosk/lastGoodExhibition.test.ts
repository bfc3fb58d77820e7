import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadKeepingLastGood, readLastGood, saveLastGood } from './lastGoodExhibition.ts';
import { ContentError } from '../content/issues.ts';
import { createContentValidator } from '../content/contentValidator.ts';

// No Worker in Node: the validator answers on this thread, as a browser without workers would.
const validator = createContentValidator(() => {});

const URL_ = 'content/exhibition.json';
const good = readFileSync('public/content/exhibition.json', 'utf8');
const broken = (() => {
  const data = JSON.parse(good);
  delete data.booths[3].title.en;
  return JSON.stringify(data);
})();

function serve(body: string, status = 200) {
  vi.stubGlobal('fetch', async () => new Response(body, { status }));
}

describe('the kiosk keeps its last good exhibition', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('keeps a copy of a file that validates', async () => {
    serve(good);
    const kept = await loadKeepingLastGood(URL_, validator);
    expect(kept.refused).toBeNull();
    expect(kept.exhibition.booths).toHaveLength(19);
    expect((await readLastGood(URL_))?.text).toBe(good);
  });

  it('shows the kept copy when the new file is broken, with the curator error, and keeps the copy', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    await saveLastGood(URL_, good, 1_000);
    serve(broken);
    const kept = await loadKeepingLastGood(URL_, validator);
    expect(kept.exhibition.booths[3]?.title.en).toBeTruthy();
    expect(kept.refused).toEqual({
      issues: [expect.objectContaining({ file: URL_, path: 'booths[3].title.en' })],
      shownSince: 1_000,
    });
    expect(String(log.mock.calls[0]?.[0])).toContain('content/exhibition.json → booths[3].title.en');
    expect((await readLastGood(URL_))?.text).toBe(good);
  });

  it('also when the server cannot be reached', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await saveLastGood(URL_, good);
    serve('Internal Server Error', 500);
    expect((await loadKeepingLastGood(URL_, validator)).refused?.issues[0]?.message).toMatch(/HTTP 500/);
  });

  it('shows the error when there is no good copy (or the copy no longer validates)', async () => {
    serve(broken);
    await expect(loadKeepingLastGood('content/other.json', validator)).rejects.toBeInstanceOf(ContentError);
    await saveLastGood('content/old.json', broken);
    await expect(loadKeepingLastGood('content/old.json', validator)).rejects.toThrow(
      /booths\[3\]\.title\.en/,
    );
  });
});
