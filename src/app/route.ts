/** The URL contract: `#/booth/<id>` opens a booth, `#/text` the text view, anything else the hall. */
export type Route = { kind: 'hall' } | { kind: 'booth'; id: string } | { kind: 'text' };

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '');
  const booth = /^\/booth\/([^/?#]+)\/?$/.exec(path);
  if (booth?.[1]) return { kind: 'booth', id: decodeURIComponent(booth[1]) };
  if (path === '/text') return { kind: 'text' };
  return { kind: 'hall' };
}

/** The route the hall shows: the text view covers everything (also a booth opened before it), then a booth. */
export function routeOf(state: { selectedBoothId: string | null; overlay: string }): Route {
  if (state.overlay === 'text') return { kind: 'text' };
  if (state.selectedBoothId) return { kind: 'booth', id: state.selectedBoothId };
  return { kind: 'hall' };
}

export function hashFor(route: Route): string {
  if (route.kind === 'booth') return `#/booth/${encodeURIComponent(route.id)}`;
  if (route.kind === 'text') return '#/text';
  return '#/';
}
