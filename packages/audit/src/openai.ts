/**
 * OpenAI's Admin API, as openai/openai-node declares it under src/resources/admin/organization/** (commit
 * 7b7d6ca, Aug 2026). Paths are relative to the base URL (`…/v1`); every call authenticates with
 * `Authorization: Bearer <admin key>` (src/client.ts `adminAPIKeyAuth`). Lists are `ConversationCursorPage`s
 * (src/core/pagination.ts): `{ data, has_more, last_id }`, the next page asked for with `after=<last_id>`.
 */
import type { AdminHttp } from './http.js';
import type { AccountSnapshot, ApiKeyInfo, ProviderClient, RateLimit, ReadPlan, Scope, ScopeBilling, SpendAlert } from './model.js';
import { costWindowStart, daysFrom, isoDay } from './time.js';

interface CursorPage<T> {
  data: T[];
  has_more: boolean;
  last_id?: string;
}

/** projects/projects.ts `Project`. */
interface OpenAiProject {
  id: string;
  name?: string | null;
  status?: string | null;
}

/** spend-limit.ts `OrganizationSpendLimit` and projects/spend-limit.ts `ProjectSpendLimit`: amounts in cents. */
interface OpenAiSpendLimit {
  threshold_amount: number;
  interval: string;
  currency: string;
  enforcement?: { status: string };
}

/** spend-alerts.ts `OrganizationSpendAlert` and projects/spend-alerts.ts `ProjectSpendAlert`: amounts in cents. */
interface OpenAiSpendAlert {
  id: string;
  threshold_amount: number;
  interval: string;
  currency: string;
  notification_channel: { type: 'email'; recipients: string[]; subject_prefix?: string | null };
}

/** users/users.ts `OrganizationUser`: `role` is `owner` or `reader`. */
interface OpenAiUser {
  id: string;
  email?: string | null;
  role?: string | null;
  is_service_account?: boolean;
}

/** projects/api-keys.ts `ProjectAPIKey`: Unix seconds; `last_used_at` null when never used. */
interface OpenAiProjectKey {
  id: string;
  name: string;
  redacted_value: string;
  created_at: number;
  last_used_at: number | null;
  owner: { type?: 'user' | 'service_account'; user?: { id: string; name: string; email: string }; service_account?: { id: string; name: string } };
}

/** projects/rate-limits.ts `ProjectRateLimit`. */
interface OpenAiRateLimit {
  id: string;
  model: string;
  max_requests_per_1_minute: number;
  max_tokens_per_1_minute: number;
}

/**
 * usage.ts `UsageCostsResponse`: `{ data: buckets, has_more, next_page }`, the next page asked for with
 * `page=<next_page>`; each bucket `{ start_time, end_time, results: [{ amount: { value, currency: 'usd' }, project_id }] }`.
 * `amount.value` is in the currency's units (dollars), not cents.
 */
interface OpenAiCostsPage {
  data: { start_time: number; end_time: number; results: { amount?: { value?: number; currency?: string }; project_id?: string | null }[] }[];
  has_more: boolean;
  next_page: string | null;
}

const cursor = (page: CursorPage<unknown>) => (page.has_more && page.last_id ? { param: 'after', cursor: page.last_id } : undefined);
const date = (seconds: number): Date => new Date(seconds * 1000);

