import { describe, expect, it } from 'vitest';
import { micProblemOf } from './voiceStore.ts';
import { vt } from './voiceStrings.ts';

const error = (name: string) => Object.assign(new Error(name), { name });

describe('micProblemOf', () => {
  it('tells a refused microphone from a missing one', () => {
    expect(micProblemOf(error('NotAllowedError'))).toBe('denied');
    expect(micProblemOf(error('NotFoundError'))).toBe('missing');
    expect(micProblemOf(error('NotReadableError'))).toBe('missing');
    expect(micProblemOf(error('AbortError'))).toBe('failed');
    expect(micProblemOf(undefined)).toBe('failed');
  });
  it('has a line for each, in both languages', () => {
    expect(vt(micProblemOf(error('NotAllowedError')), 'en')).toMatch(/refused/);
    expect(vt('missing', 'zh')).toBe('没有找到麦克风。');
    expect(vt('reaches', 'en', { n: 10, m: 29 })).toBe('Voice reaches 10 of 29 visitors');
  });
});
