import { describe, expect, it } from 'vitest';
import { hashFor, parseHash, routeOf } from './route.ts';

describe('hash routes', () => {
  it('parses booth deep links, the text view and falls back to the hall', () => {
    expect(parseHash('#/booth/virtual-tv-host')).toEqual({ kind: 'booth', id: 'virtual-tv-host' });
    expect(parseHash('#/booth/virtual-tv-host/')).toEqual({ kind: 'booth', id: 'virtual-tv-host' });
    expect(parseHash('#/text')).toEqual({ kind: 'text' });
    expect(parseHash('')).toEqual({ kind: 'hall' });
    expect(parseHash('#/nonsense')).toEqual({ kind: 'hall' });
  });
  it('shows the text view in the URL also when a booth was open before it', () => {
    expect(routeOf({ selectedBoothId: 'a-b', overlay: 'text' })).toEqual({ kind: 'text' });
    expect(routeOf({ selectedBoothId: 'a-b', overlay: 'none' })).toEqual({ kind: 'booth', id: 'a-b' });
    expect(routeOf({ selectedBoothId: 'a-b', overlay: 'directory' })).toEqual({ kind: 'booth', id: 'a-b' });
    expect(routeOf({ selectedBoothId: null, overlay: 'directory' })).toEqual({ kind: 'hall' });
  });
  it('round-trips', () => {
    for (const route of [{ kind: 'booth', id: 'a-b' }, { kind: 'text' }, { kind: 'hall' }] as const)
      expect(parseHash(hashFor(route))).toEqual(route);
  });
});
