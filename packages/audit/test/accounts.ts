/**
 * Accounts for the stand-in, built relative to `now`, each with one instance of every problem the audit reports:
 * no org limit (OpenAI) or one above the budget (Anthropic), one alert of three, a spend spike yesterday, spend
 * over the budget today, a leaked key that is still active, stale keys, and a public project at default limits.
 */
import { fakeKeys, randomChars } from '../../core/test/helpers/fake-keys.js';
import type { AnthropicState, OpenAiKey, OpenAiState } from './stand-in.js';

export const BUDGET = 500;
const DAY = 86_400;

/** Fresh admin keys of the providers' shapes, built from parts (never committed whole). */
export function adminKeys(): { openai: string; anthropic: string } {
  const all = fakeKeys();
  return { openai: all.find((k) => k.shapeId === 'openai-admin')!.key, anthropic: all.find((k) => k.shapeId === 'anthropic-admin')!.key };
}

/** `sk-abc...def`: the shape of `redacted_value` in OpenAI's API reference example (first 6, last 3). */
export const openAiRedacted = (key: string): string => `${key.slice(0, 6)}...${key.slice(-3)}`;
/** `sk-ant-api03-R2D...igAA`: the shape of `partial_key_hint` in Anthropic's API reference example. */
export const anthropicHint = (key: string): string => `${key.slice(0, 16)}...${key.slice(-4)}`;

const dayStart = (now: Date, daysBack: number): number => Math.floor(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) / 1000) - daysBack * DAY;
const isoDay = (now: Date, daysBack: number): string => new Date(dayStart(now, daysBack) * 1000).toISOString().slice(0, 10);

function user(id: string, email: string) {
  return { id, name: email.split('@')[0]!, email, role: 'owner', created_at: 1_700_000_000 };
}

export function openAiAccount(now: Date, leakedKey: string): OpenAiState {
  const t = Math.floor(now.getTime() / 1000);
  const key = (id: string, name: string, redacted: string, createdDaysAgo: number, lastUsedDaysAgo: number | null, owner: OpenAiKey['owner'], access: 'active' | 'inactive' = 'active'): OpenAiKey => ({
    id,
    object: 'organization.project.api_key',
    name,
    redacted_value: redacted,
    created_at: t - createdDaysAgo * DAY,
    last_used_at: lastUsedDaysAgo === null ? null : t - Math.round(lastUsedDaysAgo * DAY),
    owner_project_access: access,
    owner,
  });
  const random = (): string => openAiRedacted(`sk-proj-${randomChars(40)}`);
  const alice = { type: 'user' as const, user: user('user_alice', 'alice@example.com') };
  const service = { type: 'service_account' as const, service_account: { id: 'svc_prod', name: 'prod-backend', role: 'member', created_at: t - 30 * DAY } };
  const project = (id: string, name: string) => ({ id, object: 'organization.project' as const, name, created_at: t - 500 * DAY, status: 'active' as const });
  const limit = (model: string, rpm: number, tpm: number, id: string) => ({ id, object: 'project.rate_limit' as const, model, max_requests_per_1_minute: rpm, max_tokens_per_1_minute: tpm });
  const costs: OpenAiState['costs'] = [];
  // Eight ordinary days of $20 (web) and $5 (batch), then yesterday's spike and today's spend past the budget.
  for (let back = 9; back >= 2; back--) costs.push({ start_time: dayStart(now, back), project_id: 'proj_web', usd: 20 }, { start_time: dayStart(now, back), project_id: 'proj_batch', usd: 5 });
  costs.push({ start_time: dayStart(now, 1), project_id: 'proj_web', usd: 180.5 }, { start_time: dayStart(now, 1), project_id: 'proj_batch', usd: 5 });
  costs.push({ start_time: dayStart(now, 0), project_id: 'proj_web', usd: 510 });
  return {
    projects: [project('proj_web', 'web'), project('proj_batch', 'batch'), project('proj_old', 'old-demo'), project('proj_default', 'Default project'), project('proj_analytics', 'analytics')],
    orgLimit: null,
    projectLimits: {},
    orgAlerts: [{ id: 'alert_org_50', object: 'organization.spend_alert', currency: 'USD', interval: 'month', threshold_amount: BUDGET * 50, notification_channel: { type: 'email', recipients: ['alice@example.com'] } }],
    projectAlerts: {},
    users: [
      { id: 'user_alice', object: 'organization.user', email: 'alice@example.com', name: 'Alice', role: 'owner', added_at: t - 900 * DAY },
      { id: 'user_rita', object: 'organization.user', email: 'rita@example.com', name: 'Rita', role: 'reader', added_at: t - 800 * DAY },
      { id: 'user_bob', object: 'organization.user', email: 'bob@example.com', name: 'Bob', role: 'owner', added_at: t - 700 * DAY },
    ],
    keys: {
      proj_web: [key('key_leaked', 'frontend-demo', openAiRedacted(leakedKey), 40, 0.05, alice), key('key_prod', 'prod', random(), 30, 0.1, service)],
      // Its owner left the project: listed only with owner_project_access=any.
      proj_batch: [key('key_unused', 'batch-job', random(), 120, null, alice, 'inactive')],
      proj_old: [key('key_old', 'legacy', random(), 400, 2, service)],
      proj_analytics: [key('key_personal', 'alice-laptop', random(), 10, 0.2, alice)],
    },
    rateLimits: {
      proj_web: [limit('gpt-4o', 10_000, 30_000_000, 'rl_web'), limit('gpt-4o-mini', 500, 200_000, 'rl_web_mini')],
      proj_batch: [limit('gpt-4o', 5_000, 1_000_000, 'rl_batch')],
      proj_default: [limit('gpt-4o', 10_000, 30_000_000, 'rl_default'), limit('gpt-4o-mini', 30_000, 150_000_000, 'rl_default_mini')],
    },
    costs,
  };
}

