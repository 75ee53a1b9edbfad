/**
 * The built Action on the example apps' real Next.js and Vite builds (scripts/build-examples.mjs builds
 * them first when their output is missing or stale): the leaky ones fail with annotations on the original
 * source lines, the clean ones pass with zero findings, and the fake key is never printed.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExamples, ensureFakeKeys, EXAMPLES, EXAMPLES_DIR } from '../../scripts/build-examples.mjs';
import { commands, lineOf, placeOf, runAction } from './helpers.js';

/** Each example's fake keys by env name (scripts/build-examples.mjs makes them up once). */
const keys = new Map<string, Record<string, string>>();
/** Wall time of each Action run, printed at the end for the report. */
const timings: string[] = [];

beforeAll(async () => {
  await buildExamples({ log: () => {} });
  for (const example of EXAMPLES) keys.set(example.name, await ensureFakeKeys(example));
}, 600_000);

/** True when no fake key of the example appears in anything the Action wrote. */
const printsNoKey = (name: string, run: ReturnType<typeof runAction>): boolean => Object.values(keys.get(name)!).every((key) => !run.everything.includes(key));

function runOn(name: string, inputs: Record<string, string> = {}): ReturnType<typeof runAction> {
  const started = performance.now();
  // SARIF goes to a temp folder: the examples' folders stay as the build left them.
  const sarifFile = path.join(mkdtempSync(path.join(tmpdir(), 'bo-sarif-')), 'results.sarif');
  const run = runAction(path.join(EXAMPLES_DIR, name), { 'sarif-file': sarifFile, ...inputs });
  timings.push(`${name}: ${Math.round(performance.now() - started)} ms`);
  return run;
}

describe('examples', () => {
  it('next-leaky fails, annotating the client component that holds the key and imports the SDK', () => {
    const root = path.join(EXAMPLES_DIR, 'next-leaky');
    const run = runOn('next-leaky');
    expect(run.status).toBe(1);
    const errors = commands(run.stdout, 'error');
    const keyPlaces = errors.filter((c) => c.includes('no-api-key-in-bundle')).map(placeOf);
    // The public key, traced from the chunk to the line that reads it.
    const [file, line] = keyPlaces.find((p) => /^(app|lib)\//.test(p))!.split(':') as [string, string];
    expect(readFileSync(path.join(root, file), 'utf8').split('\n')[Number(line) - 1]).toMatch(/NEXT_PUBLIC_OPENAI_API_KEY/);
    // The server key a Server Component passed down, found in the prerendered HTML that default detection scans.
    expect(keyPlaces.some((p) => p.startsWith('.next/server/app/'))).toBe(true);
    const sdk = errors.find((c) => c.includes('no-client-ai-sdk'))!;
    expect(placeOf(sdk)).toBe(`app/chat/Chat.tsx:${lineOf(root, 'app/chat/Chat.tsx', "from 'openai'")}`);
    // The SDK's own error text names dangerouslyAllowBrowser; only the app's opt-ins are reported.
    expect(errors.filter((c) => c.includes('no-dangerously-allow-browser')).every((c) => !placeOf(c).startsWith('.next/'))).toBe(true);
    expect(printsNoKey('next-leaky', run)).toBe(true);
  });

  it('vite-leaky fails, annotating the source module', () => {
    const root = path.join(EXAMPLES_DIR, 'vite-leaky');
    const run = runOn('vite-leaky');
    expect(run.status).toBe(1);
    const keyAt = placeOf(commands(run.stdout, 'error').find((c) => c.includes('no-api-key-in-bundle')));
    expect(keyAt).toBe(`src/openai.ts:${lineOf(root, 'src/openai.ts', 'VITE_OPENAI_API_KEY')}`);
    expect(printsNoKey('vite-leaky', run)).toBe(true);
  });

  it.each(['next-clean', 'vite-clean'])('%s passes with zero findings, its server key among known-secrets', (name) => {
    const run = runOn(name, { 'known-secrets': keys.get(name)!.OPENAI_API_KEY! });
    expect(run.status, run.stdout).toBe(0);
    expect(run.outputs.findings).toBe('0');
    expect(run.summary).toContain('✅');
    expect(printsNoKey(name, run)).toBe(true);
  });

  it('reports its wall time', () => {
    console.log(`backend-only Action wall time on the examples' build output: ${timings.join(', ')}`);
    expect(timings).toHaveLength(4);
  });
});
