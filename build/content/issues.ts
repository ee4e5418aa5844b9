/** Content problems and their report format. Pure: no DOM, no fs. */

export interface ContentIssue {
  /** The file as shown to the editor, relative to the repository root, e.g. `content/events/1956-x.yaml`. */
  file: string;
  /** 1-based line number. */
  line: number;
  /** What is wrong; may span several lines (continuation lines are indented by two spaces). */
  message: string;
}

/** `file:line: message`. */
export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}:${issue.line}: ${issue.message}`;
}

/** Sorts by file, then line; keeps the order of issues on the same line. */
export function sortIssues(issues: readonly ContentIssue[]): ContentIssue[] {
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort((a, b) =>
      a.issue.file < b.issue.file ? -1 : a.issue.file > b.issue.file ? 1 : a.issue.line - b.issue.line || a.i - b.i,
    )
    .map((x) => x.issue);
}

/** Thrown when the content has problems: `message` lists every one, one `file:line: message` per entry. */
export class ContentError extends Error {
  readonly issues: ContentIssue[];
  /** Files read while loading (so that a dev server can watch them even when loading failed). */
  readonly files: string[];

  constructor(issues: readonly ContentIssue[], files: readonly string[] = []) {
    const sorted = sortIssues(issues);
    super(
      `${sorted.length} content error${sorted.length === 1 ? '' : 's'}:\n` + sorted.map(formatIssue).join('\n'),
    );
    this.name = 'ContentError';
    this.issues = sorted;
    this.files = [...files];
  }
}
