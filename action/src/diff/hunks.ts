/**
 * Unified-diff hunks → the head-side lines a change adds. The walk follows codeql-action's
 * getDiffRanges: `@@ -a,b +c,d @@` sets the head line to c, `+` lines are added (and advance it),
 * `-` lines don't exist on the head side, context lines advance it and close a range.
 */

/** Head-side line numbers, both inclusive, 1-based. */
export interface LineRange {
  start: number;
  end: number;
}

export interface AddedLine {
  line: number;
  text: string;
}

export interface ParsedPatch {
  ranges: LineRange[];
  added: AddedLine[];
}

const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

/**
 * The added lines of one file's patch (the hunks, as the REST API's `patch` or `git diff` after the
 * file header give them). Undefined when a hunk header can't be read: the caller then treats the
 * whole file as changed rather than trusting a half-parsed patch.
 */
export function parsePatch(patch: string): ParsedPatch | undefined {
  const ranges: LineRange[] = [];
  const added: AddedLine[] = [];
  let headLine = 0;
  let open: LineRange | undefined;
  const close = (): void => {
    if (open) ranges.push(open);
    open = undefined;
  };
  for (const raw of patch.split('\n')) {
    if (raw.startsWith('@@')) {
      const header = HUNK_HEADER.exec(raw);
      if (!header) return undefined;
      // With --unified=0 hunks touch each other: a new hunk always starts a new range.
      close();
      headLine = Number(header[1]);
    } else if (raw.startsWith('+')) {
      if (headLine === 0) return undefined; // a line before any hunk header
      if (open) open.end = headLine;
      else open = { start: headLine, end: headLine };
      added.push({ line: headLine, text: stripCarriageReturn(raw.slice(1)) });
      headLine++;
    } else if (raw.startsWith(' ')) {
      close();
      headLine++;
    }
    // '-' lines are not on the head side; '\ No newline at end of file' is not a line.
  }
  close();
  return { ranges, added };
}

/** Whether any line of [start, end] is in `ranges`. */
export function touchesRanges(ranges: readonly LineRange[], start: number, end = start): boolean {
  return ranges.some((r) => r.start <= end && start <= r.end);
}

function stripCarriageReturn(text: string): string {
  return text.endsWith('\r') ? text.slice(0, -1) : text;
}
