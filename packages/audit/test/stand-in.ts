/**
 * A stand-in for OpenAI's and Anthropic's Admin APIs on 127.0.0.1 (node:http), the only stand-in the tests use.
 * Bodies follow the official SDK types (openai-node src/resources/admin/organization/**, anthropic-sdk-typescript
 * src/resources/beta/organization/**, the Anthropic Admin API reference), lists are paginated with a small page
 * size so every test crosses pages, and `faults` make chosen requests fail (401/403/429/500) or answer slowly.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OpenAiAlert {
  id: string;
  object: 'organization.spend_alert' | 'project.spend_alert';
  currency: 'USD';
  interval: 'month';
  threshold_amount: number;
  notification_channel: { type: 'email'; recipients: string[]; subject_prefix?: string | null };
}

export interface OpenAiKey {
  id: string;
  object: 'organization.project.api_key';
  name: string;
  redacted_value: string;
  created_at: number;
  last_used_at: number | null;
  owner_project_access: 'active' | 'inactive';
  owner: { type: 'user' | 'service_account'; user?: { id: string; name: string; email: string; role: string; created_at: number }; service_account?: { id: string; name: string; role: string; created_at: number } };
}

export interface OpenAiState {
  projects: { id: string; object: 'organization.project'; name: string; created_at: number; status: 'active' }[];
  /** Cents; null answers 404. */
  orgLimit: number | null;
  projectLimits: Record<string, number | null>;
  orgAlerts: OpenAiAlert[];
  projectAlerts: Record<string, OpenAiAlert[]>;
  users: { id: string; object: 'organization.user'; email: string; name: string; role: 'owner' | 'reader'; added_at: number }[];
  keys: Record<string, OpenAiKey[]>;
  rateLimits: Record<string, { id: string; object: 'project.rate_limit'; model: string; max_requests_per_1_minute: number; max_tokens_per_1_minute: number }[]>;
  /** USD per UTC day start (Unix seconds) per project id. */
  costs: { start_time: number; project_id: string; usd: number }[];
}

export interface AnthropicState {
  workspaces: { id: string; type: 'workspace'; name: string; created_at: string; archived_at: string | null }[];
  users: { id: string; type: 'user'; email: string; name: string; role: 'admin' | 'developer' | 'user' | 'billing'; added_at: string }[];
  keys: { id: string; type: 'api_key'; name: string; created_at: string; partial_key_hint: string; status: 'active' | 'archived'; workspace_id: string | null; created_by: { id: string; type: 'user' } }[];
  spendLimits: { id: string; type: 'spend_limit'; amount: string | null; currency: 'USD'; period: 'monthly'; scope: { type: 'organization' } | { type: 'workspace'; workspace_id: string }; created_at: string; updated_at: string; is_enabled: boolean }[];
  /** Per workspace id, as listed with include_inherited=true. */
  rateLimits: Record<string, { type: 'workspace_rate_limit'; workspace_id: string; rate_limit_id: string; group: { type: 'model_group'; id: string; display_name: string }; models: string[]; limits: { type: string; value: number; org_limit: number | null; source: { type: 'workspace' | 'organization' } }[] }[]>;
  /** Cents (decimal strings) per UTC day (ISO date) per workspace id. */
  costs: { day: string; workspace_id: string | null; cents: string }[];
}

export interface Fault {
  method?: string;
  /** Exact path, without the query. */
  path: string;
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  delayMs?: number;
  /** How many requests it answers (default 1); Infinity for all. */
  times?: number;
}

export interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export interface StandIn {
  openaiBase: string;
  anthropicBase: string;
  requests: Recorded[];
  faults: Fault[];
  openai: OpenAiState;
  anthropic: AnthropicState;
  close(): Promise<void>;
}

export const PAGE_SIZE = 2;

/** The fields of the write requests the stand-in accepts (SpendAlertCreateParams, SpendLimitUpdateParams, SpendLimitSetParams). */
interface WriteBody {
  currency: 'USD';
  interval: 'month';
  threshold_amount: number;
  notification_channel: OpenAiAlert['notification_channel'];
  amount: string | null;
  period?: 'monthly';
  scope: AnthropicState['spendLimits'][number]['scope'];
}

/** A slice of `items` after the item with id `after`, `limit` long (never more than PAGE_SIZE). */
function idPage<T extends { id: string }>(items: readonly T[], after: string | null, limit: string | null): { data: T[]; has_more: boolean; first_id: string | null; last_id: string | null } {
  const start = after ? items.findIndex((i) => i.id === after) + 1 : 0;
  const size = Math.min(Number(limit) || 20, PAGE_SIZE);
  const data = items.slice(start, start + size);
  return { data, has_more: start + size < items.length, first_id: data[0]?.id ?? null, last_id: data[data.length - 1]?.id ?? null };
}

