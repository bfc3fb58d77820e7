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
  const position = /position (\d+)/.exec(message)?.[1];
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return `invalid JSON at line ${lineCol[1]}, column ${lineCol[2]}: ${message}`;
  if (position === undefined) return `invalid JSON: ${message}`;
  const before = text.slice(0, Number(position));
  const line = before.split('\n').length;
  const column = Number(position) - before.lastIndexOf('\n');
  return `invalid JSON at line ${line}, column ${column}: ${message}`;
}
