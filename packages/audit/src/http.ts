/**
 * The one HTTP client of the audit: `fetch` with a per-request timeout, bounded retries of 408/409/429/5xx and
 * timeouts with exponential backoff that honours `retry-after-ms` / `retry-after` (as openai-node's
 * src/client.ts `shouldRetry` and `retryRequest` do: 0.5 s doubling to at most 8 s, a server's wait accepted up
 * to 60 s), and every list page read. The admin key is sent in a header and never appears in an error: every
 * message passes through `redactSecret`.
 */
import type { AdminProviderId } from '@backend-only/core';

export type AuditErrorKind = 'setup' | 'auth' | 'unavailable' | 'api';

/** A problem that stops the audit (exit 2): a missing or refused key, or the API down after retries. */
export class AuditError extends Error {
  constructor(
    readonly kind: AuditErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'AuditError';
  }
}

export interface HttpOptions {
  provider: AdminProviderId;
  baseUrl: string;
  key: string;
  /** The provider's auth and version headers for `key`. */
  headers(key: string): Record<string, string>;
  timeoutMs?: number;
  maxRetries?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

export interface Query {
  [name: string]: string | number | boolean | readonly string[] | undefined;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_RETRIES = 3;
/** A cursor loop that never ends (a server repeating its cursor) stops here. */
const MAX_PAGES = 1000;

export class AdminHttp {
  readonly provider: AdminProviderId;
  private readonly baseUrl: string;
  private readonly timeoutMs: number;
  private readonly maxRetries: number;
  private readonly fetchImpl: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;
  /** Requests sent, retries included: reported in the stats. */
  requests = 0;

