import { DEFAULT_CONTENT_URL } from './load.ts';
import { ContentError } from './issues.ts';
import { sitePathProblem } from './safeUrl.ts';

/**
 * The exhibition file to load: `?content=` may name another JSON file of this site (a curator previewing
 * a draft). Anything else — another host, a backslash form, a non-JSON file — is refused with the reason,
 * rather than fetched or silently replaced by the default.
 */
export function contentUrlFrom(search: string, page: string): string {
  const param = new URLSearchParams(search).get('content');
  if (param === null || param === '') return DEFAULT_CONTENT_URL;
  const problem =
    sitePathProblem(param, page) ??
    (/\.json$/i.test(new URL(param, page).pathname) ? null : 'must name a .json file');
  if (problem) throw new ContentError([{ file: '?content=', path: '', message: `"${param}" ${problem}` }]);
  return param;
}
