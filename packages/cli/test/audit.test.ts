/**
 * `backend-only audit` through the built bin against the admin-API stand-in: a real esbuild build with a fake key,
 * a real `scan --format json` report of it, then the audit matching that key among the project's API keys.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeKeys } from '../../core/test/helpers/fake-keys.js';
import { adminKeys, anthropicAccount, openAiAccount } from '../../audit/test/accounts.js';
import { startStandIn, type StandIn } from '../../audit/test/stand-in.js';

const exec = promisify(execFile);
const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const leakedKey = fakeKeys()[0]!.key;
const keys = adminKeys();
let project: string;
let api: StandIn;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The bin as a child process (asynchronously: the stand-in answers from this process). */
async function cli(args: string[], env: NodeJS.ProcessEnv = standInEnv()): Promise<Run> {
  try {
    const { stdout, stderr } = await exec('node', [BIN, ...args], { cwd: project, env: { PATH: process.env.PATH, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const standInEnv = (): NodeJS.ProcessEnv => ({ OPENAI_ADMIN_KEY: keys.openai, OPENAI_BASE_URL: api.openaiBase, ANTHROPIC_ADMIN_KEY: keys.anthropic, ANTHROPIC_BASE_URL: api.anthropicBase });

function expectNoAdminKey(...texts: string[]): void {
  for (const text of texts) {
    expect(text.includes(keys.openai)).toBe(false);
    expect(text.includes(keys.anthropic)).toBe(false);
  }
}

beforeAll(async () => {
  project = await mkdtemp(path.join(tmpdir(), 'bo-audit-'));
  await mkdir(path.join(project, 'src'));
  await writeFile(path.join(project, 'src/leaky.ts'), 'const apiKey = process.env.VITE_OPENAI_API_KEY;\nexport const ask = (q: string) => fetch("https://api.openai.com/v1/responses", { method: "POST", headers: { Authorization: `Bearer ${apiKey}` }, body: q });\nask("hi");\n');
  await build({ entryPoints: ['src/leaky.ts'], outdir: 'dist', bundle: true, minify: true, sourcemap: true, platform: 'browser', format: 'esm', absWorkingDir: project, logLevel: 'silent', define: { 'process.env.VITE_OPENAI_API_KEY': JSON.stringify(leakedKey) } });
  const scan = await cli(['scan', 'dist', '--format', 'json', '--output', 'report.json'], {});
  expect(scan.code).toBe(1);
  await writeFile(path.join(project, '.backend-only.json'), JSON.stringify({ audit: { budget: 500, serviceAccounts: ['prod-backend'], publicProjects: ['web'] } }));
});
afterAll(async () => {
  await rm(project, { recursive: true, force: true });
});
beforeEach(async () => {
  api = await startStandIn(keys, openAiAccount(new Date(), leakedKey), anthropicAccount(new Date(), fakeKeys()[8]!.key));
  return () => api.close();
});

describe('backend-only audit (built bin, stand-in admin APIs)', () => {
  it('prints every finding with its fix, matches the key the scan found, exits 1, and writes nothing', async () => {
    const run = await cli(['audit', '--leaked', 'report.json']);
    expect(run.code).toBe(1);
    expectNoAdminKey(run.stdout, run.stderr);
    for (const rule of ['no-spend-limit', 'missing-spend-alerts', 'spend-over-budget', 'spend-spike', 'leaked-key-active', 'stale-key', 'default-rate-limits']) {
      expect(run.stdout).toMatch(new RegExp(`^(error  |warning|note   ) ${rule}  `, 'm'));
    }
    expect(run.stdout).toMatch(/^error {3}leaked-key-active {2}openai\/projects\/proj_web\n {2}API key "frontend-demo" .* matches the key a scan found at dist\/leaky\.js:1 \(sk-proj-…\w{4}\) and is still active\. Revoke it now at https:\/\/platform\.openai\.com\/settings\/proj_web\/api-keys/m);
    expect(run.stdout).toContain('Nothing was written. backend-only audit --fix creates the missing alerts');
    expect(run.stdout).toContain('note    Anthropic: Anthropic has no spend-alert API');
    expect(run.stdout).toMatch(/^\d+ findings \(\d+ errors, \d+ warnings, 1 note\) — \d+ API requests, \d+ ms$/m);
    expect(api.requests.filter((r) => r.method === 'POST')).toEqual([]);
  });

  it('JSON is shaped like scan --format json, SARIF is 2.1.0, neither holds an admin key', async () => {
    const json = await cli(['audit', '--provider', 'openai', '--leaked', 'report.json', '--format', 'json']);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as { findings: { ruleId: string; file: string; evidence: string; fingerprint: string; provider: string }[]; errors: unknown[]; created: string[]; stats: { providers: string[] } };
    expect(Object.keys(report)).toEqual(['findings', 'errors', 'created', 'notes', 'stats']);
    expect(report.findings.find((f) => f.ruleId === 'leaked-key-active')).toMatchObject({ file: 'openai/projects/proj_web', provider: 'openai', evidence: `${leakedKey.slice(0, 6)}...${leakedKey.slice(-3)}` });
    expect(report.findings.every((f) => /^[0-9a-f]{16}$/.test(f.fingerprint))).toBe(true);
    expect(report.stats.providers).toEqual(['openai']);
    const sarif = await cli(['audit', '--format', 'sarif', '--output', 'audit.sarif', '--fail-on', 'never']);
    expect(sarif.code).toBe(0);
    const text = await readFile(path.join(project, 'audit.sarif'), 'utf8');
    expectNoAdminKey(text, json.stdout, json.stderr, sarif.stdout, sarif.stderr);
    const parsed = JSON.parse(text) as { version: string; runs: { automationDetails: { id: string }; tool: { driver: { rules: { id: string; helpUri: string }[] } } }[] };
    expect(parsed.version).toBe('2.1.0');
    expect(parsed.runs[0]!.automationDetails.id).toBe('backend-only/audit');
    expect(parsed.runs[0]!.tool.driver.rules.find((r) => r.id === 'no-spend-limit')!.helpUri).toMatch(/README\.md#billing-alerts-and-rotation$/);
  });

  it('--fix=limit creates exactly what is missing and says so; a second run creates nothing', async () => {
    const first = await cli(['audit', '--provider', 'openai', '--fix=limit', '--notify', 'oncall@example.com']);
    expect(first.stdout).toContain('Created by --fix=limit:\n  + OpenAI organization: set the hard spend limit to $500 a month.\n  + OpenAI organization: created a monthly spend alert at $400 (80% of $500), e-mailing oncall@example.com.\n  + OpenAI organization: created a monthly spend alert at $500 (100% of $500), e-mailing oncall@example.com.\n');
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(3);
    const second = await cli(['audit', '--provider', 'openai', '--fix=limit', '--notify', 'oncall@example.com']);
    expect(second.stdout).toContain('--fix: nothing was missing, nothing was created.');
    expect(second.stdout).not.toMatch(/no-spend-limit|missing-spend-alerts/);
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(3);
  });

  it('exits 2 when it cannot run: no key, a refused key, a missing permission, the API down', async () => {
    const none = await cli(['audit'], {});
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('backend-only audit could not run: no admin key: set OPENAI_ADMIN_KEY or ANTHROPIC_ADMIN_KEY in the environment (an organization admin key; never pass it as a flag)\n');

    const wrongKey = `${keys.openai.slice(0, -4)}AbCd`;
    const refused = await cli(['audit', '--provider', 'openai'], { ...standInEnv(), OPENAI_ADMIN_KEY: wrongKey });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^backend-only audit could not run: OpenAI GET \/organization\/projects answered 401/);
    expect(refused.stderr.includes(wrongKey) || refused.stdout.includes(wrongKey)).toBe(false);

    api.faults.push({ path: '/v1/organization/spend_alerts', method: 'GET', status: 403, times: Infinity });
    const forbidden = await cli(['audit', '--provider', 'openai']);
    expect(forbidden.code).toBe(2);
    expect(forbidden.stderr).toContain('answered 403: the admin key in OPENAI_ADMIN_KEY may not read spend alerts');

    api.faults.length = 0;
    api.faults.push({ path: '/v1/organizations/cost_report', status: 500, headers: { 'retry-after': '0' }, times: Infinity });
    const down = await cli(['audit', '--provider', 'anthropic']);
    expect(down.code).toBe(2);
    expect(down.stderr).toContain('Anthropic GET /v1/organizations/cost_report failed after 4 attempts (500');
    expectNoAdminKey(none.stderr, refused.stderr, forbidden.stderr, down.stderr, refused.stdout);
  });

  it('rejects bad flags with the usage, and never takes a key as a flag', async () => {
    const bad = await cli(['audit', '--budget', 'lots']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--budget must be a positive amount in USD a month (got 'lots')");
    const flag = await cli(['audit', '--admin-key', 'x']);
    expect(flag.stderr).toContain("unknown option '--admin-key' for audit");
    const help = await cli(['audit', '--help'], {});
    expect(help.stdout).toContain('Usage: backend-only audit [options]');
  });

  it('loads the audit code only for the audit command', async () => {
    const cliJs = await readFile(fileURLToPath(new URL('../dist/cli.js', import.meta.url)), 'utf8');
    expect(cliJs).not.toMatch(/^import .*(audit)/m);
    expect(cliJs).toContain("import('./audit-command.js')");
  });
});

describe('the scan summary points at the audit', () => {
  it('after a leaked OpenAI key', async () => {
    const scan = await cli(['scan', 'dist'], {});
    expect(scan.stdout).toContain('Then check the provider side: backend-only scan --format json --output report.json && backend-only audit --leaked report.json');
  });
});