  constructor(private readonly options: HttpOptions) {
    this.provider = options.provider;
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
    this.fetchImpl = options.fetch ?? fetch;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** GET; `null` when the API answers 404 (a spend limit that is not set). */
  async getOrNull<T>(path: string, query: Query = {}, headers: Record<string, string> = {}): Promise<T | null> {
    return this.send<T>('GET', path, query, undefined, headers, true);
  }

  async get<T>(path: string, query: Query = {}, headers: Record<string, string> = {}): Promise<T> {
    return (await this.send<T>('GET', path, query, undefined, headers, false))!;
  }

  async post<T>(path: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
    return (await this.send<T>('POST', path, {}, body, headers, false))!;
  }

  /**
   * Every item of a paginated list. `next` reads the cursor for the following page from a page's body and says
   * which query parameter carries it; `undefined` ends the list.
   */
  async list<Item, Page extends { data?: Item[] }>(
    path: string,
    query: Query,
    next: (page: Page) => { param: string; cursor: string } | undefined,
    headers: Record<string, string> = {},
  ): Promise<Item[]> {
    const items: Item[] = [];
    const seen = new Set<string>();
    let pageQuery = query;
    for (let pages = 0; pages < MAX_PAGES; pages++) {
      const page = await this.get<Page>(path, pageQuery, headers);
      items.push(...(page.data ?? []));
      const cursor = next(page);
      if (!cursor || seen.has(cursor.cursor)) return items;
      seen.add(cursor.cursor);
      pageQuery = { ...query, [cursor.param]: cursor.cursor };
    }
    throw new AuditError('api', `${this.describe('GET', path)}: more than ${MAX_PAGES} pages; stopped reading`);
  }

  private url(path: string, query: Query): string {
    const url = new URL(`${this.baseUrl}${path}`);
    for (const [name, value] of Object.entries(query)) {
      if (value === undefined) continue;
      // Arrays as repeated `name[]=` parameters, as both SDKs' query serialisers send them.
      if (Array.isArray(value)) for (const item of value) url.searchParams.append(`${name}[]`, item);
      else url.searchParams.set(name, String(value));
    }
    return url.toString();
  }

  private describe(method: string, path: string): string {
    return `${this.options.provider === 'openai' ? 'OpenAI' : 'Anthropic'} ${method} ${path.split('?')[0]}`;
  }

  private async send<T>(method: 'GET' | 'POST', path: string, query: Query, body: unknown, headers: Record<string, string>, notFoundIsNull: boolean): Promise<T | null> {
    const what = this.describe(method, path);
    let lastProblem = '';
    for (let attempt = 0; attempt <= this.maxRetries; attempt++) {
      this.requests++;
      let response: Response;
      try {
        response = await this.fetchImpl(this.url(path, query), {
          method,
          headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...this.options.headers(this.options.key), ...headers },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(this.timeoutMs),
        });
      } catch (error) {
        const timedOut = (error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError';
        lastProblem = timedOut ? `no answer within ${this.timeoutMs} ms` : `network error: ${this.redact((error as Error).message)}`;
        if (attempt < this.maxRetries) await this.sleep(backoffMs(attempt));
        continue;
      }
      if (response.ok) {
        try {
          return (await response.json()) as T;
        } catch (error) {
          throw new AuditError('api', `${what}: the answer is not JSON (${this.redact((error as Error).message)})`, response.status);
        }
      }
      const detail = await this.errorDetail(response);
      if (response.status === 404 && notFoundIsNull) return null;
      if (response.status === 401) {
        throw new AuditError('auth', `${what} answered 401: the admin key in ${this.keyEnvName()} was refused (revoked, mistyped, or not an admin key)${detail}`, 401);
      }
      if (response.status === 403) {
        throw new AuditError('auth', `${what} answered 403: the admin key in ${this.keyEnvName()} may not ${purposeOf(path, method)}; give the key that permission (or use an owner's admin key)${detail}`, 403);
      }
      if (retryable(response)) {
        lastProblem = `${response.status}${detail}`;
        if (attempt < this.maxRetries) await this.sleep(retryDelayMs(response, attempt));
        continue;
      }
      throw new AuditError('api', `${what} answered ${response.status}${detail}`, response.status);
    }
    throw new AuditError('unavailable', `${what} failed after ${this.maxRetries + 1} attempts (${lastProblem}); the API may be down: try again later`);
  }

  private keyEnvName(): string {
    return this.options.provider === 'openai' ? 'OPENAI_ADMIN_KEY' : 'ANTHROPIC_ADMIN_KEY';
  }

  /** The API's own error message, short and with the key removed (some APIs echo a key prefix back). */
  private async errorDetail(response: Response): Promise<string> {
    const text = await response.text().catch(() => '');
    let message = text;
    try {
      const json = JSON.parse(text) as { error?: { message?: string } | string; message?: string };
      message = (typeof json.error === 'object' ? json.error?.message : json.error) ?? json.message ?? '';
    } catch {
      // Not JSON: an HTML error page, say; keep its start.
    }
    message = this.redact(message.replace(/\s+/g, ' ').trim()).slice(0, 300);
    return message ? ` (${message})` : '';
  }

  redact(text: string): string {
    return redactSecret(text, this.options.key);
  }
}

/** Removes `secret` and any long run of it (a prefix the API echoed back) from `text`. */
export function redactSecret(text: string, secret: string): string {
  if (!secret) return text;
  let out = text.split(secret).join('[admin key]');
  // A server may quote the key partly ("Incorrect API key provided: sk-admin-abc…"): drop any 12+ char slice of it.
  out = out.replace(/[A-Za-z0-9_-]{12,}/g, (token) => (secret.includes(token) ? '[admin key]' : token));
  return out;
}

function retryable(response: Response): boolean {
  const header = response.headers.get('x-should-retry');
  if (header === 'true') return true;
  if (header === 'false') return false;
  return response.status === 408 || response.status === 409 || response.status === 429 || response.status >= 500;
}

/** 0.5 s doubling to at most 8 s, with up to 25 % jitter (openai-node `calculateDefaultRetryTimeoutMillis`). */
export function backoffMs(attempt: number): number {
  return Math.min(500 * 2 ** attempt, 8000) * (1 - Math.random() * 0.25);
}

/** The server's `retry-after-ms` or `retry-after` (seconds or an HTTP date) when it is between 0 and 60 s. */
export function retryDelayMs(response: Response, attempt: number): number {
  let wait: number | undefined;
  const ms = response.headers.get('retry-after-ms');
  if (ms && !Number.isNaN(parseFloat(ms))) wait = parseFloat(ms);
  const after = response.headers.get('retry-after');
  if (wait === undefined && after) wait = Number.isNaN(parseFloat(after)) ? Date.parse(after) - Date.now() : parseFloat(after) * 1000;
  return wait !== undefined && Number.isFinite(wait) && wait >= 0 && wait <= 60_000 ? wait : backoffMs(attempt);
}

/** What a 403 on this endpoint means the key may not do, for the error message. */
function purposeOf(path: string, method: string): string {
  const write = method !== 'GET';
  if (path.includes('spend_alerts')) return write ? 'create spend alerts' : 'read spend alerts';
  if (path.includes('spend_limit')) return write ? 'set spend limits' : 'read spend limits';
  if (path.includes('api_keys')) return 'read API keys';
  if (path.includes('rate_limits')) return 'read rate limits';
  if (path.includes('cost')) return 'read costs';
  if (path.includes('users')) return 'read the organization users';
  if (path.includes('projects') || path.includes('workspaces')) return 'read projects';
  return `call ${path}`;
}
