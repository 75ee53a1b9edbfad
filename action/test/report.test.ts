/** The pure parts of reporting: input validation, annotation limits, the job summary's size and escaping. */
import type { Finding } from '@backend-only/core';
import { describe, expect, it } from 'vitest';
import { planAnnotations } from '../src/annotations.js';
import { readInputs } from '../src/inputs.js';
import { escapeMarkdown, renderSummary, SUMMARY_LIMIT_BYTES } from '../src/summary.js';

function finding(i: number, overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'no-api-key-in-bundle',
    severity: 'error',
    message: 'OpenAI project key in client build output.',
    location: { file: `dist/chunk-${i}.js`, line: 1, column: i + 1 },
    origin: null,
    provider: 'openai',
    evidence: 'sk-proj-…ab12',
    fingerprint: i.toString(16).padStart(16, '0'),
    confidence: 'high',
    ...overrides,
  };
}

const inputs = (values: Record<string, string>, masked: string[][] = []) => ({
  input: (name: string) => values[name] ?? '',
  mask: (secrets: readonly string[]) => void masked.push([...secrets]),
});

describe('readInputs', () => {
  it('masks known secrets before validating anything else', () => {
    const masked: string[][] = [];
    expect(() => readInputs(inputs({ 'known-secrets': 'a-long-server-secret\n', 'fail-on': 'bogus' }, masked), { GITHUB_WORKSPACE: '/w' })).toThrow(/fail-on/);
    expect(masked).toEqual([['a-long-server-secret']]);
  });

  it('reads multi-line paths, skipping blanks and comments, and defaults to detection', () => {
    const settings = readInputs(inputs({ paths: '\n./dist\n# the Next.js output\n.next/static\n' }), { GITHUB_WORKSPACE: '/w' });
    expect(settings.paths).toEqual(['dist', '.next/static']);
    expect(settings.failOn).toBe('error');
    expect(readInputs(inputs({}), { GITHUB_WORKSPACE: '/w' }).paths).toBeNull();
  });

  it('refuses short known secrets without printing them, and paths outside the workspace', () => {
    expect(() => readInputs(inputs({ 'known-secrets': 'abc' }), { GITHUB_WORKSPACE: '/w' })).toThrow(/^input "known-secrets": line 1 is shorter than 8/);
    expect(() => readInputs(inputs({ paths: '/etc' }), { GITHUB_WORKSPACE: '/w' })).toThrow(/input "paths": "\/etc" is outside the workspace/);
    expect(() => readInputs(inputs({ config: '../x.json' }), { GITHUB_WORKSPACE: '/w' })).toThrow(/input "config"/);
  });
});

describe('planAnnotations', () => {
  const here = (f: Finding) => f.location;

  it('keeps 9 errors and 10 warnings, most severe and certain first, one per fingerprint, then one notice', () => {
    const findings = [
      ...Array.from({ length: 12 }, (_, i) => finding(i, { confidence: i % 2 ? 'high' : 'medium' })),
      finding(1), // the same fingerprint again
      ...Array.from({ length: 14 }, (_, i) => finding(100 + i, { severity: 'warning', ruleId: 'no-client-ai-api-call' })),
    ];
    const { annotations, notShown } = planAnnotations(findings, here);
    const errors = annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(9);
    // The six high-confidence errors come before any medium one.
    expect(errors.slice(0, 6).map((a) => a.file)).toEqual([1, 3, 5, 7, 9, 11].map((i) => `dist/chunk-${i}.js`).sort());
    expect(annotations.filter((a) => a.level === 'warning')).toHaveLength(10);
    expect(notShown).toBe(3 + 4);
    expect(annotations.at(-1)).toMatchObject({ level: 'notice', message: expect.stringContaining('7 more findings') });
  });

  it('annotates a key that shipped in several places once, at its origin, naming the other places', () => {
    const key = finding(1, {
      origin: { file: 'src/chat.ts', line: 3, column: 17 },
      alsoAt: { count: 12, places: [{ location: { file: 'dist/chunk-0.js', line: 1, column: 4 }, origin: { file: 'node_modules/openai/core.mjs', line: 9, column: 2 } }, { location: { file: 'build/index.html', line: 2, column: 8 }, origin: null }] },
    });
    const { annotations } = planAnnotations([key], (f) => f.origin ?? f.location);
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatchObject({ level: 'error', file: 'src/chat.ts', startLine: 3 });
    expect(annotations[0]!.message).toContain('Found in built file dist/chunk-1.js:1.');
    expect(annotations[0]!.message).toContain('The same key is also in 12 other places: dist/chunk-0.js:1:4 (from node_modules/openai/core.mjs:9:2), build/index.html:2:8, and 10 more.');
    expect(annotations[0]!.message).toContain('sk-proj-…ab12 (fingerprint 0000000000000001)');
  });

  it('gives reserved slots away first', () => {
    const { annotations } = planAnnotations(Array.from({ length: 12 }, (_, i) => finding(i, { severity: 'warning' })), here, { warning: 1 });
    expect(annotations.filter((a) => a.level === 'warning')).toHaveLength(9);
  });
});

