// Security headers of the LAN server (scripts/serve-lan.ts); the kiosk build reuses the same policy.
//
// Why each CSP source is there:
// - script-src 'wasm-unsafe-eval': lets WebAssembly compile (three.js decoders) without allowing eval().
// - worker-src blob: and script-src blob:: troika-three-text builds its typesetting workers from
//   blob: URLs and those workers importScripts() further blob: modules. No 'unsafe-eval', no inline.
// - connect-src blob: data:: loaders fetch() object URLs and inlined data: buffers.
// - style-src 'unsafe-inline': React writes inline style attributes (panel positions, sector colours).
// - font-src data: blob:: fonts handed over as data: or blob: URLs rather than files.
// Everything else is same-origin only: the hall makes no request to another host.

const directives: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'", 'blob:'],
  'worker-src': ["'self'", 'blob:'],
  'connect-src': ["'self'", 'blob:', 'data:'],
  'img-src': ["'self'", 'data:', 'blob:'],
  'style-src': ["'self'", "'unsafe-inline'"],
  'font-src': ["'self'", 'data:', 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** The Content-Security-Policy header value sent with every response. */
export const CONTENT_SECURITY_POLICY: string = Object.entries(directives)
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');

/** Headers sent with every response (files, 404s and errors alike). Override or drop them per server. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
};

/** Header overrides: a string replaces (or adds) a header, null removes a default one. */
export type HeaderOverrides = Record<string, string | null>;

/** The defaults with the overrides applied; header names compare case-insensitively. */
export function mergeHeaders(overrides: HeaderOverrides = {}): Record<string, string> {
  const merged = new Map<string, [string, string]>();
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) merged.set(name.toLowerCase(), [name, value]);
  for (const [name, value] of Object.entries(overrides)) {
    if (value === null) merged.delete(name.toLowerCase());
    else merged.set(name.toLowerCase(), [name, value]);
  }
  return Object.fromEntries(merged.values());
}
