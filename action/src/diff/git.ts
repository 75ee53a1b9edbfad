/**
 * The local fallback for the PR's diff: `git diff base...head` in the checkout, when the API can't
 * answer and the history is there. Git runs with an argv array (never a shell string) and with
 * external diff drivers and textconv off, so nothing the PR brings can run.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A diff of a PR with thousands of files is big; more than this is not a diff we review. */
const MAX_DIFF_BYTES = 256 * 1024 * 1024;

export interface GitFileDiff {
  /** Head-side path, repo-relative. */
  path: string;
  /** The hunks (from the first `@@`), or undefined for a binary file. */
  patch: string | undefined;
}

async function git(cwd: string, args: readonly string[]): Promise<string> {
  const { stdout } = await run('git', ['-c', 'core.quotePath=false', ...args], { cwd, maxBuffer: MAX_DIFF_BYTES, encoding: 'utf8' });
  return stdout;
}

/** Whether both commits are in the checkout's history (a shallow clone usually lacks the base). */
export async function hasCommits(cwd: string, shas: readonly string[]): Promise<boolean> {
  try {
    for (const sha of shas) await git(cwd, ['cat-file', '-e', `${sha}^{commit}`]);
    // base...head also needs their merge base.
    await git(cwd, ['merge-base', shas[0]!, shas[1]!]);
    return true;
  } catch {
    return false;
  }
}

/** The files `head` changes since its merge base with `base`, as the PR shows them. Deleted files are left out. */
export async function gitDiffFiles(cwd: string, baseSha: string, headSha: string): Promise<GitFileDiff[]> {
  // Explicit prefixes: a user's diff.noPrefix or diff.mnemonicPrefix would change the file headers.
  const output = await git(cwd, [
    'diff',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--unified=0',
    '--find-renames',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    `${baseSha}...${headSha}`,
    '--',
  ]);
  return parseGitDiff(output);
}

/** Splits `git diff` output into files. Exported for tests. */
export function parseGitDiff(output: string): GitFileDiff[] {
  const files: GitFileDiff[] = [];
  for (const block of output.split(/^(?=diff --git )/m)) {
    if (!block.startsWith('diff --git ')) continue;
    const hunksAt = block.search(/^@@/m);
    const header = hunksAt === -1 ? block : block.slice(0, hunksAt);
    const newName = /^\+\+\+ (.*)$/m.exec(header)?.[1];
    if (newName !== undefined) {
      if (newName === '/dev/null') continue; // deleted
      files.push({ path: stripPrefix(unquote(newName), 'b/'), patch: hunksAt === -1 ? '' : block.slice(hunksAt) });
      continue;
    }
    const binary = /^Binary files (?:.*) and (.*) differ$/m.exec(header)?.[1];
    if (binary !== undefined && binary !== '/dev/null') files.push({ path: stripPrefix(unquote(binary), 'b/'), patch: undefined });
    // Otherwise a pure rename or mode change: no line was added.
  }
  return files;
}

function stripPrefix(name: string, prefix: string): string {
  return name.startsWith(prefix) ? name.slice(prefix.length) : name;
}

/** Git C-quotes names with control characters, quotes or backslashes even with core.quotePath off. */
function unquote(name: string): string {
  if (!name.startsWith('"') || !name.endsWith('"')) return name;
  const escapes: Record<string, string> = { n: '\n', t: '\t', '"': '"', '\\': '\\', a: '\x07', b: '\b', f: '\f', r: '\r', v: '\v' };
  const bytes: number[] = [];
  const body = name.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const octal = /^[0-7]{3}/.exec(body.slice(i + 1));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      i += 3;
    } else {
      bytes.push(...Buffer.from(escapes[body[i + 1] ?? ''] ?? body[i + 1] ?? '', 'utf8'));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
