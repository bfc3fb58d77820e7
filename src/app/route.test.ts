import { describe, expect, it } from 'vitest';
import { hashFor, parseHash } from './route.ts';

describe('hash routes', () => {
  it('parses booth deep links, the text view and falls back to the hall', () => {
    expect(parseHash('#/booth/virtual-tv-host')).toEqual({ kind: 'booth', id: 'virtual-tv-host' });
    expect(parseHash('#/booth/virtual-tv-host/')).toEqual({ kind: 'booth', id: 'virtual-tv-host' });
    expect(parseHash('#/text')).toEqual({ kind: 'text' });
    expect(parseHash('')).toEqual({ kind: 'hall' });
    expect(parseHash('#/nonsense')).toEqual({ kind: 'hall' });
  });
  it('round-trips', () => {
    for (const route of [{ kind: 'booth', id: 'a-b' }, { kind: 'text' }, { kind: 'hall' }] as const)
      expect(parseHash(hashFor(route))).toEqual(route);
  });
});