describe('renderSummary', () => {
  const base = { blocking: 1, failOn: 'error' as const, allowed: 0, problems: [], stats: { files: 3, bytes: 1000, ms: 5, skipped: 0 }, paths: ['dist'], where: (f: Finding) => f.location };

  it('names the build output found with no paths input, and the settings it could not read', () => {
    const discovered = { found: [{ path: 'public', from: 'vite.config.ts build.outDir' }, { path: '.next/server/app/**/*.html', from: 'Next.js default' }], notes: ['next.config.js: distDir is computed (`x`), not read'] };
    const text = renderSummary({ ...base, findings: [], discovered });
    expect(text).toContain('With no `paths` input, scanned the build output found: <code>public/ (vite.config.ts build.outDir)</code>, <code>.next/server/app/&#42;&#42;/&#42;.html (Next.js default)</code>.');
    expect(text).toContain('- next.config.js: distDir is computed (&#96;x&#96;), not read');
    expect(renderSummary({ ...base, findings: [] })).not.toContain('With no `paths` input');
  });

  it('escapes Markdown and HTML in paths', () => {
    const text = renderSummary({ ...base, findings: [finding(1, { location: { file: 'dist/<img src=x onerror=alert(1)>|*x*.js', line: 1, column: 1 } })] });
    expect(text).not.toContain('<img');
    expect(text).toContain('&#60;img src=x onerror=alert(1)&#62;&#124;&#42;x&#42;.js');
    expect(escapeMarkdown('a|b\nc')).toBe('a&#124;b c');
  });

  it('lists every finding with what to do, including the revoke page', () => {
    const text = renderSummary({ ...base, findings: [finding(1), finding(2, { ruleId: 'no-client-ai-sdk', evidence: 'OpenAI SDK code' })] });
    expect(text).toContain('https://platform.openai.com/api-keys');
    expect(text).toMatch(/Rotate the leaked key now/);
    expect(text).toMatch(/rate limits and per-user quotas/);
    expect(text).toMatch(/billing alerts/);
    expect(text).toContain('A scheduled run with `mode: audit` checks both, and whether a leaked key is still active ([Billing alerts and rotation](https://github.com/backend-only/backend-only#billing-alerts-and-rotation))');
    expect(text.match(/^\| 🔴 error/gm)).toHaveLength(2);
  });

  it("lists a key's other places in its one row, escaped, and counts the key once", () => {
    const key = finding(1, { alsoAt: { count: 2, places: [{ location: { file: 'dist/a|b.js', line: 1, column: 4 }, origin: { file: 'node_modules/x/i.js', line: 9, column: 2 } }, { location: { file: 'build/index.html', line: 2, column: 8 }, origin: null }] } });
    const text = renderSummary({ ...base, findings: [key] });
    expect(text.match(/^\| 🔴 error/gm)).toHaveLength(1);
    expect(text).toContain('<code>dist/chunk-1.js:1:2</code><br>also in 2 other places: <code>dist/a&#124;b.js:1:4</code> (from <code>node&#95;modules/x/i.js:9:2</code>), <code>build/index.html:2:8</code> |');
    expect(text).toContain('❌ **1 finding blocks this merge** (fail-on: error). 1 in total');
  });

  it('stays under 1 MiB, saying what it left out', () => {
    const findings = Array.from({ length: 20_000 }, (_, i) => finding(i, { location: { file: `dist/${'deep/'.repeat(10)}chunk-${i}.js`, line: 1, column: 1 } }));
    const text = renderSummary({ ...base, findings });
    expect(Buffer.byteLength(text)).toBeLessThan(1024 * 1024);
    expect(Buffer.byteLength(text)).toBeGreaterThan(SUMMARY_LIMIT_BYTES - 10_000);
    expect(text).toMatch(/Summary truncated:\*\* \d+ more findings are not listed here/);
  });
});

