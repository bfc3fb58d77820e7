import { describe, expect, it } from 'vitest';
import { fontWarnings, servedCodePoints } from './fontCoverage.ts';

const covered = servedCodePoints();

describe('characters no served font has', () => {
  it('the served font covers Chinese, Latin and the usual punctuation', () => {
    for (const c of '深圳元宇宙 Metaverse 2023 “—…”，。（）%')
      expect(covered.has(c.codePointAt(0) as number), c).toBe(true);
  });

  it('warn once per text with its path, naming each character (emoji, Thai, Arabic, rare CJK)', () => {
    const data = {
      title: { zh: '展览 🎉', en: 'Expo 🎉🎉' },
      booths: [{ summary: { zh: '𠀀 龘', en: 'สวัสดี' } }, { title: { zh: '好', en: 'مرحبا' } }],
    };
    const warnings = fontWarnings('x.json', data, covered);
    expect(warnings.map((w) => w.path)).toEqual([
      'title.zh',
      'title.en',
      'booths[0].summary.zh',
      'booths[0].summary.en',
      'booths[1].title.en',
    ]);
    expect(warnings[0]?.message).toMatch(/"🎉" \(U\+1F389\)/);
    expect(warnings[1]?.message.match(/U\+1F389/g)).toHaveLength(1);
    expect(warnings[2]?.message).toMatch(/U\+20000/);
    expect(warnings[3]?.message).toMatch(/U\+0E2A/);
  });

  it('has nothing to say about the shipped exhibition', async () => {
    const { readFileSync } = await import('node:fs');
    const data = JSON.parse(readFileSync('public/content/exhibition.json', 'utf8'));
    expect(fontWarnings('exhibition.json', data, covered)).toEqual([]);
  });
});
