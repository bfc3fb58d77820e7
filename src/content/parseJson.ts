import { ContentError, describeJsonSyntaxError } from './issues.ts';

/**
 * Parse a content file. A UTF-8 byte-order mark (editors on Windows write one) is accepted, as the
 * browser's decoder accepts it, so the app and `content:check` agree.
 */
export function parseJson(file: string, text: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (error) {
    throw new ContentError([{ file, path: '', message: describeJsonSyntaxError(body, error) }]);
  }
}
