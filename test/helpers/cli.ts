/** The built CLI (packages/cli/dist/bin.js) run as a child process, the way a user runs it; needs `pnpm build` first. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** One finding of the CLI's JSON report (the fields these tests read). */
export interface JsonFinding {
  ruleId: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  origin: { file: string; line: number; column: number } | null;
  evidence: string;
  /** The other places the same key shipped (one finding per key). */
  alsoAt?: { count: number; places: { file: string; line: number; column: number; origin: { file: string; line: number } | null }[] };
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = fileURLToPath(new URL('../../packages/cli/dist/bin.js', import.meta.url));
const run = promisify(execFile);

/** Runs the CLI in `cwd` (the repository root by default); exit 1 (blocking findings) is an answer, not a failure. */
export async function cli(args: readonly string[], { cwd = ROOT, env = {} }: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** The CLI's JSON report; a failure shows what the CLI said on stderr. */
export function findingsOf<F = JsonFinding>({ stdout, stderr }: { stdout: string; stderr: string }): F[] {
  if (!stdout.trim()) throw new Error(`the CLI printed no report; its stderr: ${stderr}`);
  return (JSON.parse(stdout) as { findings: F[] }).findings;
}
