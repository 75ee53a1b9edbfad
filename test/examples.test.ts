/**
 * The example apps built by the real Next.js and Vite (scripts/build-examples.mjs), scanned by the built CLI:
 * leaky builds report their key redacted, clean builds report nothing, and `pnpm demo` never prints a key.
 * Needs `pnpm build` first (the root `pnpm test` does it); the examples build here, once, under a lock.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExamples, ensureFakeKey, EXAMPLES } from '../scripts/build-examples.mjs';

interface JsonFinding {
  ruleId: string;
  file: string;
  evidence: string;
}

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CLI = fileURLToPath(new URL('../packages/cli/dist/bin.js', import.meta.url));
const run = promisify(execFile);

/** The CLI's JSON report; a failure shows what the CLI said on stderr. */
function findingsOf({ stdout, stderr }: { stdout: string; stderr: string }): JsonFinding[] {
  if (!stdout.trim()) throw new Error(`the CLI printed no report; its stderr: ${stderr}`);
  return (JSON.parse(stdout) as { findings: JsonFinding[] }).findings;
}
/** Each example's fake key, read back from the env file the build script wrote. */
const fakeKeys = new Map<string, string>();

/** Runs the CLI from the repository root; exit 1 (blocking findings) is an answer, not a failure. */
async function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  await buildExamples({ log: () => {} });
  for (const example of EXAMPLES) fakeKeys.set(example.name, await ensureFakeKey(example));
}, 300_000);

describe('the example apps, built by Next.js and Vite', () => {
  it.each(EXAMPLES.filter((e) => e.leaky))('$name: the CLI reports the inlined key, redacted', async (example) => {
    const output = `examples/${example.name}/${example.clientOutput}`;
    const { code, stdout, stderr } = await cli(['scan', output, '--format', 'json']);
    expect(code).toBe(1);
    const keys = findingsOf({ stdout, stderr }).filter((f) => f.ruleId === 'no-api-key-in-bundle');
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((f) => f.evidence.startsWith('sk-proj-…') && f.file.startsWith(output))).toBe(true);
    expect(`${stdout}${stderr}`).not.toContain(fakeKeys.get(example.name));
  });

  it('next-leaky: the OpenAI SDK and its browser opt-in are in the client chunks', async () => {
    const rules = new Set(findingsOf(await cli(['scan', 'examples/next-leaky/.next/static', '--format', 'json'])).map((f) => f.ruleId));
    expect(rules).toContain('no-client-ai-sdk');
    expect(rules).toContain('no-dangerously-allow-browser');
  });

  it.each(EXAMPLES.filter((e) => !e.leaky))('$name: nothing to report, not even the server key by value', async (example) => {
    // The clean examples hold a server-only key: look for its value too, in every encoding.
    const output = `examples/${example.name}/${example.clientOutput}`;
    const result = await cli(['scan', output, '--format', 'json', '--known-secret-env', example.keyEnv], {
      [example.keyEnv]: fakeKeys.get(example.name)!,
    });
    expect(findingsOf(result)).toEqual([]);
    expect(result.code).toBe(0);
  });

  it('`pnpm demo` shows redacted findings from the CLI and never a key', async () => {
    const { stdout, stderr } = await run(process.execPath, ['scripts/demo.mjs'], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    const shown = `${stdout}${stderr}`;
    expect(shown).toContain('no-api-key-in-bundle');
    expect(shown).toContain('sk-proj-…');
    for (const key of fakeKeys.values()) expect(shown).not.toContain(key);
  }, 300_000);
});