type WorkspaceLimit = AnthropicState['rateLimits'][string][number];

/** A Claude Sonnet group whose request limit is `rpm` from `source`; the token limit is inherited. */
function sonnet(workspace: string, source: 'workspace' | 'organization', rpm: number): WorkspaceLimit {
  return {
    type: 'workspace_rate_limit',
    workspace_id: workspace,
    rate_limit_id: 'rl_sonnet',
    group: { type: 'model_group', id: 'rlg_sonnet', display_name: 'Claude Sonnet 4.x' },
    models: ['claude-sonnet-4-5'],
    limits: [
      { type: 'requests_per_minute', value: rpm, org_limit: 4_000, source: { type: source } },
      { type: 'input_tokens_per_minute_cache_aware', value: 2_000_000, org_limit: 2_000_000, source: { type: 'organization' } },
    ],
  };
}

function haiku(workspace: string): WorkspaceLimit {
  return { ...sonnet(workspace, 'workspace', 100), rate_limit_id: 'rl_haiku', group: { type: 'model_group', id: 'rlg_haiku', display_name: 'Claude Haiku 4.x' }, models: ['claude-haiku-4-5'] };
}

export function anthropicAccount(now: Date, leakedKey: string): AnthropicState {
  const ago = (days: number): string => new Date(now.getTime() - days * DAY * 1000).toISOString();
  const costs: AnthropicState['costs'] = [];
  for (let back = 9; back >= 2; back--) costs.push({ day: isoDay(now, back), workspace_id: 'wrkspc_app', cents: '1000.5' });
  costs.push({ day: isoDay(now, 1), workspace_id: 'wrkspc_app', cents: '9000' }, { day: isoDay(now, 1), workspace_id: null, cents: '250' });
  const keyOf = (id: string, name: string, hint: string, created: number) => ({ id, type: 'api_key' as const, name, created_at: ago(created), partial_key_hint: hint, status: 'active' as const, workspace_id: 'wrkspc_app', created_by: { id: 'user_01A', type: 'user' as const } });
  return {
    workspaces: [
      { id: 'wrkspc_app', type: 'workspace', name: 'app', created_at: ago(600), archived_at: null },
      { id: 'wrkspc_eval', type: 'workspace', name: 'eval', created_at: ago(300), archived_at: null },
      { id: 'wrkspc_gone', type: 'workspace', name: 'gone', created_at: ago(300), archived_at: ago(10) },
    ],
    users: [
      { id: 'user_01A', type: 'user', email: 'ada@example.com', name: 'Ada', role: 'admin', added_at: ago(600) },
      { id: 'user_01B', type: 'user', email: 'dev@example.com', name: 'Dev', role: 'developer', added_at: ago(500) },
      { id: 'user_01C', type: 'user', email: 'ops@example.com', name: 'Ops', role: 'admin', added_at: ago(400) },
    ],
    keys: [
      keyOf('apikey_01leak', 'web-widget', anthropicHint(leakedKey), 20),
      keyOf('apikey_01old', 'old-script', anthropicHint(`sk-ant-api03-${randomChars(93)}AA`), 500),
      keyOf('apikey_01ok', 'server', anthropicHint(`sk-ant-api03-${randomChars(93)}AA`), 30),
    ],
    rateLimits: {
      // app inherits every limit; eval lowered its request rate.
      wrkspc_app: [sonnet('wrkspc_app', 'organization', 4_000), haiku('wrkspc_app')],
      wrkspc_eval: [sonnet('wrkspc_eval', 'workspace', 50)],
    },
    spendLimits: [
      // Above the $500 budget.
      { id: 'spl_org', type: 'spend_limit', amount: '100000', currency: 'USD', period: 'monthly', scope: { type: 'organization' }, created_at: ago(100), updated_at: ago(100), is_enabled: true },
      { id: 'spl_ws', type: 'spend_limit', amount: '20000', currency: 'USD', period: 'monthly', scope: { type: 'workspace', workspace_id: 'wrkspc_eval' }, created_at: ago(100), updated_at: ago(100), is_enabled: true },
      { id: 'spl_daily', type: 'spend_limit', amount: '500', currency: 'USD', period: 'monthly', scope: { type: 'workspace', workspace_id: 'wrkspc_gone' }, created_at: ago(100), updated_at: ago(100), is_enabled: true },
    ],
    costs,
  };
}
