/** One problem found in a content file, precise enough for a curator to fix it. */
export interface ContentIssue {
  file: string;
  /** JSON path such as `booths[3].figures[0].value`; empty for the whole file. */
  path: string;
  message: string;
}

export class ContentError extends Error {
  readonly issues: ContentIssue[];
  constructor(issues: ContentIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'ContentError';
    this.issues = issues;
  }
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}${issue.path ? ` → ${issue.path}` : ''}: ${issue.message}`;
}

/** Turns JSON.parse's error into a message with line and column. */
export function describeJsonSyntaxError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return `invalid JSON at line ${lineCol[1]}, column ${lineCol[2]}: ${message}`;
  const position = errorPosition(text, message);
  if (position === null) return `invalid JSON: ${message}`;
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `invalid JSON at line ${line}, column ${column}: ${message.split('\n')[0]}`;
}

/**
 * V8 names either a position or, for "Unexpected token", a snippet around the token
 * (`Unexpected token ',', ..."booths": [,  {"... is not valid JSON`): find the snippet in the text.
 */
function errorPosition(text: string, message: string): number | null {
  const position = /position (\d+)/.exec(message)?.[1];
  if (position !== undefined) return Number(position);
  const token = /^Unexpected token '(.)', /.exec(message);
  const snippet = /, (?:\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON$/.exec(message)?.[1];
  if (!token?.[1] || snippet === undefined) return null;
  const at = text.indexOf(snippet);
  const offset = snippet.indexOf(token[1]);
  return at >= 0 && offset >= 0 ? at + offset : null;
}
