/**
 * Every character the hall can show in the DOM or in 3D, so both font subsets (regular and bold) cover it:
 * the exhibition content, every UI string in all languages, and the text written straight into the app's
 * source (string literals and JSX text that are not in src/i18n/strings.ts, e.g. VR panel buttons, the
 * kiosk's call to action) and into index.html. Node only (build time and tests).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { Exhibition } from '../../src/content/schema.ts';
import { collectText } from '../../src/content/collectText.ts';
import { allUiStrings } from '../../src/i18n/strings.ts';

/** Always available: printable ASCII, common punctuation and the placeholder for unknown characters. */
export const BASE_CHARACTERS =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~' +
  '〓·—–…“”‘’‹›«»、。，：；！？（）《》「」【】×±°~';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The string literals, template parts and JSX text of one TypeScript / TSX source (comments left out). */
export function sourceLiterals(code: string, fileName = 'source.tsx'): string[] {
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node))
      if (node.text) out.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

/** The text written in the app's source files (not tests) and in index.html (its visible parts and attributes). */
export function sourceText(root: string): string[] {
  const html = readFileSync(join(root, 'index.html'), 'utf8').replace(/<script[\s\S]*?<\/script>/g, '');
  return [
    ...sourceFiles(join(root, 'src')).flatMap((file) => sourceLiterals(readFileSync(file, 'utf8'), file)),
    html,
  ];
}

/** The UI's text: strings.ts in every language, the source's literal text and the base set. */
export function uiText(root: string): string {
  return [...allUiStrings(), ...sourceText(root), BASE_CHARACTERS].join('');
}

/** Everything served: the exhibition's text plus the UI's. */
export function servedText(exhibition: Exhibition, root: string): string {
  return [...collectText(exhibition), uiText(root)].join('');
}
