import { describe, expect, it } from 'vitest';
import { parseGitDiff } from '../src/diff/git.js';
import { parsePatch, touchesRanges } from '../src/diff/hunks.js';

describe('parsePatch (head-side lines, getDiffRanges walk)', () => {
  it('numbers added lines on the head side, skipping removed lines and advancing on context', () => {
    const patch = ['@@ -1,4 +1,5 @@', ' import a from "a";', '-const old = 1;', '+const x = 1;', '+const y = 2;', ' ', ' export {};', '@@ -20,2 +21,3 @@ function f() {', ' a();', '+b();', ' c();'].join('\n');
    const parsed = parsePatch(patch)!;
    expect(parsed.added).toEqual([
      { line: 2, text: 'const x = 1;' },
      { line: 3, text: 'const y = 2;' },
      { line: 22, text: 'b();' },
    ]);
    expect(parsed.ranges).toEqual([
      { start: 2, end: 3 },
      { start: 22, end: 22 },
    ]);
  });

  it('closes a range at each hunk header, as --unified=0 hunks touch', () => {
    const parsed = parsePatch(['@@ -4,0 +5 @@', '+five', '@@ -5,0 +7 @@', '+seven'].join('\n'))!;
    expect(parsed.ranges).toEqual([
      { start: 5, end: 5 },
      { start: 7, end: 7 },
    ]);
  });

  it('handles a new file, CRLF lines and the no-newline marker', () => {
    const parsed = parsePatch(['@@ -0,0 +1,2 @@', '+a\r', '+b', '\\ No newline at end of file'].join('\n'))!;
    expect(parsed.added).toEqual([
      { line: 1, text: 'a' },
      { line: 2, text: 'b' },
    ]);
  });

  it('gives up on an unreadable hunk header instead of guessing lines', () => {
    expect(parsePatch('@@ nonsense @@\n+x')).toBeUndefined();
    expect(parsePatch('+x before any hunk')).toBeUndefined();
  });

  it('tells whether a finding range touches added lines', () => {
    const ranges = [{ start: 5, end: 7 }];
    expect(touchesRanges(ranges, 7)).toBe(true);
    expect(touchesRanges(ranges, 3, 5)).toBe(true);
    expect(touchesRanges(ranges, 8)).toBe(false);
  });
});

describe('parseGitDiff', () => {
  it('splits files, skips deletions and pure renames, keeps binaries without a patch, unquotes names', () => {
    const output = [
      'diff --git a/src/a.ts b/src/a.ts',
      'index 1..2 100644',
      '--- a/src/a.ts',
      '+++ b/src/a.ts',
      '@@ -1 +1 @@',
      '-x',
      '+y',
      'diff --git a/gone.txt b/gone.txt',
      'deleted file mode 100644',
      '--- a/gone.txt',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-bye',
      'diff --git a/old.ts b/new.ts',
      'similarity index 100%',
      'rename from old.ts',
      'rename to new.ts',
      'diff --git a/logo.png b/logo.png',
      'Binary files a/logo.png and b/logo.png differ',
      'diff --git "a/caf\\303\\251 \\"q\\".env" "b/caf\\303\\251 \\"q\\".env"',
      '--- "a/caf\\303\\251 \\"q\\".env"',
      '+++ "b/caf\\303\\251 \\"q\\".env"',
      '@@ -0,0 +1 @@',
      '+A=1',
      '',
    ].join('\n');
    const files = parseGitDiff(output);
    expect(files.map((f) => f.path)).toEqual(['src/a.ts', 'logo.png', 'café "q".env']);
    expect(files[0]!.patch).toBe('@@ -1 +1 @@\n-x\n+y\n');
    expect(files[1]!.patch).toBeUndefined();
  });
});
