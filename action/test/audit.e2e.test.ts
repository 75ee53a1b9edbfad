/**
 * The Action's audit mode through the built bundle, as a scheduled workflow runs it: a scan step writes SARIF of a
 * real esbuild build holding a fake key, then the audit step (admin keys passed as `env:`) checks the provider
 * side against the admin-API stand-in, fails the job with a summary a person can act on, and never shows a key.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeKeys } from '../../packages/core/test/helpers/fake-keys.js';
import { adminKeys, anthropicAccount, openAiAccount } from '../../packages/audit/test/accounts.js';
import { startStandIn, type StandIn } from '../../packages/audit/test/stand-in.js';
import { AuditInputs, Inputs } from '../src/inputs.js';
import { buildApp, commands, makeWorkspace, parseCommand, REPO_ROOT, runAction, runActionAsync } from './helpers.js';

const leakedKey = fakeKeys()[0]!.key;
const keys = adminKeys();
let root: string;
let api: StandIn;

const adminEnv = (): NodeJS.ProcessEnv => ({ OPENAI_ADMIN_KEY: keys.openai, OPENAI_BASE_URL: api.openaiBase, ANTHROPIC_ADMIN_KEY: keys.anthropic, ANTHROPIC_BASE_URL: api.anthropicBase });
const schedule = { name: 'schedule', payload: { schedule: '17 3 * * *' } };

beforeAll(async () => {
  root = makeWorkspace({
    'src/app.ts': 'const key = process.env.VITE_OPENAI_API_KEY;\nexport const ask = (q: string) => fetch("https://api.openai.com/v1/responses", { method: "POST", headers: { Authorization: `Bearer ${key}` }, body: q });\nask("hi");\n',
    '.backend-only.json': JSON.stringify({ audit: { budget: 500, serviceAccounts: ['prod-backend'] } }),
  });
  await buildApp(root, 'src/app.ts', 'linked', { 'process.env.VITE_OPENAI_API_KEY': JSON.stringify(leakedKey) });
  // The scheduled workflow's first step: the bundle scan, writing SARIF for the audit step to read.
  const scan = runAction(root, { paths: 'dist', 'sarif-file': 'scan.sarif', 'fail-on': 'never' }, schedule);
  expect(scan.status).toBe(0);
});
beforeEach(async () => {
  api = await startStandIn(keys, openAiAccount(new Date(), leakedKey), anthropicAccount(new Date(), fakeKeys()[8]!.key));
});
afterEach(() => api.close());

function expectNoAdminKey(text: string): void {
  expect(text.includes(keys.openai)).toBe(false);
  expect(text.includes(keys.anthropic)).toBe(false);
}

describe('mode: audit (built bundle, scheduled run)', () => {
  it('fails the job with a summary of what to do, SARIF and annotations, and masks the admin keys first', async () => {
    const run = await runActionAsync(root, { mode: 'audit', leaked: 'scan.sarif', 'sarif-file': 'audit.sarif' }, schedule, adminEnv());
    expect(run.status).toBe(1);
    // The runner hides these values from here on; the first lines the Action writes register them.
    const masks = run.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'));
    expect(masks).toContain(`::add-mask::${keys.openai}`);
    expect(masks).toContain(`::add-mask::${keys.anthropic}`);
    expect(run.stdout.indexOf('::add-mask::')).toBe(0);
    expectNoAdminKey(run.everything);

    expect(run.summary).toContain('## backend-only audit: spend limits, alerts and keys at the provider');
    expect(run.summary).toMatch(/❌ \*\*\d+ findings need action\*\* \(fail-on: error\)\. \d+ in total for OpenAI and Anthropic/);
    const row = run.summary.split('\n').find((l) => l.includes('leaked-key-active') && l.includes('openai'))!;
    // SARIF places the scan's result at its source-map origin: the line a person fixes.
    expect(row).toContain('matches the key a scan found at src/app.ts:1');
    expect(row).toContain('Revoke it now at https://platform.openai.com/settings/proj&#95;web/api-keys');
    for (const rule of ['no-spend-limit', 'missing-spend-alerts', 'spend-over-budget', 'spend-spike', 'stale-key']) expect(run.summary).toContain(`[${rule}](`);
    expect(run.summary).toContain('### Not checked');

    const errors = commands(run.stdout, 'error').map(parseCommand);
    expect(errors.some((c) => c.properties.title === 'backend-only no-spend-limit (openai/organization)')).toBe(true);
    expect(errors.at(-1)!.message).toMatch(/^\d+ findings need action at the provider \(fail-on: error\): see the job summary\.$/);
    expect(Number(run.outputs.errors)).toBeGreaterThan(0);
    expect(run.outputs.created).toBe('0');
    const sarif = JSON.parse(readFileSync(path.join(root, 'audit.sarif'), 'utf8')) as { runs: { automationDetails: { id: string }; results: { ruleId: string }[] }[] };
    expect(sarif.runs[0]!.automationDetails.id).toBe('backend-only/audit');
    expect(sarif.runs[0]!.results.map((r) => r.ruleId)).toContain('leaked-key-active');
    expect(api.requests.filter((r) => r.method === 'POST')).toEqual([]);
  });

  it('fix: true creates the missing alerts once, and lists them in the summary', async () => {
    const inputs = { mode: 'audit', provider: 'openai', fix: 'true', notify: 'oncall@example.com', 'fail-on': 'never' };
    const first = await runActionAsync(root, inputs, schedule, adminEnv());
    expect(first.status).toBe(0);
    expect(first.outputs.created).toBe('2');
    expect(first.summary).toContain('### Created by fix');
    expect(first.summary).toContain('- OpenAI organization: created a monthly spend alert at $400 (80% of $500), e-mailing oncall@example.com.');
    const second = await runActionAsync(root, inputs, schedule, adminEnv());
    expect(second.outputs.created).toBe('0');
    expect(api.openai.orgAlerts).toHaveLength(3);
    expectNoAdminKey(first.everything + second.everything);
  });

  it('on a pull request from a fork it says why it does not run, and passes', async () => {
    const payload = { pull_request: { number: 7, head: { repo: { full_name: 'mallory/app', fork: true } }, base: { repo: { full_name: 'octo/app' } } } };
    const run = await runActionAsync(root, { mode: 'audit' }, { name: 'pull_request', payload });
    expect(run.status).toBe(0);
    const notice = commands(run.stdout, 'notice').map(parseCommand)[0]!;
    expect(notice.message).toContain('does not run on pull requests from forks (mallory/app): GitHub gives them no secrets');
    expect(run.summary).toContain('Run it on a schedule');
  });

  it('without an admin key on a schedule it fails with "could not run", naming the variables', async () => {
    const run = await runActionAsync(root, { mode: 'audit' }, schedule, {});
    expect(run.status).toBe(1);
    expect(commands(run.stdout, 'error').map((l) => parseCommand(l).message)).toEqual([
      'backend-only could not run: no admin key: set OPENAI_ADMIN_KEY or ANTHROPIC_ADMIN_KEY in the environment (an organization admin key; never pass it as a flag)',
    ]);
    expect(run.summary).toContain('❌ **Could not run:**');
  });

  it('a bad input is named', async () => {
    const run = await runActionAsync(root, { mode: 'audit', fix: 'yes please' }, schedule, adminEnv());
    expect(commands(run.stdout, 'error').map((l) => parseCommand(l).message)).toEqual(['backend-only could not run: input "fix": "yes please" is not one of false, true, limit']);
    const mode = runAction(root, { mode: 'audits' }, schedule);
    expect(commands(mode.stdout, 'error').map((l) => parseCommand(l).message)[0]).toBe('backend-only could not run: input "mode": "audits" is not one of scan, audit');
  });

  it('action.yml documents the mode and every audit input', () => {
    const text = readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8');
    for (const name of [Inputs.Mode, ...Object.values(AuditInputs), 'created']) expect(text).toMatch(new RegExp(`^ {2}${name}:\\n {4}description:`, 'm'));
  });
});