describe('renderSummary: cost controls', () => {
  const base = { blocking: 1, failOn: 'error' as const, allowed: 0, problems: [], stats: { files: 3, bytes: 1000, ms: 5, skipped: 0 }, paths: ['dist'], where: (f: Finding) => f.location };
  const cost = (overrides: Partial<Finding> = {}): Finding => ({
    ruleId: 'require-rate-limit',
    severity: 'error',
    message: 'app/api/chat/route.ts POST → lib/ai.ts → openai.chat.completions.create: this endpoint spends OpenAI money on every request, and no rate limit or quota runs before the call.',
    location: { file: 'app/api/chat/route.ts', line: 3, column: 23 },
    origin: null,
    provider: null,
    evidence: 'POST',
    fingerprint: 'c0ffee0000000000',
    confidence: 'high',
    ...overrides,
  });

  it('lists unguarded endpoints in their own section, apart from leaks, which keep the rotate and billing advice', () => {
    const leak: Finding = { ruleId: 'no-api-key-in-bundle', severity: 'error', message: 'OpenAI project key in client build output.', location: { file: 'dist/a.js', line: 1, column: 1 }, origin: null, provider: 'openai', evidence: 'sk-proj-…ab12', fingerprint: '1'.padStart(16, '0'), confidence: 'high' };
    const text = renderSummary({ ...base, blocking: 3, findings: [leak, cost(), cost({ ruleId: 'require-max-tokens', message: '`openai.chat.completions.create` sets no output cap.', location: { file: 'lib/ai.ts', line: 9, column: 3 } })] });
    const [leakPart, costPart] = text.split('### Cost controls');
    expect(leakPart).toMatch(/Rotate the leaked key now/);
    expect(leakPart).toMatch(/billing alerts/);
    expect(leakPart).toContain('no-api-key-in-bundle');
    expect(leakPart).not.toContain('require-rate-limit');
    expect(costPart).toMatch(/^\s*1 endpoint that spends AI-provider money with no rate limit or quota, and 1 other cost finding/);
    expect(costPart).toContain('app/api/chat/route.ts POST → lib/ai.ts → openai.chat.completions.create');
    expect(costPart).toContain('[require-max-tokens]');
  });

  it('with only cost findings: no leak advice, the leak check passes, the merge is still blocked', () => {
    const text = renderSummary({ ...base, findings: [cost()] });
    expect(text).toContain('✅ No AI-provider key, SDK or direct API call found');
    expect(text).toContain('❌ **1 finding blocks this merge**');
    expect(text).not.toMatch(/Rotate/);
    expect(text).not.toContain('### Findings');
    expect(text).toContain('### Cost controls');
  });
});
