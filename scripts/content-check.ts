/**
 * `npm run content:check [file]` — validate an exhibition JSON the way the app does, plus checks that
 * need the disk (every referenced asset exists under public/). Prints every problem as
 * `file → json.path: reason` and exits non-zero when there is one.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { validateExhibition } from '../src/content/validate.ts';
import { ContentError, formatIssue, type ContentIssue } from '../src/content/issues.ts';
import { parseJson } from '../src/content/parseJson.ts';
import { REFERENCE_PAGE } from '../src/content/safeUrl.ts';
import { fontWarnings, servedCodePoints } from './fontCoverage.ts';

/**
 * The file a site path names inside `publicDir` (the site's root), or null when it would be outside it.
 * The path is resolved as the browser resolves it (against the page, so `..` stops at the root), then
 * decoded (`%2F`, `%2e`) and resolved again on disk; symbolic links are followed before the check.
 */
export function assetFile(src: string, publicDir: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(src, REFERENCE_PAGE).pathname);
  } catch {
    return null;
  }
  const root = resolve(publicDir);
  const inside = (file: string) => file === root || file.startsWith(root + sep);
  const file = resolve(root, `.${pathname}`);
  if (!inside(file)) return null;
  if (!existsSync(file)) return file;
  const realRoot = realpathSync(root);
  const real = realpathSync(file);
  return real === realRoot || real.startsWith(realRoot + sep) ? file : null;
}

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
    data = parseJson(file, text);
  } catch (error) {
    if (error instanceof ContentError) return error.issues;
    throw error;
  }
  // Media paths resolve as in the browser: against the page (the site root, public/), never outside it.
  const assetExists = (src: string) => {
    const asset = assetFile(src, publicDir);
    return asset !== null && existsSync(asset);
  };
  const result = validateExhibition(file, data, assetExists);
  return result.ok ? [] : result.issues;
}

/** Warnings that do not stop publishing: characters no served font can show. */
export function checkContentWarnings(path: string): ContentIssue[] {
  const file = relative(process.cwd(), path) || path;
  try {
    return fontWarnings(file, parseJson(file, readFileSync(path, 'utf8')), servedCodePoints());
  } catch {
    return [];
  }
}

const isMain = process.argv[1] && resolve(process.argv[1]).endsWith('content-check.ts');
if (isMain) {
  const target = resolve(process.argv[2] ?? 'public/content/exhibition.json');
  const issues = checkContentFile(target);
  const warnings = checkContentWarnings(target);
  for (const warning of warnings) console.warn(`warning: ${formatIssue(warning)}`);
  if (issues.length) {
    for (const issue of issues) console.error(formatIssue(issue));
    console.error(`\n${issues.length} problem${issues.length === 1 ? '' : 's'} found.`);
    process.exit(1);
  }
  console.log(
    `${relative(process.cwd(), target)}: OK` +
      (warnings.length ? ` (${warnings.length} warning${warnings.length === 1 ? '' : 's'})` : ''),
  );
}
