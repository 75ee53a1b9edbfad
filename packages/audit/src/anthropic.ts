/**
 * Anthropic's Admin API (Claude Console organizations; an admin key `sk-ant-admin…`, sent as `x-api-key` with
 * `anthropic-version: 2023-06-01`, as the Admin API reference's examples do; @anthropic-ai/sdk 1.14 sends the same
 * key as `Authorization: Bearer`, and packages/audit/test/sdk-conformance.test.ts drives the stand-in with it). Sources: anthropics/anthropic-sdk-typescript src/resources/beta/organization/**
 * (api-keys.ts, spend-limits/spend-limits.ts) and src/core/pagination.ts, and the Admin API reference at
 * platform.claude.com/docs/en/api/admin/* for what the SDK does not carry (workspaces, users, cost_report).
 * ID-cursor lists are `Page`s: `{ data, has_more, first_id, last_id }`, the next page asked for with
 * `after_id=<last_id>`; report lists are `PageCursor`s: `{ data, next_page }` (and `has_more` on cost_report),
 * the next page asked for with `page=<next_page>`.
 *
 * Anthropic has no spend-alert API and its API keys carry no last-used time: the audit says so instead of
 * reporting on them.
 */
import { AuditError, type AdminHttp } from './http.js';
import type { AccountSnapshot, ApiKeyInfo, ProviderClient, RateLimit, ReadPlan, Scope, ScopeBilling } from './model.js';
import { costWindowStart, daysFrom } from './time.js';

interface IdPage<T> {
  data: T[];
  has_more: boolean;
  last_id?: string | null;
}

interface CursorPage<T> {
  data: T[];
  has_more?: boolean;
  next_page?: string | null;
}

/** platform.claude.com/docs/en/api/admin/workspaces/list: `{ id, name, archived_at, … }`. */
interface AnthropicWorkspace {
  id: string;
  name?: string | null;
  archived_at?: string | null;
}

/** platform.claude.com/docs/en/api/admin/users/list: `role` is `user`, `developer`, `billing`, `admin` or `claude_code_user`. */
interface AnthropicUser {
  id: string;
  email?: string | null;
  role?: string | null;
}

/** beta/organization/api-keys.ts `BetaAPIKey`: RFC 3339 times; `partial_key_hint` like `sk-ant-api03-R2D...igAA`. */
interface AnthropicKey {
  id: string;
  name: string;
  created_at: string;
  partial_key_hint: string | null;
  status: 'active' | 'archived' | 'expired' | 'inactive';
  workspace_id: string | null;
  scope?: { type: 'organization' } | { type: 'workspace'; workspace_id: string };
  principal?: { type: 'user_actor'; user_id: string } | { type: 'service_account_actor'; service_account_id: string } | null;
  created_by?: { id: string; type: 'user' | 'service_account' } | null;
}

/**
 * beta/organization/spend-limits/spend-limits.ts `BetaSpendLimit`: `amount` a decimal string in minor units
 * (cents for USD: "50000" is $500.00) or null for no cap; `scope` `{ type: 'organization' }` or
 * `{ type: 'workspace', workspace_id }` for Console organizations, whose limits are monthly.
 */
interface AnthropicSpendLimit {
  id: string;
  amount: string | null;
  currency: string;
  period: 'daily' | 'weekly' | 'monthly';
  scope: { type: string; workspace_id?: string };
}

/**
 * platform.claude.com/docs/en/api/admin/cost_report: `{ data: [{ starting_at, ending_at, results: [{ amount,
 * currency, workspace_id, … }] }], has_more, next_page }`; `amount` is "in lowest currency units (e.g. cents) as a
 * decimal string. For example, "123.45" in "USD" represents $1.23".
 */
interface AnthropicCostBucket {
  starting_at: string;
  results: { amount?: string; currency?: string; workspace_id?: string | null }[];
}

/** List Spend Limits (GET /v1/organizations/spend_limits) "requests must send `spend-limit-reads-2026-09-26`". */
/**
 * beta/organization/workspaces/rate-limits.ts `BetaWorkspaceRateLimit` (GET /v1/organizations/workspaces/{id}/rate_limits,
 * a `PageCursor`): with `include_inherited=true` every group and limiter, each value with its `source`
 * (`workspace` for an override, `organization` when inherited, then `value` equals `org_limit`).
 */
interface AnthropicWorkspaceRateLimit {
  group: { type: string; display_name?: string; id: string };
  limits: { type: string; value: number; org_limit: number | null; source: { type: 'workspace' | 'organization' } }[];
  models: string[] | null;
}

const SPEND_LIMIT_READS = { 'anthropic-beta': 'spend-limit-reads-2026-09-26' };

const idCursor = (page: IdPage<unknown>) => (page.has_more && page.last_id ? { param: 'after_id', cursor: page.last_id } : undefined);
const pageCursor = (page: CursorPage<unknown>) => (page.has_more !== false && page.next_page ? { param: 'page', cursor: page.next_page } : undefined);