/** A slice by an opaque `page` token (the next index, base64), as the cost reports and spend-limit lists page. */
function tokenPage<T>(items: readonly T[], page: string | null): { data: T[]; has_more: boolean; next_page: string | null } {
  const start = page ? Number(Buffer.from(page, 'base64url').toString()) : 0;
  const data = items.slice(start, start + PAGE_SIZE);
  const more = start + PAGE_SIZE < items.length;
  return { data, has_more: more, next_page: more ? Buffer.from(String(start + PAGE_SIZE)).toString('base64url') : null };
}

export async function startStandIn(keys: { openai: string; anthropic: string }, openai: OpenAiState, anthropic: AnthropicState): Promise<StandIn> {
  const requests: Recorded[] = [];
  const faults: Fault[] = [];
  let nextId = 1;

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const text = Buffer.concat(chunks).toString('utf8');
      const body = (text ? JSON.parse(text) : {}) as WriteBody;
      requests.push({ method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, body });
      const fault = faults.find((f) => f.path === url.pathname && (!f.method || f.method === req.method) && (f.times ?? 1) > 0);
      const answer = (): void => {
        if (fault?.status) {
          res.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers }).end(fault.body ?? JSON.stringify({ error: { message: `stand-in fault ${fault.status}`, type: 'error' } }));
          return;
        }
        route(req, res, url, body);
      };
      if (fault) fault.times = (fault.times ?? 1) - 1;
      if (fault?.delayMs) setTimeout(() => (res.destroyed ? undefined : answer()), fault.delayMs);
      else answer();
    });
  });

  const json = (res: ServerResponse, status: number, value: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
  };

  function route(req: IncomingMessage, res: ServerResponse, url: URL, body: WriteBody): void {
    const q = url.searchParams;
    const p = url.pathname;
    if (p.startsWith('/v1/organization/')) {
      // openai-node: `Authorization: Bearer <admin key>`. A wrong key gets OpenAI's message, which quotes the key.
      const auth = req.headers.authorization ?? '';
      if (auth !== `Bearer ${keys.openai}`) return json(res, 401, { error: { message: `Incorrect API key provided: ${auth.replace(/^Bearer /, '')}.`, type: 'invalid_request_error', code: 'invalid_api_key' } });
      return routeOpenAi(req, res, p.slice('/v1'.length), q, body);
    }
    if (p.startsWith('/v1/organizations/')) {
      // The Admin API reference's examples send `X-Api-Key`; @anthropic-ai/sdk 1.14 sends `Authorization: Bearer`.
      if (req.headers['x-api-key'] !== keys.anthropic && req.headers.authorization !== `Bearer ${keys.anthropic}`) return json(res, 401, { type: 'error', error: { type: 'authentication_error', message: 'invalid x-api-key' } });
      // A dated version is required (the reference's examples send 2023-06-01; @anthropic-ai/sdk 1.14 sends 2026-10-21).
      if (!/^\d{4}-\d{2}-\d{2}$/.test(String(req.headers['anthropic-version'] ?? ''))) return json(res, 400, { type: 'error', error: { type: 'invalid_request_error', message: 'anthropic-version header is required' } });
      return routeAnthropic(req, res, p, q, body);
    }
    json(res, 404, { error: { message: `no route ${p}` } });
  }

  function routeOpenAi(req: IncomingMessage, res: ServerResponse, p: string, q: URLSearchParams, body: WriteBody): void {
    const list = <T extends { id: string }>(items: readonly T[]) => json(res, 200, { object: 'list', ...idPage(items, q.get('after'), q.get('limit')) });
    const project = /^\/organization\/projects\/([^/]+)\/(spend_limit|spend_alerts|api_keys|rate_limits)$/.exec(p);
    const alert = (object: OpenAiAlert['object']): OpenAiAlert => ({ id: `alert_${nextId++}`, object, currency: body.currency, interval: body.interval, threshold_amount: body.threshold_amount, notification_channel: body.notification_channel });
    if (p === '/organization/projects') return list(openai.projects);
    if (p === '/organization/users') return list(openai.users);
    if (p === '/organization/spend_limit') {
      if (req.method === 'POST') openai.orgLimit = body.threshold_amount;
      if (openai.orgLimit === null) return json(res, 404, { error: { message: 'No spend limit configured', type: 'invalid_request_error' } });
      return json(res, 200, { object: 'organization.spend_limit', currency: 'USD', interval: 'month', threshold_amount: openai.orgLimit, enforcement: { status: 'inactive' } });
    }
    if (p === '/organization/spend_alerts') {
      if (req.method === 'POST') return json(res, 200, (openai.orgAlerts.push(alert('organization.spend_alert')), openai.orgAlerts.at(-1)));
      return list(openai.orgAlerts);
    }
    if (project) {
      const [, id, what] = project as unknown as [string, string, string];
      if (!openai.projects.some((x) => x.id === id)) return json(res, 404, { error: { message: `No such project ${id}` } });
      if (what === 'spend_limit') {
        if (req.method === 'POST') openai.projectLimits[id] = body.threshold_amount;
        const cents = openai.projectLimits[id] ?? null;
        if (cents === null) return json(res, 404, { error: { message: 'No spend limit configured' } });
        return json(res, 200, { object: 'project.spend_limit', currency: 'USD', interval: 'month', threshold_amount: cents, enforcement: { status: 'inactive' } });
      }
      if (what === 'spend_alerts') {
        const alerts = (openai.projectAlerts[id] ??= []);
        if (req.method === 'POST') return json(res, 200, (alerts.push(alert('project.spend_alert')), alerts.at(-1)));
        return list(alerts);
      }
      if (what === 'api_keys') {
        // Without owner_project_access=any, keys whose owner lost access are left out (APIKeyListParams).
        const all = openai.keys[id] ?? [];
        return list(q.get('owner_project_access') === 'any' ? all : all.filter((k) => k.owner_project_access === 'active'));
      }
      return list(openai.rateLimits[id] ?? []);
    }
    if (p === '/organization/costs') {
      const start = Number(q.get('start_time'));
      const groupByProject = q.getAll('group_by[]').includes('project_id');
      const days = [...new Set(openai.costs.filter((c) => c.start_time >= start).map((c) => c.start_time))].sort((a, b) => a - b);
      const buckets = days.map((day) => {
        const rows = openai.costs.filter((c) => c.start_time === day);
        const results = groupByProject
          ? rows.map((c) => ({ object: 'organization.costs.result', amount: { value: c.usd, currency: 'usd' }, line_item: null, project_id: c.project_id }))
          : [{ object: 'organization.costs.result', amount: { value: rows.reduce((s, c) => s + c.usd, 0), currency: 'usd' }, line_item: null, project_id: null }];
        return { object: 'bucket', start_time: day, end_time: day + 86_400, results };
      });
      return json(res, 200, { object: 'page', ...tokenPage(buckets, q.get('page')) });
    }
    json(res, 404, { error: { message: `no route ${p}` } });
  }

  function routeAnthropic(req: IncomingMessage, res: ServerResponse, p: string, q: URLSearchParams, body: WriteBody): void {
    const list = <T extends { id: string }>(items: readonly T[]) => json(res, 200, idPage(items, q.get('after_id'), q.get('limit')));
    if (p === '/v1/organizations/workspaces') return list(anthropic.workspaces);
    if (p === '/v1/organizations/users') return list(anthropic.users);
    if (p === '/v1/organizations/api_keys') return list(anthropic.keys.filter((k) => !q.get('status') || k.status === q.get('status')));
    if (p === '/v1/organizations/spend_limits') {
      if (req.method === 'POST') {
        const scope = body.scope;
        const same = anthropic.spendLimits.find((l) => l.period === (body.period ?? 'monthly') && JSON.stringify(l.scope) === JSON.stringify(scope));
        const now = new Date().toISOString();
        if (same) Object.assign(same, { amount: body.amount, updated_at: now });
        else anthropic.spendLimits.push({ id: `spl_${nextId++}`, type: 'spend_limit', amount: body.amount, currency: 'USD', period: 'monthly', scope, created_at: now, updated_at: now, is_enabled: true });
        return json(res, 200, same ?? anthropic.spendLimits.at(-1));
      }
      if (!String(req.headers['anthropic-beta'] ?? '').split(',').includes('spend-limit-reads-2026-09-26')) {
        return json(res, 400, { type: 'error', error: { type: 'invalid_request_error', message: 'this endpoint requires the spend-limit-reads-2026-09-26 beta' } });
      }
      return json(res, 200, tokenPage(anthropic.spendLimits, q.get('page')));
    }
    const workspaceLimits = /^\/v1\/organizations\/workspaces\/([^/]+)\/rate_limits$/.exec(p);
    if (workspaceLimits) {
      const all = anthropic.rateLimits[workspaceLimits[1]!] ?? [];
      // Without include_inherited, only the limiters with a workspace override are listed.
      const listed = q.get('include_inherited') === 'true' ? all : all.map((g) => ({ ...g, limits: g.limits.filter((l) => l.source.type === 'workspace') })).filter((g) => g.limits.length > 0);
      return json(res, 200, tokenPage(listed, q.get('page')));
    }
    if (p === '/v1/organizations/cost_report') {
      const from = (q.get('starting_at') ?? '').slice(0, 10);
      const days = [...new Set(anthropic.costs.filter((c) => c.day >= from).map((c) => c.day))].sort();
      const buckets = days.map((day) => ({
        starting_at: `${day}T00:00:00Z`,
        ending_at: new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString(),
        results: anthropic.costs.filter((c) => c.day === day).map((c) => ({ amount: c.cents, currency: 'USD', workspace_id: c.workspace_id, description: null, cost_type: null, context_window: null, model: null, service_tier: null, token_type: null })),
      }));
      return json(res, 200, tokenPage(buckets, q.get('page')));
    }
    json(res, 404, { type: 'error', error: { type: 'not_found_error', message: `no route ${p}` } });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    openaiBase: `http://127.0.0.1:${port}/v1`,
    anthropicBase: `http://127.0.0.1:${port}`,
    requests,
    faults,
    openai,
    anthropic,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
