/** runAudit against the admin-API stand-in: every finding, --fix once and only once, and every way a call fails. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditError, runAudit, type AuditOptions } from '@backend-only/audit';
import { fakeKeys } from '../../core/test/helpers/fake-keys.js';
import { adminKeys, anthropicAccount, BUDGET, openAiAccount } from './accounts.js';
import { startStandIn, type StandIn } from './stand-in.js';

const now = new Date();
let api: StandIn;
let keys: { openai: string; anthropic: string };
let leakedOpenAi: string;
let leakedAnthropic: string;
let sleeps: number[];

beforeEach(async () => {
  keys = adminKeys();
  leakedOpenAi = fakeKeys().find((k) => k.shapeId === 'openai-project')!.key;
  leakedAnthropic = fakeKeys().find((k) => k.shapeId === 'anthropic-api')!.key;
  api = await startStandIn(keys, openAiAccount(now, leakedOpenAi), anthropicAccount(now, leakedAnthropic));
  sleeps = [];
});
afterEach(() => api.close());

const leaks = () => [
  { provider: 'openai' as const, evidence: `sk-proj-…${leakedOpenAi.slice(-4)}`, fingerprint: '0123456789abcdef', where: 'dist/app.js:1' },
  { provider: 'anthropic' as const, evidence: `sk-ant-api03-…${leakedAnthropic.slice(-4)}`, fingerprint: 'fedcba9876543210', where: 'dist/chat.js:1' },
];

function options(extra: Partial<AuditOptions> = {}, env: NodeJS.ProcessEnv = {}): AuditOptions {
  return {
    env: { OPENAI_ADMIN_KEY: keys.openai, OPENAI_BASE_URL: api.openaiBase, ANTHROPIC_ADMIN_KEY: keys.anthropic, ANTHROPIC_BASE_URL: api.anthropicBase, ...env },
    budget: BUDGET,
    config: { serviceAccounts: ['prod-backend'], publicProjects: ['web'] },
    leaked: leaks(),
    now,
    sleep: async (ms) => void sleeps.push(ms),
    ...extra,
  };
}

const summary = (findings: { ruleId: string; location: { file: string }; severity: string }[]) => findings.map((f) => `${f.severity} ${f.ruleId} ${f.location.file}`).sort();

describe('OpenAI', () => {
  it('reports every problem of the account, per organization and per project, and writes nothing', async () => {
    const result = await runAudit(options({ providers: ['openai'] }));
    expect(summary(result.findings)).toEqual([
      'error leaked-key-active openai/projects/proj_web',
      'error missing-spend-alerts openai/organization',
      'error no-spend-limit openai/organization',
      'error spend-over-budget openai/organization',
      'note default-rate-limits openai/projects/proj_web',
      'warning spend-spike openai/projects/proj_web',
      'warning stale-key openai/projects/proj_analytics',
      'warning stale-key openai/projects/proj_batch',
      'warning stale-key openai/projects/proj_old',
    ]);
    expect(api.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    const text = result.findings.map((f) => f.message).join('\n');
    expect(text).toContain('has no spend alert at 80% ($400), 100% ($500) of its $500 budget');
    expect(text).toContain('backend-only audit --fix=limit, or https://platform.openai.com/settings/organization/limits');
    expect(text).toContain('API key "frontend-demo"');
    expect(text).toContain('matches the key a scan found at dist/app.js:1');
    expect(text).toContain('Revoke it now at https://platform.openai.com/settings/proj_web/api-keys');
    expect(text).toMatch(/The OpenAI project "web" cost \$180\.50 yesterday .*9\.0× the 7-day median of \$20/);
    expect(text).toContain('never used. It has not been used for 120 days (limit 90): revoke it.');
    expect(text).toContain('It was created 400 days ago (limit 365): rotate it.');
    expect(text).toContain('It was used in the last day but is not owned by an allow-listed service account (prod-backend)');
    expect(text).toContain('gpt-4o (10000 requests, 30000000 tokens a minute)');
    expect(text).not.toContain('gpt-4o-mini');
    // Every page of every list was read: 5 projects and 3 users at 2 a page, the costs by next_page.
    expect(api.requests.filter((r) => r.path === '/v1/organization/projects').map((r) => r.query.get('after'))).toEqual([null, 'proj_batch', 'proj_default']);
    expect(api.requests.filter((r) => r.path === '/v1/organization/users')).toHaveLength(2);
    expect(api.requests.filter((r) => r.path === '/v1/organization/costs').length).toBeGreaterThan(2);
    expect(api.requests.every((r) => r.path !== '/v1/organization/projects/proj_batch/api_keys' || r.query.get('owner_project_access') === 'any')).toBe(true);
    expect(result.stats).toMatchObject({ providers: ['openai'], projects: 5, keys: 5 });
  });

  it('without a budget, still reports the missing limit and checks alerts against nothing it cannot know', async () => {
    const result = await runAudit(options({ providers: ['openai'], budget: undefined }));
    expect(summary(result.findings).filter((s) => /spend-limit|spend-alerts|over-budget/.test(s))).toEqual(['error no-spend-limit openai/organization']);
    expect(result.findings.find((f) => f.ruleId === 'no-spend-limit')!.message).toContain('--fix=limit --budget <USD>');
  });

  it('a spike with no project behind it is reported on the organization', async () => {
    for (const c of api.openai.costs) c.project_id = '';
    const result = await runAudit(options({ providers: ['openai'] }));
    expect(result.findings.filter((f) => f.ruleId === 'spend-spike').map((f) => [f.location.file, f.evidence])).toEqual([['openai/organization', '$185.50 vs median $25']]);
  });

  it('a spend of 80–99% of the budget is a warning', async () => {
    const today = api.openai.costs.find((c) => c.usd === 510)!;
    api.openai.costs = [{ ...today, usd: 450 }];
    const result = await runAudit(options({ providers: ['openai'] }));
    const over = result.findings.filter((f) => f.ruleId === 'spend-over-budget');
    expect(over.map((f) => [f.severity, f.evidence])).toEqual([['warning', '$450 of $500 (90%)']]);
  });

  it('--fix creates exactly the missing alerts, e-mailing the owners, once; --fix=limit sets the limit', async () => {
    const first = await runAudit(options({ providers: ['openai'], fix: 'limit' }));
    expect(first.created).toEqual([
      'OpenAI organization: set the hard spend limit to $500 a month.',
      'OpenAI organization: created a monthly spend alert at $400 (80% of $500), e-mailing alice@example.com, bob@example.com.',
      'OpenAI organization: created a monthly spend alert at $500 (100% of $500), e-mailing alice@example.com, bob@example.com.',
    ]);
    expect(api.openai.orgLimit).toBe(50_000);
    expect(api.openai.orgAlerts.map((a) => [a.threshold_amount, a.notification_channel.recipients])).toEqual([
      [25_000, ['alice@example.com']],
      [40_000, ['alice@example.com', 'bob@example.com']],
      [50_000, ['alice@example.com', 'bob@example.com']],
    ]);
    expect(first.findings.map((f) => f.ruleId)).not.toContain('missing-spend-alerts');
    expect(first.findings.map((f) => f.ruleId)).not.toContain('no-spend-limit');

    const writes = api.requests.filter((r) => r.method === 'POST').length;
    const second = await runAudit(options({ providers: ['openai'], fix: 'limit' }));
    expect(second.created).toEqual([]);
    expect(api.requests.filter((r) => r.method === 'POST').length).toBe(writes);
    expect(second.findings.map((f) => f.ruleId)).not.toContain('missing-spend-alerts');
  });

  it('--notify names the recipients; project budgets get their own limit and alerts', async () => {
    const result = await runAudit(options({ providers: ['openai'], fix: 'alerts', notify: ['oncall@example.com'], config: { projects: { web: { budget: 100 } } } }));
    expect(result.created).toHaveLength(2 + 3);
    expect(api.openai.projectAlerts.proj_web!.map((a) => [a.threshold_amount, a.notification_channel.recipients])).toEqual([
      [5_000, ['oncall@example.com']],
      [8_000, ['oncall@example.com']],
      [10_000, ['oncall@example.com']],
    ]);
    // `alerts` never sets a limit.
    expect(api.openai.orgLimit).toBeNull();
    expect(summary(result.findings)).toContain('error no-spend-limit openai/projects/proj_web');
  });
});

describe('Anthropic', () => {
  it('reports the limit above budget, the spike, the leaked and the old key, and says what it cannot check', async () => {
    const result = await runAudit(options({ providers: ['anthropic'], config: {} }));
    expect(summary(result.findings)).toEqual([
      'error leaked-key-active anthropic/workspaces/wrkspc_app',
      'error no-spend-limit anthropic/organization',
      'warning spend-spike anthropic/workspaces/wrkspc_app',
      'warning stale-key anthropic/workspaces/wrkspc_app',
    ]);
    const leaked = result.findings.find((f) => f.ruleId === 'leaked-key-active')!;
    // Two random characters (every Anthropic key ends in AA): a match of medium confidence that says so.
    expect(leaked.confidence).toBe('medium');
    expect(leaked.message).toContain('every Anthropic key ends in AA');
    expect(result.findings.find((f) => f.ruleId === 'no-spend-limit')!.message).toContain('hard spend limit of $1,000 a month is above its budget of $500');
    expect(result.notes.join('\n')).toContain('Anthropic has no spend-alert API');
    // The spend-limit list needs its beta header; the archived workspace is left out.
    expect(api.requests.find((r) => r.path === '/v1/organizations/spend_limits')!.headers['anthropic-beta']).toBe('spend-limit-reads-2026-09-26');
    expect(result.stats.projects).toBe(2);
  });

  it('a public workspace that inherits every limit of a model group is at the organization default', async () => {
    const result = await runAudit(options({ providers: ['anthropic'], config: { publicProjects: ['app', 'eval'] } }));
    const defaults = result.findings.filter((f) => f.ruleId === 'default-rate-limits');
    expect(defaults.map((f) => f.location.file)).toEqual(['anthropic/workspaces/wrkspc_app']);
    expect(defaults[0]!.message).toContain('keeps the organization\'s rate limits for Claude Sonnet 4.x (4000 requests, 2000000 tokens a minute)');
    expect(defaults[0]!.message).not.toContain('Haiku');
    expect(api.requests.filter((r) => r.path.endsWith('/rate_limits')).every((r) => r.query.get('include_inherited') === 'true')).toBe(true);
  });

  it('--fix=limit lowers the organization limit to the budget, once', async () => {
    const first = await runAudit(options({ providers: ['anthropic'], config: {}, fix: 'limit' }));
    expect(first.created).toEqual(['Anthropic organization: set the hard spend limit to $500 a month (was $1,000).']);
    expect(api.anthropic.spendLimits.find((l) => l.scope.type === 'organization')!.amount).toBe('50000');
    const second = await runAudit(options({ providers: ['anthropic'], config: {}, fix: 'limit' }));
    expect(second.created).toEqual([]);
    expect(second.findings.map((f) => f.ruleId)).not.toContain('no-spend-limit');
  });
});

describe('when the API refuses or fails', () => {
  const failure = async (extra: Partial<AuditOptions> = {}, env: NodeJS.ProcessEnv = {}) => {
    const error = await runAudit(options({ providers: ['openai'], ...extra }, env)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuditError);
    expect(String((error as Error).message)).not.toContain(keys.openai);
    return error as AuditError;
  };

  it('no key at all: a setup error naming both variables', async () => {
    const error = await runAudit({ env: {} }).catch((e: unknown) => e);
    expect((error as AuditError).kind).toBe('setup');
    expect((error as Error).message).toContain('set OPENAI_ADMIN_KEY or ANTHROPIC_ADMIN_KEY');
  });

  it('401: the key was refused, and the key the API quotes back is not repeated', async () => {
    const error = await failure({}, { OPENAI_ADMIN_KEY: `${keys.openai.slice(0, -3)}xyz` });
    expect(error.kind).toBe('auth');
    expect(error.message).toMatch(/answered 401: the admin key in OPENAI_ADMIN_KEY was refused/);
    expect(error.message).toContain('Incorrect API key provided: [admin key]');
  });

  it('403 names what the key may not do', async () => {
    api.faults.push({ path: '/v1/organization/costs', status: 403, body: JSON.stringify({ error: { message: 'Missing scopes: api.usage.read' } }) });
    const error = await failure();
    expect(error.kind).toBe('auth');
    expect(error.message).toBe('OpenAI GET /organization/costs answered 403: the admin key in OPENAI_ADMIN_KEY may not read costs; give the key that permission (or use an owner\'s admin key) (Missing scopes: api.usage.read)');
  });

  it('429 and 500 are retried, waiting what retry-after says', async () => {
    api.faults.push({ path: '/v1/organization/users', status: 429, headers: { 'retry-after': '2' }, times: 1 }, { path: '/v1/organization/spend_alerts', status: 500, headers: { 'retry-after-ms': '5' }, times: 2 });
    const result = await runAudit(options({ providers: ['openai'] }));
    expect(result.findings.length).toBeGreaterThan(0);
    expect(sleeps).toEqual([5, 5, 2000]);
  });

  it('an API down after the retries is "unavailable"', async () => {
    api.faults.push({ path: '/v1/organization/spend_limit', status: 503, times: Infinity });
    const error = await failure();
    expect(error.kind).toBe('unavailable');
    expect(error.message).toMatch(/^OpenAI GET \/organization\/spend_limit failed after 4 attempts \(503/);
    expect(sleeps).toHaveLength(3);
  });

  it('a slow answer times out and is retried; one that stays slow fails', async () => {
    api.faults.push({ path: '/v1/organization/projects', delayMs: 1500, times: 1 });
    const ok = await runAudit(options({ providers: ['openai'] }, { BACKEND_ONLY_AUDIT_TIMEOUT_MS: '200' }));
    expect(ok.stats.projects).toBe(5);
    api.faults.push({ path: '/v1/organization/users', delayMs: 1500, times: Infinity });
    const error = await failure({}, { BACKEND_ONLY_AUDIT_TIMEOUT_MS: '200' });
    expect(error.message).toContain('failed after 4 attempts (no answer within 200 ms)');
  });
});
