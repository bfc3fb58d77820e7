import { describe, expect, it } from 'vitest';
import { createFontRouter, PLACEHOLDER } from './fontManifest.ts';

const manifest = {
  regular: 'r.woff',
  bold: 'b.woff',
  fallback: 'f.woff',
  regularChars: '展馆AB',
  boldChars: '展A',
};

describe('font router', () => {
  it('uses the bold subset when it covers the text, else the regular one', () => {
    const router = createFontRouter('http://127.0.0.1/fonts/', manifest, null);
    expect(router.route('展A', true).font).toBe('http://127.0.0.1/fonts/b.woff');
    expect(router.route('展馆', true).font).toBe('http://127.0.0.1/fonts/r.woff');
    expect(router.route('A B', false)).toEqual({ text: 'A B', font: 'http://127.0.0.1/fonts/r.woff' });
  });

  it('keeps characters the fallback font has and replaces the rest, so nothing is looked up on a CDN', () => {
    const router = createFontRouter('http://127.0.0.1/fonts/', manifest, '新');
    expect(router.needsFallback('新展')).toBe(true);
    expect(router.route('新展😀', false).text).toBe(`新展${PLACEHOLDER}`);
  });
});
