/**
 * The example apps built by the real Next.js and Vite (scripts/build-examples.mjs), scanned by the built CLI:
 * leaky builds report their key redacted, clean builds report nothing, and `pnpm demo` never prints a key.
 * Needs `pnpm build` first (the root `pnpm test` does it); the examples build here, once, under a lock.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { NEXT_PRERENDERED_GLOBS } from '@backend-only/core';
import { buildExamples, ensureFakeKeys, EXAMPLES } from '../scripts/build-examples.mjs';
import { cli, findingsOf, ROOT } from './helpers/cli.js';

const run = promisify(execFile);
/** Each example's fake keys by env name, read back from the env file the build script wrote. */
const fakeKeys = new Map<string, Record<string, string>>();
const allFakeKeys = (): string[] => [...fakeKeys.values()].flatMap((keys) => Object.values(keys));

beforeAll(async () => {
  await buildExamples({ log: () => {} });
  for (const example of EXAMPLES) fakeKeys.set(example.name, await ensureFakeKeys(example));
}, 300_000);

describe('the example apps, built by Next.js and Vite', () => {
  it.each(EXAMPLES.filter((e) => e.leaky))('$name: the CLI reports the inlined key, redacted', async (example) => {
    const output = `examples/${example.name}/${example.clientOutput}`;
    const { code, stdout, stderr } = await cli(['scan', output, '--format', 'json']);
    expect(code).toBe(1);
    const keys = findingsOf({ stdout, stderr }).filter((f) => f.ruleId === 'no-api-key-in-bundle');
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((f) => f.evidence.startsWith('sk-proj-…') && f.file.startsWith(output))).toBe(true);
    for (const key of allFakeKeys()) expect(`${stdout}${stderr}`).not.toContain(key);
  });

  it('next-leaky: the OpenAI SDK and its browser opt-in are in the client chunks', async () => {
    const rules = new Set(findingsOf(await cli(['scan', 'examples/next-leaky/.next/static', '--format', 'json'])).map((f) => f.ruleId));
    expect(rules).toContain('no-client-ai-sdk');
    expect(rules).toContain('no-dangerously-allow-browser');
  });

  it('next-leaky: the server key passed to a client component as a prop is in the prerendered HTML and RSC', async () => {
    const prerendered = NEXT_PRERENDERED_GLOBS.map((glob) => `examples/next-leaky/${glob}`);
    const keys = findingsOf(await cli(['scan', ...prerendered, '--format', 'json'])).filter((f) => f.ruleId === 'no-api-key-in-bundle');
    // One key, one finding: the page and its RSC payload are the places it shipped.
    expect(keys).toHaveLength(1);
    const files = [keys[0]!.file, ...(keys[0]!.alsoAt?.places.map((p) => p.file) ?? [])];
    expect(files).toContain('examples/next-leaky/.next/server/app/models.html');
    expect(files).toContain('examples/next-leaky/.next/server/app/models.rsc');
    // It is the server key (OPENAI_API_KEY), not the public one the client chunks hold.
    const serverKey = fakeKeys.get('next-leaky')!['OPENAI_API_KEY']!;
    expect(keys.every((f) => f.evidence === `sk-proj-…${serverKey.slice(-4)}`)).toBe(true);
  });

  it.each(EXAMPLES.filter((e) => !e.leaky))('$name: nothing to report, not even the server key by value', async (example) => {
    // The clean examples hold a server-only key: look for its value too, in every encoding, prerendered pages included.
    const outputs = [example.clientOutput, ...(example.bundler === 'next' ? NEXT_PRERENDERED_GLOBS : [])].map((p) => `examples/${example.name}/${p}`);
    const serverKeyEnv = example.keyEnvs[0]!;
    const result = await cli(['scan', ...outputs, '--format', 'json', '--known-secret-env', serverKeyEnv], {
      env: { [serverKeyEnv]: fakeKeys.get(example.name)![serverKeyEnv]! },
    });
    expect(findingsOf(result)).toEqual([]);
    expect(result.code).toBe(0);
  });

  it('`pnpm demo` shows redacted findings from the CLI and never a key', async () => {
    const { stdout, stderr } = await run(process.execPath, ['scripts/demo.mjs'], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    const shown = `${stdout}${stderr}`;
    expect(shown).toContain('no-api-key-in-bundle');
    expect(shown).toContain('sk-proj-…');
    for (const key of allFakeKeys()) expect(shown).not.toContain(key);
  }, 300_000);
});
