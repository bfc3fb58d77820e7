import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createContentValidator, type ValidatedIn } from './contentValidator.ts';
import { ContentError } from './issues.ts';
import { runValidation, type ValidationRequest } from './validateText.ts';

const good = readFileSync('public/content/exhibition.json', 'utf8');
const broken = (() => {
  const data = JSON.parse(good);
  delete data.booths[2].title.en;
  return JSON.stringify(data);
})();

/** A Worker that answers as src/content/validation.worker.ts does, or fails like a worker whose script is missing. */
function fakeWorker(mode: 'answers' | 'fails') {
  const started: string[] = [];
  class FakeWorker {
    onmessage: ((event: MessageEvent) => void) | null = null;
    onerror: ((event: ErrorEvent) => void) | null = null;
    terminated = false;
    constructor(url: URL) {
      started.push(url.pathname);
    }
    postMessage(message: { id: number; request: ValidationRequest }) {
      setTimeout(() => {
        if (this.terminated) return;
        if (mode === 'fails')
          return this.onerror?.({ message: 'script 404', preventDefault() {} } as ErrorEvent);
        const answer = { id: message.id, result: runValidation(structuredClone(message.request)) };
        this.onmessage?.({ data: structuredClone(answer) } as MessageEvent);
      });
    }
    terminate() {
      this.terminated = true;
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return started;
}

describe('createContentValidator', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('validates the exhibition in the worker and hands back its booths', async () => {
    const started = fakeWorker('answers');
    const where: ValidatedIn[] = [];
    const validator = createContentValidator((_url, w) => where.push(w));
    const exhibition = await validator.exhibition('content/exhibition.json', good);
    expect(exhibition.booths).toHaveLength(19);
    expect(started[0]).toMatch(/validation\.worker\.ts$/);
    expect(where).toEqual(['worker']);
    validator.dispose();
  });

  it("rejects with the curator's file, path and reason from the worker", async () => {
    fakeWorker('answers');
    const validator = createContentValidator(() => {});
    const failure = validator.exhibition('content/exhibition.json', broken);
    await expect(failure).rejects.toBeInstanceOf(ContentError);
    await expect(failure).rejects.toThrow(/content\/exhibition\.json → booths\[2\]\.title\.en/);
    await expect(validator.exhibition('x.json', '{"sectors": [}')).rejects.toThrow(/x\.json: invalid JSON/);
  });

  it('checks a kiosk tour against the booth ids it is given', async () => {
    fakeWorker('answers');
    const validator = createContentValidator(() => {});
    const settings = JSON.parse(readFileSync('public/content/kiosk.json', 'utf8'));
    settings.tour.order = ['a', 'nope'];
    const text = JSON.stringify(settings);
    expect((await validator.kioskSettings('content/kiosk.json', text, null)).tour.order).toEqual([
      'a',
      'nope',
    ]);
    await expect(validator.kioskSettings('content/kiosk.json', text, ['a'])).rejects.toThrow(
      /content\/kiosk\.json → tour\.order\[1\]: unknown booth id "nope"/,
    );
  });

  it('answers on the main thread, with the same result, when the worker fails', async () => {
    fakeWorker('fails');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const where: ValidatedIn[] = [];
    const validator = createContentValidator((_url, w) => where.push(w));
    expect((await validator.exhibition('content/exhibition.json', good)).booths).toHaveLength(19);
    await expect(validator.exhibition('content/exhibition.json', broken)).rejects.toThrow(/booths\[2\]/);
    expect(where).toEqual(['main thread', 'main thread']);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/content worker failed \(script 404\)/);
  });

  it('answers on the main thread where there is no Worker', async () => {
    vi.stubGlobal('Worker', undefined);
    const where: ValidatedIn[] = [];
    const validator = createContentValidator((_url, w) => where.push(w));
    expect((await validator.exhibition('content/exhibition.json', good)).sectors).toHaveLength(8);
    expect(where).toEqual(['main thread']);
  });
});