export function openAiClient(http: AdminHttp): ProviderClient {
  const organization: Scope = { kind: 'organization', id: 'organization', name: 'organization' };
  const base = (scope: Scope): string => (scope.kind === 'organization' ? '/organization' : `/organization/projects/${encodeURIComponent(scope.id)}`);

  async function billing(scope: Scope): Promise<ScopeBilling> {
    // A limit answered with 404, or with a zero threshold, is no limit.
    const limit = await http.getOrNull<OpenAiSpendLimit>(`${base(scope)}/spend_limit`);
    const alerts = await http.list<OpenAiSpendAlert, CursorPage<OpenAiSpendAlert>>(`${base(scope)}/spend_alerts`, { limit: 100 }, cursor);
    return {
      scope,
      limitCents: limit && limit.threshold_amount > 0 ? limit.threshold_amount : null,
      alerts: alerts.filter((a) => a.interval === 'month').map((a) => ({ thresholdCents: a.threshold_amount, recipients: a.notification_channel?.recipients ?? [] })),
    };
  }

  return {
    requests: () => http.requests,
    canCreateAlerts: () => true,
    async read(now: Date, plan: ReadPlan): Promise<AccountSnapshot> {
      const projects = (await http.list<OpenAiProject, CursorPage<OpenAiProject>>('/organization/projects', { limit: 100 }, cursor)).map(
        (p): Scope => ({ kind: 'project', id: p.id, name: p.name || p.id }),
      );
      const scopes = [organization, ...projects.filter((p) => plan.projectBilling(p))];
      const allBilling: ScopeBilling[] = [];
      for (const scope of scopes) allBilling.push(await billing(scope));

      const users = await http.list<OpenAiUser, CursorPage<OpenAiUser>>('/organization/users', { limit: 100 }, cursor);
      const owners = users.filter((u) => u.role === 'owner' && u.email && !u.is_service_account).map((u) => u.email!);

      const keys: ApiKeyInfo[] = [];
      const rateLimits: RateLimit[] = [];
      for (const project of projects) {
        // `owner_project_access=any`: without it the endpoint "applies its existing membership-based visibility
        // rules, which may exclude some enabled keys" (projects/api-keys.ts `APIKeyListParams`).
        const projectKeys = await http.list<OpenAiProjectKey, CursorPage<OpenAiProjectKey>>(`${base(project)}/api_keys`, { limit: 100, owner_project_access: 'any' }, cursor);
        for (const k of projectKeys) {
          const owner = k.owner?.type === 'service_account' && k.owner.service_account
            ? { type: 'service_account' as const, id: k.owner.service_account.id, name: k.owner.service_account.name }
            : k.owner?.user
            ? { type: 'user' as const, id: k.owner.user.id, name: k.owner.user.email || k.owner.user.name }
            : { type: 'unknown' as const, id: '', name: 'unknown owner' };
          keys.push({ id: k.id, name: k.name, project, redacted: k.redacted_value, createdAt: date(k.created_at), lastUsedAt: k.last_used_at == null ? null : date(k.last_used_at), owner });
        }
        if (plan.rateLimits) {
          const limits = await http.list<OpenAiRateLimit, CursorPage<OpenAiRateLimit>>(`${base(project)}/rate_limits`, { limit: 100 }, cursor);
          for (const l of limits) rateLimits.push({ project, model: l.model, requestsPerMinute: l.max_requests_per_1_minute, tokensPerMinute: l.max_tokens_per_1_minute });
        }
      }

      const start = costWindowStart(now);
      const days = daysFrom(start, now);
      const organizationCosts = days.map(() => 0);
      const byProject = new Map<string, number[]>();
      const buckets = await http.list<OpenAiCostsPage['data'][number], OpenAiCostsPage>(
        '/organization/costs',
        { start_time: Math.floor(start.getTime() / 1000), bucket_width: '1d', group_by: ['project_id'], limit: days.length },
        (page) => (page.has_more && page.next_page ? { param: 'page', cursor: page.next_page } : undefined),
      );
      for (const bucket of buckets) {
        const day = days.indexOf(isoDay(date(bucket.start_time)));
        if (day === -1) continue;
        for (const result of bucket.results ?? []) {
          const usd = result.amount?.value ?? 0;
          organizationCosts[day]! += usd;
          if (result.project_id) {
            const series = byProject.get(result.project_id) ?? days.map(() => 0);
            series[day]! += usd;
            byProject.set(result.project_id, series);
          }
        }
      }
      return { provider: 'openai', projects, billing: allBilling, keys, rateLimits, costs: { days, organization: organizationCosts, byProject }, owners, notes: [] };
    },
    async createAlert(scope: Scope, alert: SpendAlert): Promise<void> {
      // spend-alerts.ts / projects/spend-alerts.ts `SpendAlertCreateParams`.
      await http.post(`${base(scope)}/spend_alerts`, {
        currency: 'USD',
        interval: 'month',
        threshold_amount: alert.thresholdCents,
        notification_channel: { type: 'email', recipients: alert.recipients, subject_prefix: '[backend-only]' },
      });
    },
    async setLimit(scope: Scope, cents: number): Promise<void> {
      // spend-limit.ts / projects/spend-limit.ts `SpendLimitUpdateParams` ("Create or replace").
      await http.post(`${base(scope)}/spend_limit`, { currency: 'USD', interval: 'month', threshold_amount: cents });
    },
  };
}
