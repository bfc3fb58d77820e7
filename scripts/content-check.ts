/**
 * `npm run content:check [file]` — validate an exhibition JSON the way the app does, plus checks that
 * need the disk (every referenced asset exists under public/). Prints every problem as
 * `file → json.path: reason` and exits non-zero when there is one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { validateExhibition } from '../src/content/validate.ts';
import { describeJsonSyntaxError, formatIssue, type ContentIssue } from '../src/content/issues.ts';

export function checkContentFile(path: string, publicDir = resolve('public')): ContentIssue[] {
  const file = relative(process.cwd(), path) || path;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return [{ file, path: '', message: `cannot read file (${(error as Error).message})` }];
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return [{ file, path: '', message: describeJsonSyntaxError(text, error) }];
  }
  // Same-origin asset paths resolve against the file's folder when it is inside public/, else public/.
  const base = resolve(path).startsWith(publicDir) ? dirname(resolve(path)) : publicDir;
  const assetExists = (src: string) =>
    existsSync(src.startsWith('/') ? resolve(publicDir, `.${src}`) : resolve(base, src));
  const result = validateExhibition(file, data, assetExists);
  return result.ok ? [] : result.issues;
}

const isMain = process.argv[1] && resolve(process.argv[1]).endsWith('content-check.ts');
if (isMain) {
  const target = resolve(process.argv[2] ?? 'public/content/exhibition.json');
  const issues = checkContentFile(target);
  if (issues.length) {
    for (const issue of issues) console.error(formatIssue(issue));
    console.error(`\n${issues.length} problem${issues.length === 1 ? '' : 's'} found.`);
    process.exit(1);
  }
  console.log(`${relative(process.cwd(), target)}: OK`);
}
