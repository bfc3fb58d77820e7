/**
 * Which URLs content (and `?content=`) may use. Same-origin is decided the way the browser decides it:
 * resolve against the page (`new URL(href, base)`) and compare origins. Forms that a browser "repairs"
 * into another host (`/\evil.example`, `\\evil.example`, ` //evil`, a tab inside `//`) are refused
 * before that, each with a message a curator can act on.
 */

/** The page used where there is none (the schema, the CLI): any same-origin path stays on it. */
export const REFERENCE_PAGE = 'https://hall.invalid/';

const SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;

/** Why a URL's spelling is refused whatever it resolves to; null when the form is fine. */
export function urlFormProblem(value: string): string | null {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(value))
    return 'must not contain control characters (tabs, line breaks): browsers silently drop them';
  if (value.includes('\\')) return 'must not contain a backslash: browsers read "\\" as "/"';
  if (value !== value.trim()) return 'must not start or end with spaces';
  if (value.startsWith('//'))
    return 'must not start with "//": a protocol-relative URL points to another site';
  return null;
}

/** Why `value` is not a path on this site (resolved against `page`); null when it is one. */
export function sitePathProblem(value: string, page: string = REFERENCE_PAGE): string | null {
  const form = urlFormProblem(value);
  if (form) return form;
  if (!value) return 'must not be empty';
  if (SCHEME.test(value)) return 'must be a path on this site (like media/photo.jpg), not a URL';
  let url: URL;
  try {
    url = new URL(value, page);
  } catch {
    return 'is not a valid path';
  }
  return url.origin === new URL(page).origin ? null : 'must stay on this site (it resolves to another one)';
}

/** Why `value` is neither a path on this site nor an https:// URL; null when it is one of them. */
export function linkProblem(value: string, page: string = REFERENCE_PAGE): string | null {
  if (!/^https:/i.test(value)) {
    const problem = sitePathProblem(value, page);
    return problem && SCHEME.test(value) ? 'must be a same-origin path or an https:// URL' : problem;
  }
  const form = urlFormProblem(value);
  if (form) return form;
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' || !url.hostname || !/^https:\/\/[^/]/i.test(value))
      return 'must be an https:// URL with a host';
    if (url.username || url.password) return 'must not carry a user name or password';
  } catch {
    return 'is not a valid https:// URL';
  }
  return null;
}

/** True when the (already checked) link leaves this site, resolved against `page`. */
export function isExternalLink(href: string, page: string): boolean {
  try {
    return new URL(href, page).origin !== new URL(page).origin;
  } catch {
    return true;
  }
}