export function anthropicClient(http: AdminHttp): ProviderClient {
  const organization: Scope = { kind: 'organization', id: 'organization', name: 'organization' };
  return {
    requests: () => http.requests,
    canCreateAlerts: () => false,
    async read(now: Date, plan: ReadPlan): Promise<AccountSnapshot> {
      const workspaces = await http.list<AnthropicWorkspace, IdPage<AnthropicWorkspace>>('/v1/organizations/workspaces', { limit: 100 }, idCursor);
      const projects = workspaces.filter((w) => !w.archived_at).map((w): Scope => ({ kind: 'project', id: w.id, name: w.name || w.id }));
      const byId = new Map(projects.map((p) => [p.id, p]));

      // A 404 (the organization has no access to the Spend Limits API yet) reads as no limit: nothing proves one.
      const limits = await http
        .list<AnthropicSpendLimit, CursorPage<AnthropicSpendLimit>>('/v1/organizations/spend_limits', { limit: 100 }, pageCursor, SPEND_LIMIT_READS)
        .catch((error: unknown) => {
          if (error instanceof AuditError && error.status === 404) return [];
          throw error;
        });
      const monthly = (scope: Scope): number | null => {
        const limit = limits.find((l) => l.period === 'monthly' && (scope.kind === 'organization' ? l.scope.type === 'organization' : l.scope.type === 'workspace' && l.scope.workspace_id === scope.id));
        const cents = limit?.amount == null ? NaN : Number(limit.amount);
        return Number.isFinite(cents) && cents > 0 ? cents : null;
      };
      const billing: ScopeBilling[] = [organization, ...projects.filter((p) => plan.projectBilling(p))].map((scope) => ({ scope, limitCents: monthly(scope), alerts: null }));

      const users = await http.list<AnthropicUser, IdPage<AnthropicUser>>('/v1/organizations/users', { limit: 100 }, idCursor);
      const owners = users.filter((u) => u.role === 'admin' && u.email).map((u) => u.email!);

      const defaultWorkspace: Scope = { kind: 'project', id: 'default', name: 'Default workspace' };
      const apiKeys = await http.list<AnthropicKey, IdPage<AnthropicKey>>('/v1/organizations/api_keys', { limit: 100, status: 'active' }, idCursor);
      const keys: ApiKeyInfo[] = apiKeys
        .filter((k) => k.status === 'active')
        .map((k) => {
          const workspaceId = k.scope?.type === 'workspace' ? k.scope.workspace_id : k.workspace_id;
          const owner = k.principal?.type === 'service_account_actor'
            ? { type: 'service_account' as const, id: k.principal.service_account_id, name: k.principal.service_account_id }
            : k.principal?.type === 'user_actor'
            ? { type: 'user' as const, id: k.principal.user_id, name: k.principal.user_id }
            : { type: 'unknown' as const, id: k.created_by?.id ?? '', name: k.created_by ? `an unknown principal (created by ${k.created_by.id})` : 'an unknown principal' };
          return { id: k.id, name: k.name, project: (workspaceId && byId.get(workspaceId)) || defaultWorkspace, redacted: k.partial_key_hint ?? '', createdAt: new Date(k.created_at), lastUsedAt: undefined, owner };
        });

      const start = costWindowStart(now);
      const days = daysFrom(start, now);
      const organizationCosts = days.map(() => 0);
      const byProject = new Map<string, number[]>();
      const buckets = await http.list<AnthropicCostBucket, CursorPage<AnthropicCostBucket>>(
        '/v1/organizations/cost_report',
        { starting_at: start.toISOString(), bucket_width: '1d', group_by: ['workspace_id'], limit: 31 },
        pageCursor,
      );
      for (const bucket of buckets) {
        const day = days.indexOf(bucket.starting_at.slice(0, 10));
        if (day === -1) continue;
        for (const result of bucket.results ?? []) {
          const usd = Number(result.amount ?? 0) / 100;
          if (!Number.isFinite(usd)) continue;
          organizationCosts[day]! += usd;
          const id = result.workspace_id ?? defaultWorkspace.id;
          const series = byProject.get(id) ?? days.map(() => 0);
          series[day]! += usd;
          byProject.set(id, series);
        }
      }
      const notes = [
        'Anthropic has no spend-alert API: spend alerts are not checked; set notifications in the Console (Settings → Limits).',
        'Anthropic API keys carry no last-used time: keys are checked for age only.',
      ];
      const rateLimits: RateLimit[] = [];
      for (const project of plan.rateLimits ? projects : []) {
        const groups = await http.list<AnthropicWorkspaceRateLimit, CursorPage<AnthropicWorkspaceRateLimit>>(`/v1/organizations/workspaces/${encodeURIComponent(project.id)}/rate_limits`, { include_inherited: true }, pageCursor);
        for (const g of groups.filter((group) => group.group.type === 'model_group')) {
          const value = (match: (type: string) => boolean): number => g.limits.find((l) => match(l.type))?.value ?? 0;
          rateLimits.push({
            project,
            model: g.group.display_name ?? g.group.id,
            requestsPerMinute: value((t) => t === 'requests_per_minute'),
            tokensPerMinute: value((t) => t.includes('tokens_per_minute')),
            atOrganizationDefault: g.limits.length > 0 && g.limits.every((l) => l.source.type === 'organization'),
          });
        }
      }
      return { provider: 'anthropic', projects, billing, keys, rateLimits, costs: { days, organization: organizationCosts, byProject }, owners, notes };
    },
    async createAlert(): Promise<void> {
      throw new Error('Anthropic has no spend-alert API');
    },
    async setLimit(scope: Scope, cents: number): Promise<void> {
      // SpendLimitSetParams: an upsert keyed on (scope, period); Console organizations set monthly limits.
      await http.post('/v1/organizations/spend_limits', {
        amount: String(Math.round(cents)),
        period: 'monthly',
        scope: scope.kind === 'organization' ? { type: 'organization' } : { type: 'workspace', workspace_id: scope.id },
      });
    },
  };
}
