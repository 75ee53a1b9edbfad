import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; const require = __createRequire(import.meta.url); const __filename = __fileURLToPath(import.meta.url); const __dirname = __fileURLToPath(new URL('.', import.meta.url));
import {
  AuditInputs,
  InputError,
  Outputs,
  escapeMarkdown,
  package_default,
  readInputs
} from "./chunk-NNOBY3I5.js";
import {
  ADMIN_APIS,
  ADMIN_PROVIDER_IDS,
  ConfigError,
  compareFindings,
  isAtLeast,
  isEmailAddress,
  loadConfig,
  projectKeysUrl,
  toSarif
} from "./chunk-6EZ2KGFB.js";
import {
  RULES,
  fingerprint,
  getProvider,
  ruleDocsUrl
} from "./chunk-ETWUVMBU.js";
import "./chunk-2XO2YGNR.js";

// action/src/audit.ts
import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

// packages/audit/src/http.ts
var AuditError = class extends Error {
  constructor(kind, message, status) {
    super(message);
    this.kind = kind;
    this.status = status;
    this.name = "AuditError";
  }
  kind;
  status;
};
var DEFAULT_TIMEOUT_MS = 3e4;
var DEFAULT_MAX_RETRIES = 3;
var MAX_PAGES = 1e3;
var AdminHttp = class {
  constructor(options) {
    this.options = options;
    this.provider = options.provider;
    this.baseUrl = options.baseUrl.replace(/\/+$/, "");
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
    this.fetchImpl = options.fetch ?? fetch;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }
  options;
  provider;
  baseUrl;
  timeoutMs;
  maxRetries;
  fetchImpl;
  sleep;
  /** Requests sent, retries included: reported in the stats. */
  requests = 0;
  /** GET; `null` when the API answers 404 (a spend limit that is not set). */
  async getOrNull(path2, query = {}, headers = {}) {
    return this.send("GET", path2, query, void 0, headers, true);
  }
  async get(path2, query = {}, headers = {}) {
    return await this.send("GET", path2, query, void 0, headers, false);
  }
  async post(path2, body, headers = {}) {
    return await this.send("POST", path2, {}, body, headers, false);
  }
  /**
   * Every item of a paginated list. `next` reads the cursor for the following page from a page's body and says
   * which query parameter carries it; `undefined` ends the list.
   */
  async list(path2, query, next, headers = {}) {
    const items = [];
    const seen = /* @__PURE__ */ new Set();
    let pageQuery = query;
    for (let pages = 0; pages < MAX_PAGES; pages++) {
      const page = await this.get(path2, pageQuery, headers);
      items.push(...page.data ?? []);
      const cursor2 = next(page);
      if (!cursor2 || seen.has(cursor2.cursor)) return items;
      seen.add(cursor2.cursor);
      pageQuery = { ...query, [cursor2.param]: cursor2.cursor };
    }
    throw new AuditError("api", `${this.describe("GET", path2)}: more than ${MAX_PAGES} pages; stopped reading`);
  }
  url(path2, query) {
    const url = new URL(`${this.baseUrl}${path2}`);
    for (const [name, value] of Object.entries(query)) {
      if (value === void 0) continue;
      if (Array.isArray(value)) for (const item of value) url.searchParams.append(`${name}[]`, item);
      else url.searchParams.set(name, String(value));
    }
    return url.toString();
  }
  describe(method, path2) {
    return `${this.options.provider === "openai" ? "OpenAI" : "Anthropic"} ${method} ${path2.split("?")[0]}`;
  }
  async send(method, path2, query, body, headers, notFoundIsNull) {
    const what = this.describe(method, path2);
    let lastProblem = "";
    for (let attempt = 0; attempt <= this.maxRetries; attempt++) {
      this.requests++;
      let response;
      try {
        response = await this.fetchImpl(this.url(path2, query), {
          method,
          headers: { accept: "application/json", ...body === void 0 ? {} : { "content-type": "application/json" }, ...this.options.headers(this.options.key), ...headers },
          body: body === void 0 ? void 0 : JSON.stringify(body),
          signal: AbortSignal.timeout(this.timeoutMs)
        });
      } catch (error) {
        const timedOut = error.name === "TimeoutError" || error.name === "AbortError";
        lastProblem = timedOut ? `no answer within ${this.timeoutMs} ms` : `network error: ${this.redact(error.message)}`;
        if (attempt < this.maxRetries) await this.sleep(backoffMs(attempt));
        continue;
      }
      if (response.ok) {
        try {
          return await response.json();
        } catch (error) {
          throw new AuditError("api", `${what}: the answer is not JSON (${this.redact(error.message)})`, response.status);
        }
      }
      const detail = await this.errorDetail(response);
      if (response.status === 404 && notFoundIsNull) return null;
      if (response.status === 401) {
        throw new AuditError("auth", `${what} answered 401: the admin key in ${this.keyEnvName()} was refused (revoked, mistyped, or not an admin key)${detail}`, 401);
      }
      if (response.status === 403) {
        throw new AuditError("auth", `${what} answered 403: the admin key in ${this.keyEnvName()} may not ${purposeOf(path2, method)}; give the key that permission (or use an owner's admin key)${detail}`, 403);
      }
      if (retryable(response)) {
        lastProblem = `${response.status}${detail}`;
        if (attempt < this.maxRetries) await this.sleep(retryDelayMs(response, attempt));
        continue;
      }
      throw new AuditError("api", `${what} answered ${response.status}${detail}`, response.status);
    }
    throw new AuditError("unavailable", `${what} failed after ${this.maxRetries + 1} attempts (${lastProblem}); the API may be down: try again later`);
  }
  keyEnvName() {
    return this.options.provider === "openai" ? "OPENAI_ADMIN_KEY" : "ANTHROPIC_ADMIN_KEY";
  }
  /** The API's own error message, short and with the key removed (some APIs echo a key prefix back). */
  async errorDetail(response) {
    const text = await response.text().catch(() => "");
    let message = text;
    try {
      const json = JSON.parse(text);
      message = (typeof json.error === "object" ? json.error?.message : json.error) ?? json.message ?? "";
    } catch {
    }
    message = this.redact(message.replace(/\s+/g, " ").trim()).slice(0, 300);
    return message ? ` (${message})` : "";
  }
  redact(text) {
    return redactSecret(text, this.options.key);
  }
};
function redactSecret(text, secret) {
  if (!secret) return text;
  let out = text.split(secret).join("[admin key]");
  out = out.replace(/[A-Za-z0-9_-]{12,}/g, (token) => secret.includes(token) ? "[admin key]" : token);
  return out;
}
function retryable(response) {
  const header = response.headers.get("x-should-retry");
  if (header === "true") return true;
  if (header === "false") return false;
  return response.status === 408 || response.status === 409 || response.status === 429 || response.status >= 500;
}
function backoffMs(attempt) {
  return Math.min(500 * 2 ** attempt, 8e3) * (1 - Math.random() * 0.25);
}
function retryDelayMs(response, attempt) {
  let wait;
  const ms = response.headers.get("retry-after-ms");
  if (ms && !Number.isNaN(parseFloat(ms))) wait = parseFloat(ms);
  const after = response.headers.get("retry-after");
  if (wait === void 0 && after) wait = Number.isNaN(parseFloat(after)) ? Date.parse(after) - Date.now() : parseFloat(after) * 1e3;
  return wait !== void 0 && Number.isFinite(wait) && wait >= 0 && wait <= 6e4 ? wait : backoffMs(attempt);
}
function purposeOf(path2, method) {
  const write = method !== "GET";
  if (path2.includes("spend_alerts")) return write ? "create spend alerts" : "read spend alerts";
  if (path2.includes("spend_limit")) return write ? "set spend limits" : "read spend limits";
  if (path2.includes("api_keys")) return "read API keys";
  if (path2.includes("rate_limits")) return "read rate limits";
  if (path2.includes("cost")) return "read costs";
  if (path2.includes("users")) return "read the organization users";
  if (path2.includes("projects") || path2.includes("workspaces")) return "read projects";
  return `call ${path2}`;
}

// packages/audit/src/time.ts
var DAY_MS = 864e5;
function startOfUtcDay(date2) {
  return new Date(Date.UTC(date2.getUTCFullYear(), date2.getUTCMonth(), date2.getUTCDate()));
}
function startOfUtcMonth(date2) {
  return new Date(Date.UTC(date2.getUTCFullYear(), date2.getUTCMonth(), 1));
}
function costWindowStart(now) {
  const eightDaysBack = new Date(startOfUtcDay(now).getTime() - 8 * DAY_MS);
  const month = startOfUtcMonth(now);
  return eightDaysBack < month ? eightDaysBack : month;
}
function isoDay(date2) {
  return date2.toISOString().slice(0, 10);
}
function daysFrom(start, now) {
  const days2 = [];
  for (let t = startOfUtcDay(start).getTime(); t <= startOfUtcDay(now).getTime(); t += DAY_MS) days2.push(isoDay(new Date(t)));
  return days2;
}

// packages/audit/src/anthropic.ts
var SPEND_LIMIT_READS = { "anthropic-beta": "spend-limit-reads-2026-09-26" };
var idCursor = (page) => page.has_more && page.last_id ? { param: "after_id", cursor: page.last_id } : void 0;
var pageCursor = (page) => page.has_more !== false && page.next_page ? { param: "page", cursor: page.next_page } : void 0;
function anthropicClient(http) {
  const organization = { kind: "organization", id: "organization", name: "organization" };
  return {
    requests: () => http.requests,
    canCreateAlerts: () => false,
    async read(now, plan) {
      const workspaces = await http.list("/v1/organizations/workspaces", { limit: 100 }, idCursor);
      const projects = workspaces.filter((w) => !w.archived_at).map((w) => ({ kind: "project", id: w.id, name: w.name || w.id }));
      const byId = new Map(projects.map((p) => [p.id, p]));
      const limits = await http.list("/v1/organizations/spend_limits", { limit: 100 }, pageCursor, SPEND_LIMIT_READS).catch((error) => {
        if (error instanceof AuditError && error.status === 404) return [];
        throw error;
      });
      const monthly = (scope) => {
        const limit = limits.find((l) => l.period === "monthly" && (scope.kind === "organization" ? l.scope.type === "organization" : l.scope.type === "workspace" && l.scope.workspace_id === scope.id));
        const cents = limit?.amount == null ? NaN : Number(limit.amount);
        return Number.isFinite(cents) && cents > 0 ? cents : null;
      };
      const billing = [organization, ...projects.filter((p) => plan.projectBilling(p))].map((scope) => ({ scope, limitCents: monthly(scope), alerts: null }));
      const users = await http.list("/v1/organizations/users", { limit: 100 }, idCursor);
      const owners = users.filter((u) => u.role === "admin" && u.email).map((u) => u.email);
      const defaultWorkspace = { kind: "project", id: "default", name: "Default workspace" };
      const apiKeys = await http.list("/v1/organizations/api_keys", { limit: 100, status: "active" }, idCursor);
      const keys = apiKeys.filter((k) => k.status === "active").map((k) => {
        const workspaceId = k.scope?.type === "workspace" ? k.scope.workspace_id : k.workspace_id;
        const owner = k.principal?.type === "service_account_actor" ? { type: "service_account", id: k.principal.service_account_id, name: k.principal.service_account_id } : k.principal?.type === "user_actor" ? { type: "user", id: k.principal.user_id, name: k.principal.user_id } : { type: "unknown", id: k.created_by?.id ?? "", name: k.created_by ? `an unknown principal (created by ${k.created_by.id})` : "an unknown principal" };
        return { id: k.id, name: k.name, project: workspaceId && byId.get(workspaceId) || defaultWorkspace, redacted: k.partial_key_hint ?? "", createdAt: new Date(k.created_at), lastUsedAt: void 0, owner };
      });
      const start = costWindowStart(now);
      const days2 = daysFrom(start, now);
      const organizationCosts = days2.map(() => 0);
      const byProject = /* @__PURE__ */ new Map();
      const buckets = await http.list(
        "/v1/organizations/cost_report",
        { starting_at: start.toISOString(), bucket_width: "1d", group_by: ["workspace_id"], limit: 31 },
        pageCursor
      );
      for (const bucket of buckets) {
        const day = days2.indexOf(bucket.starting_at.slice(0, 10));
        if (day === -1) continue;
        for (const result of bucket.results ?? []) {
          const usd2 = Number(result.amount ?? 0) / 100;
          if (!Number.isFinite(usd2)) continue;
          organizationCosts[day] += usd2;
          const id = result.workspace_id ?? defaultWorkspace.id;
          const series = byProject.get(id) ?? days2.map(() => 0);
          series[day] += usd2;
          byProject.set(id, series);
        }
      }
      const notes = [
        "Anthropic has no spend-alert API: spend alerts are not checked; set notifications in the Console (Settings \u2192 Limits).",
        "Anthropic API keys carry no last-used time: keys are checked for age only."
      ];
      const rateLimits = [];
      for (const project of plan.rateLimits ? projects : []) {
        const groups = await http.list(`/v1/organizations/workspaces/${encodeURIComponent(project.id)}/rate_limits`, { include_inherited: true }, pageCursor);
        for (const g of groups.filter((group) => group.group.type === "model_group")) {
          const value = (match) => g.limits.find((l) => match(l.type))?.value ?? 0;
          rateLimits.push({
            project,
            model: g.group.display_name ?? g.group.id,
            requestsPerMinute: value((t) => t === "requests_per_minute"),
            tokensPerMinute: value((t) => t.includes("tokens_per_minute")),
            atOrganizationDefault: g.limits.length > 0 && g.limits.every((l) => l.source.type === "organization")
          });
        }
      }
      return { provider: "anthropic", projects, billing, keys, rateLimits, costs: { days: days2, organization: organizationCosts, byProject }, owners, notes };
    },
    async createAlert() {
      throw new Error("Anthropic has no spend-alert API");
    },
    async setLimit(scope, cents) {
      await http.post("/v1/organizations/spend_limits", {
        amount: String(Math.round(cents)),
        period: "monthly",
        scope: scope.kind === "organization" ? { type: "organization" } : { type: "workspace", workspace_id: scope.id }
      });
    }
  };
}

// packages/audit/src/openai.ts
var cursor = (page) => page.has_more && page.last_id ? { param: "after", cursor: page.last_id } : void 0;
var date = (seconds) => new Date(seconds * 1e3);
function openAiClient(http) {
  const organization = { kind: "organization", id: "organization", name: "organization" };
  const base = (scope) => scope.kind === "organization" ? "/organization" : `/organization/projects/${encodeURIComponent(scope.id)}`;
  async function billing(scope) {
    const limit = await http.getOrNull(`${base(scope)}/spend_limit`);
    const alerts = await http.list(`${base(scope)}/spend_alerts`, { limit: 100 }, cursor);
    return {
      scope,
      limitCents: limit && limit.threshold_amount > 0 ? limit.threshold_amount : null,
      alerts: alerts.filter((a) => a.interval === "month").map((a) => ({ thresholdCents: a.threshold_amount, recipients: a.notification_channel?.recipients ?? [] }))
    };
  }
  return {
    requests: () => http.requests,
    canCreateAlerts: () => true,
    async read(now, plan) {
      const projects = (await http.list("/organization/projects", { limit: 100 }, cursor)).map(
        (p) => ({ kind: "project", id: p.id, name: p.name || p.id })
      );
      const scopes = [organization, ...projects.filter((p) => plan.projectBilling(p))];
      const allBilling = [];
      for (const scope of scopes) allBilling.push(await billing(scope));
      const users = await http.list("/organization/users", { limit: 100 }, cursor);
      const owners = users.filter((u) => u.role === "owner" && u.email && !u.is_service_account).map((u) => u.email);
      const keys = [];
      const rateLimits = [];
      for (const project of projects) {
        const projectKeys = await http.list(`${base(project)}/api_keys`, { limit: 100, owner_project_access: "any" }, cursor);
        for (const k of projectKeys) {
          const owner = k.owner?.type === "service_account" && k.owner.service_account ? { type: "service_account", id: k.owner.service_account.id, name: k.owner.service_account.name } : k.owner?.user ? { type: "user", id: k.owner.user.id, name: k.owner.user.email || k.owner.user.name } : { type: "unknown", id: "", name: "unknown owner" };
          keys.push({ id: k.id, name: k.name, project, redacted: k.redacted_value, createdAt: date(k.created_at), lastUsedAt: k.last_used_at == null ? null : date(k.last_used_at), owner });
        }
        if (plan.rateLimits) {
          const limits = await http.list(`${base(project)}/rate_limits`, { limit: 100 }, cursor);
          for (const l of limits) rateLimits.push({ project, model: l.model, requestsPerMinute: l.max_requests_per_1_minute, tokensPerMinute: l.max_tokens_per_1_minute });
        }
      }
      const start = costWindowStart(now);
      const days2 = daysFrom(start, now);
      const organizationCosts = days2.map(() => 0);
      const byProject = /* @__PURE__ */ new Map();
      const buckets = await http.list(
        "/organization/costs",
        { start_time: Math.floor(start.getTime() / 1e3), bucket_width: "1d", group_by: ["project_id"], limit: days2.length },
        (page) => page.has_more && page.next_page ? { param: "page", cursor: page.next_page } : void 0
      );
      for (const bucket of buckets) {
        const day = days2.indexOf(isoDay(date(bucket.start_time)));
        if (day === -1) continue;
        for (const result of bucket.results ?? []) {
          const usd2 = result.amount?.value ?? 0;
          organizationCosts[day] += usd2;
          if (result.project_id) {
            const series = byProject.get(result.project_id) ?? days2.map(() => 0);
            series[day] += usd2;
            byProject.set(result.project_id, series);
          }
        }
      }
      return { provider: "openai", projects, billing: allBilling, keys, rateLimits, costs: { days: days2, organization: organizationCosts, byProject }, owners, notes: [] };
    },
    async createAlert(scope, alert) {
      await http.post(`${base(scope)}/spend_alerts`, {
        currency: "USD",
        interval: "month",
        threshold_amount: alert.thresholdCents,
        notification_channel: { type: "email", recipients: alert.recipients, subject_prefix: "[backend-only]" }
      });
    },
    async setLimit(scope, cents) {
      await http.post(`${base(scope)}/spend_limit`, { currency: "USD", interval: "month", threshold_amount: cents });
    }
  };
}

// packages/audit/src/leaked.ts
import { readFile } from "node:fs/promises";
function redactedParts(value) {
  const match = /^([A-Za-z0-9_-]*)(?:…|\.{2,}|\*{2,})+([A-Za-z0-9_-]+)$/.exec(value.trim());
  return match ? { head: match[1], tail: match[2] } : null;
}
var MIN_TAIL = 3;
function matchKey(provider, providerRedacted, leak) {
  if (leak.provider !== provider) return null;
  const ours = redactedParts(leak.evidence);
  const theirs = redactedParts(providerRedacted);
  if (!ours || !theirs) return null;
  const tail = Math.min(ours.tail.length, theirs.tail.length);
  if (tail < MIN_TAIL || ours.tail.slice(-tail) !== theirs.tail.slice(-tail)) return null;
  const head = Math.min(ours.head.length, theirs.head.length);
  if (ours.head.slice(0, head) !== theirs.head.slice(0, head)) return null;
  const fixed = provider === "anthropic" && ours.tail.endsWith("AA") ? 2 : 0;
  return { leak, randomChars: Math.max(0, tail - fixed) };
}
function findLeak(provider, providerRedacted, leaks) {
  let best = null;
  for (const leak of leaks) {
    const match = matchKey(provider, providerRedacted, leak);
    if (match && (!best || match.randomChars > best.randomChars)) best = match;
  }
  return best;
}
var ADMIN_PROVIDERS = ["openai", "anthropic"];
function parseLeakedReport(text, file) {
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AuditError("setup", `${file}: not a JSON report (${error.message}); write one with backend-only scan --format json`);
  }
  const leaks = [];
  const add = (provider, evidence, fingerprint2, where) => {
    if (typeof provider !== "string" || !ADMIN_PROVIDERS.includes(provider) || typeof evidence !== "string" || !redactedParts(evidence)) return;
    leaks.push({ provider, evidence, fingerprint: typeof fingerprint2 === "string" ? fingerprint2 : "", where });
  };
  const record = json;
  if (Array.isArray(record?.findings)) {
    for (const f of record.findings) add(f?.provider, f?.evidence, f?.fingerprint, `${String(f?.file)}:${String(f?.line)}`);
  } else if (Array.isArray(record?.runs)) {
    for (const run of record.runs) {
      for (const r of run?.results ?? []) {
        const location = r?.locations?.[0]?.physicalLocation;
        add(r?.properties?.provider, r?.properties?.evidence, r?.partialFingerprints?.["backendOnly/v1"], `${String(location?.artifactLocation?.uri)}:${String(location?.region?.startLine)}`);
      }
    }
  } else {
    throw new AuditError("setup", `${file}: neither a backend-only JSON report ("findings") nor SARIF ("runs")`);
  }
  const seen = /* @__PURE__ */ new Set();
  return leaks.filter((l) => {
    const id = `${l.provider}:${l.fingerprint || l.evidence}`;
    return seen.has(id) ? false : (seen.add(id), true);
  });
}
async function readLeakedReport(file, shownAs = file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new AuditError("setup", `${shownAs}: ${error.code === "ENOENT" ? "file not found" : error.message}`);
  }
  return parseLeakedReport(text, shownAs);
}

// packages/audit/src/checks.ts
var DEFAULT_SETTINGS = {
  budgetUsd: null,
  projectBudgets: {},
  thresholds: [50, 80, 100],
  unusedDays: 90,
  maxKeyAgeDays: 365,
  spikeFactor: 3,
  serviceAccounts: null,
  publicProjects: []
};
var MIN_SPIKE_USD = 10;
var ALERT_TOLERANCE = 0.01;
var usd = (amount) => `$${amount.toLocaleString("en-US", { minimumFractionDigits: amount % 1 ? 2 : 0, maximumFractionDigits: 2 })}`;
var days = (ms) => Math.floor(ms / DAY_MS);
function scopeLabel(provider, scope) {
  const name = getProvider(provider).name;
  return scope.kind === "organization" ? `${name} organization` : `${name} ${ADMIN_APIS[provider].projectNoun} "${scope.name}"`;
}
function scopeFile(provider, scope) {
  return scope.kind === "organization" ? `${provider}/organization` : `${provider}/${ADMIN_APIS[provider].projectNoun}s/${scope.id}`;
}
function finding(ruleId, snapshot, scope, message, evidence, parts, severity = RULES[ruleId].defaultSeverity, confidence = "high") {
  return {
    ruleId,
    severity,
    message,
    location: { file: scopeFile(snapshot.provider, scope), line: 1, column: 1 },
    origin: null,
    provider: snapshot.provider,
    evidence,
    fingerprint: fingerprint(ruleId, snapshot.provider, scope.id, ...parts),
    confidence
  };
}
function budgetOf(settings, scope) {
  if (scope.kind === "organization") return settings.budgetUsd;
  return settings.projectBudgets[scope.id] ?? settings.projectBudgets[scope.name] ?? null;
}
function missingAlerts(billing, settings) {
  if (!billing.alerts) return null;
  const budget = budgetOf(settings, billing.scope);
  const baseCents = budget !== null ? Math.round(budget * 100) : billing.limitCents;
  if (baseCents === null) return null;
  const missing = settings.thresholds.map((percent) => ({ percent, cents: Math.round(baseCents * percent / 100) })).filter(({ cents }) => !billing.alerts.some((a) => Math.abs(a.thresholdCents - cents) <= baseCents * ALERT_TOLERANCE));
  return { baseCents, missing };
}
function checkBilling(snapshot, settings) {
  const findings = [];
  const api = ADMIN_APIS[snapshot.provider];
  for (const billing of snapshot.billing) {
    const { scope } = billing;
    const label = scopeLabel(snapshot.provider, scope);
    const budget = budgetOf(settings, scope);
    const budgetText = budget !== null ? `at or below the budget of ${usd(budget)}` : "at your monthly budget (pass --budget or set audit.budget)";
    if (billing.limitCents === null) {
      findings.push(finding("no-spend-limit", snapshot, scope, `The ${label} has no hard monthly spend limit: a leaked key or an abused endpoint can bill it without end. Set one ${budgetText}: backend-only audit --fix=limit${budget === null ? " --budget <USD>" : ""}, or ${api.limitsUrl}.`, "no hard spend limit", []));
    } else if (budget !== null && billing.limitCents > Math.round(budget * 100)) {
      findings.push(finding("no-spend-limit", snapshot, scope, `The ${label}'s hard spend limit of ${usd(billing.limitCents / 100)} a month is above its budget of ${usd(budget)}. Lower it to ${usd(budget)}: backend-only audit --fix=limit, or ${api.limitsUrl}.`, `limit ${usd(billing.limitCents / 100)} > budget ${usd(budget)}`, ["above-budget"]));
    }
    if (billing.alerts) {
      const plan = missingAlerts(billing, settings);
      if (!plan && billing.alerts.length === 0) {
        findings.push(finding("missing-spend-alerts", snapshot, scope, `The ${label} has no spend alerts, and no budget or hard limit to place them at. Pass --budget <USD> (or set audit.budget) and run backend-only audit --fix to create alerts at ${settings.thresholds.join("%, ")}%, or add them at ${api.limitsUrl}.`, "no spend alerts", []));
      } else if (plan && plan.missing.length > 0) {
        const list = plan.missing.map((m) => `${m.percent}% (${usd(m.cents / 100)})`).join(", ");
        findings.push(finding("missing-spend-alerts", snapshot, scope, `The ${label} has no spend alert at ${list} of its ${usd(plan.baseCents / 100)} ${budget !== null ? "budget" : "hard limit"}: a leak shows up only on the invoice. Create ${plan.missing.length === 1 ? "it" : "them"}: backend-only audit --fix (e-mails the organization's owners, or --notify), or ${api.limitsUrl}.`, `missing ${list}`, plan.missing.map((m) => String(m.percent))));
      }
    }
  }
  return findings;
}
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
function checkSpend(snapshot, settings, now) {
  const findings = [];
  const { days: dayList, organization, byProject } = snapshot.costs;
  const month = isoDay(startOfUtcMonth(now));
  const yesterday = isoDay(new Date(now.getTime() - DAY_MS));
  const yi = dayList.indexOf(yesterday);
  const scopes = [];
  for (const project of snapshot.projects) {
    const series = byProject.get(project.id);
    if (series) scopes.push({ scope: project, series });
  }
  scopes.push({ scope: { kind: "organization", id: "organization", name: "organization" }, series: organization });
  let projectSpike = false;
  for (const { scope, series } of scopes) {
    const label = scopeLabel(snapshot.provider, scope);
    const budget = budgetOf(settings, scope);
    const spent = series.reduce((sum, value, i) => dayList[i] >= month ? sum + value : sum, 0);
    if (budget !== null && spent >= budget * 0.8) {
      const over = spent >= budget;
      const share = Math.round(spent / budget * 100);
      findings.push(finding("spend-over-budget", snapshot, scope, `The ${label} has spent ${usd(spent)} this month, ${share}% of its ${usd(budget)} budget${over ? "" : ", with the month not over"}. Check the costs by project and API key (${ADMIN_APIS[snapshot.provider].limitsUrl}), revoke keys you do not recognise, and raise the budget only if the spend is yours.`, `${usd(spent)} of ${usd(budget)} (${share}%)`, [month], over ? "error" : "warning"));
    }
    if (yi >= 7) {
      const trailing = series.slice(yi - 7, yi);
      const base = median(trailing);
      const cost = series[yi];
      if (cost >= MIN_SPIKE_USD && cost > base * settings.spikeFactor && !(scope.kind === "organization" && projectSpike)) {
        projectSpike ||= scope.kind === "project";
        const factor = base > 0 ? `${(cost / base).toFixed(1)}\xD7` : "far above";
        findings.push(finding("spend-spike", snapshot, scope, `The ${label} cost ${usd(cost)} yesterday (${yesterday}), ${factor} the 7-day median of ${usd(base)}. A spike is how a leaked key or an abused endpoint shows up first: check yesterday's costs by API key and revoke what you do not recognise (${ADMIN_APIS[snapshot.provider].limitsUrl}).`, `${usd(cost)} vs median ${usd(base)}`, [yesterday]));
      }
    }
  }
  return findings;
}
function lastUsedText(key, now) {
  if (key.lastUsedAt === void 0) return "last use not reported by the API";
  if (key.lastUsedAt === null) return "never used";
  const ago = days(now.getTime() - key.lastUsedAt.getTime());
  return `last used ${ago === 0 ? "today" : `${ago} day${ago === 1 ? "" : "s"} ago`} (${isoDay(key.lastUsedAt)})`;
}
function checkKeys(snapshot, settings, leaks, now) {
  const findings = [];
  const provider = snapshot.provider;
  for (const key of snapshot.keys) {
    const where = `${scopeLabel(provider, key.project)}`;
    const revoke = projectKeysUrl(provider, key.project.id);
    const described = `API key "${key.name}" (${key.redacted || key.id}) in the ${where}, owned by ${key.owner.name}, ${lastUsedText(key, now)}`;
    const match = findLeak(provider, key.redacted, leaks);
    if (match) {
      const odds = match.randomChars < 3 ? ` The match rests on ${match.randomChars} random character${match.randomChars === 1 ? "" : "s"} of the key's end (every Anthropic key ends in AA): confirm the key before revoking it if you own several.` : "";
      findings.push(finding("leaked-key-active", snapshot, key.project, `${described}, matches the key a scan found at ${match.leak.where} (${match.leak.evidence}) and is still active. Revoke it now at ${revoke}, then put a new key in a server-only environment variable.${odds}`, key.redacted || key.id, [key.id], "error", match.randomChars < 3 ? "medium" : "high"));
      continue;
    }
    const reasons = [];
    const unusedFor = key.lastUsedAt === null ? days(now.getTime() - key.createdAt.getTime()) : key.lastUsedAt ? days(now.getTime() - key.lastUsedAt.getTime()) : 0;
    if (key.lastUsedAt !== void 0 && unusedFor >= settings.unusedDays) reasons.push(`has not been used for ${unusedFor} days (limit ${settings.unusedDays}): revoke it`);
    const age = days(now.getTime() - key.createdAt.getTime());
    if (age >= settings.maxKeyAgeDays) reasons.push(`was created ${age} days ago (limit ${settings.maxKeyAgeDays}): rotate it`);
    const allowed = settings.serviceAccounts;
    const usedToday = key.lastUsedAt instanceof Date && now.getTime() - key.lastUsedAt.getTime() < DAY_MS;
    if (allowed && usedToday && !(key.owner.type === "service_account" && (allowed.includes(key.owner.name) || allowed.includes(key.owner.id)))) {
      reasons.push(`was used in the last day but is not owned by an allow-listed service account (${allowed.join(", ")}): move the workload to one of them and revoke this key`);
    }
    if (reasons.length > 0) findings.push(finding("stale-key", snapshot, key.project, `${described}. It ${reasons.join(", and ")}. Revoke or rotate it at ${revoke}.`, key.redacted || key.id, [key.id]));
  }
  return findings;
}
function checkRateLimits(snapshot, settings) {
  if (settings.publicProjects.length === 0 || snapshot.rateLimits.length === 0) return [];
  const highest = /* @__PURE__ */ new Map();
  for (const l of snapshot.rateLimits) {
    const h = highest.get(l.model) ?? { rpm: 0, tpm: 0, projects: /* @__PURE__ */ new Set() };
    h.rpm = Math.max(h.rpm, l.requestsPerMinute);
    h.tpm = Math.max(h.tpm, l.tokensPerMinute);
    h.projects.add(l.project.id);
    highest.set(l.model, h);
  }
  const findings = [];
  for (const project of snapshot.projects.filter((p) => settings.publicProjects.includes(p.id) || settings.publicProjects.includes(p.name))) {
    const atDefault = snapshot.rateLimits.filter((l) => {
      if (l.project.id !== project.id) return false;
      if (l.atOrganizationDefault !== void 0) return l.atOrganizationDefault;
      const h = highest.get(l.model);
      return h.projects.size > 1 && l.requestsPerMinute >= h.rpm && l.tokensPerMinute >= h.tpm;
    });
    if (atDefault.length === 0) continue;
    const models = atDefault.map((l) => `${l.model} (${l.requestsPerMinute} requests, ${l.tokensPerMinute} tokens a minute)`);
    findings.push(finding("default-rate-limits", snapshot, project, `The ${scopeLabel(snapshot.provider, project)} serves public traffic but keeps the organization's rate limits for ${models.slice(0, 5).join(", ")}${models.length > 5 ? ` and ${models.length - 5} more` : ""}. Lower them to what the feature needs at ${ADMIN_APIS[snapshot.provider].limitsUrl}, so a script cannot spend the whole organization limit through it.`, `${atDefault.length} model${atDefault.length === 1 ? "" : "s"} at the organization limit`, []));
  }
  return findings;
}

// packages/audit/src/run.ts
var TIMEOUT_ENV = "BACKEND_ONLY_AUDIT_TIMEOUT_MS";
function settingsFrom(options) {
  const c = options.config ?? {};
  const projectBudgets = {};
  for (const [name, { budget }] of Object.entries(c.projects ?? {})) projectBudgets[name] = budget;
  return {
    budgetUsd: options.budget ?? c.budget ?? null,
    projectBudgets,
    thresholds: c.alertThresholds ?? DEFAULT_SETTINGS.thresholds,
    unusedDays: c.unusedDays ?? DEFAULT_SETTINGS.unusedDays,
    maxKeyAgeDays: c.maxKeyAgeDays ?? DEFAULT_SETTINGS.maxKeyAgeDays,
    spikeFactor: c.spikeFactor ?? DEFAULT_SETTINGS.spikeFactor,
    serviceAccounts: c.serviceAccounts ?? null,
    publicProjects: c.publicProjects ?? []
  };
}
function adminKeys(env, providers) {
  const wanted = providers ?? ADMIN_PROVIDER_IDS.filter((id) => env[ADMIN_APIS[id].keyEnv]);
  if (wanted.length === 0) {
    throw new AuditError("setup", `no admin key: set ${ADMIN_PROVIDER_IDS.map((id) => ADMIN_APIS[id].keyEnv).join(" or ")} in the environment (an organization admin key; never pass it as a flag)`);
  }
  return wanted.map((provider) => {
    const key = env[ADMIN_APIS[provider].keyEnv]?.trim();
    if (!key) throw new AuditError("setup", `--provider ${provider}: ${ADMIN_APIS[provider].keyEnv} is not set or empty`);
    return { provider, key };
  });
}
function clientFor(provider, key, options) {
  const api = ADMIN_APIS[provider];
  const timeout = Number(options.env[TIMEOUT_ENV]);
  const http = new AdminHttp({
    provider,
    key,
    baseUrl: options.env[api.baseUrlEnv] || api.defaultBaseUrl,
    headers: provider === "openai" ? (k) => ({ authorization: `Bearer ${k}` }) : (k) => ({ "x-api-key": k, "anthropic-version": "2023-06-01" }),
    timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : void 0,
    fetch: options.fetch,
    sleep: options.sleep
  });
  return provider === "openai" ? openAiClient(http) : anthropicClient(http);
}
async function runAudit(options) {
  const started = Date.now();
  const now = options.now ?? /* @__PURE__ */ new Date();
  const settings = settingsFrom(options);
  const keys = adminKeys(options.env, options.providers);
  const result = { findings: [], created: [], notes: [], stats: { providers: [], projects: 0, keys: 0, requests: 0, ms: 0 } };
  for (const { provider, key } of keys) {
    const client = clientFor(provider, key, options);
    const snapshot = await client.read(now, {
      projectBilling: (project) => budgetOf(settings, project) !== null,
      rateLimits: settings.publicProjects.length > 0
    });
    let findings = [...checkBilling(snapshot, settings), ...checkSpend(snapshot, settings, now), ...checkKeys(snapshot, settings, options.leaked ?? [], now), ...checkRateLimits(snapshot, settings)];
    result.notes.push(...snapshot.notes.map((n) => `${getProvider(provider).name}: ${n}`));
    if (options.fix && options.fix !== "none") {
      const recipients = [...options.notify ?? options.config?.notify ?? snapshot.owners];
      const fixed = await applyFixes(client, snapshot.provider, snapshot.billing, settings, options.fix, recipients, result);
      findings = findings.filter((f) => !fixed.has(`${f.ruleId}:${f.location.file}`));
    }
    result.findings.push(...findings);
    result.stats.providers.push(provider);
    result.stats.projects += snapshot.projects.length;
    result.stats.keys += snapshot.keys.length;
    result.stats.requests += client.requests();
  }
  result.findings.sort(compareFindings);
  result.stats.ms = Date.now() - started;
  return result;
}
async function applyFixes(client, provider, billing, settings, mode, recipients, result) {
  const fixed = /* @__PURE__ */ new Set();
  for (const scopeBilling of billing) {
    const { scope } = scopeBilling;
    const label = scopeLabel(provider, scope);
    const file = scopeFile(provider, scope);
    const budget = budgetOf(settings, scope);
    if (mode === "limit") {
      if (budget === null) {
        if (scopeBilling.limitCents === null) result.notes.push(`${label}: no hard limit was set, because there is no budget to set it to (pass --budget <USD> or set audit.budget).`);
      } else if (scopeBilling.limitCents === null || scopeBilling.limitCents > Math.round(budget * 100)) {
        const cents = Math.round(budget * 100);
        await client.setLimit(scope, cents);
        result.created.push(`${label}: set the hard spend limit to ${usd(budget)} a month${scopeBilling.limitCents === null ? "" : ` (was ${usd(scopeBilling.limitCents / 100)})`}.`);
        scopeBilling.limitCents = cents;
        fixed.add(`no-spend-limit:${file}`);
      }
    }
    if (!client.canCreateAlerts(scope)) continue;
    const plan = missingAlerts(scopeBilling, settings);
    if (!plan || plan.missing.length === 0) continue;
    if (recipients.length === 0) {
      result.notes.push(`${label}: the missing spend alerts were not created: no recipients (the organization lists no owner with an e-mail; pass --notify a@example.com or set audit.notify).`);
      continue;
    }
    for (const { percent, cents } of plan.missing) {
      const alert = { thresholdCents: cents, recipients };
      await client.createAlert(scope, alert);
      scopeBilling.alerts.push(alert);
      result.created.push(`${label}: created a monthly spend alert at ${usd(cents / 100)} (${percent}% of ${usd(plan.baseCents / 100)}), e-mailing ${recipients.join(", ")}.`);
    }
    fixed.add(`missing-spend-alerts:${file}`);
  }
  return fixed;
}

// action/src/audit.ts
var TITLE = "## backend-only audit: spend limits, alerts and keys at the provider";
var MAX_ANNOTATIONS = 10;
async function runAudit2(io, env = process.env) {
  const adminKeys2 = ADMIN_PROVIDER_IDS.map((id) => env[ADMIN_APIS[id].keyEnv]?.trim() ?? "").filter(Boolean);
  io.mask(adminKeys2);
  const redact = (text) => adminKeys2.reduce((out, key) => redactSecret(out, key), text);
  try {
    const fork = forkPullRequest(env);
    if (fork) {
      const message = `backend-only audit does not run on pull requests from forks (${fork}): GitHub gives them no secrets, so there is no admin key. Run it on a schedule (on: schedule) in the base repository.`;
      io.annotate({ level: "notice", title: "backend-only audit skipped", message });
      await io.writeSummary(`${TITLE}

\u2139\uFE0F ${escapeMarkdown(message)}
`);
      return;
    }
    const settings = readInputs(io, env);
    const options = readAuditInputs(io, settings);
    const { config } = await loadConfig(settings.workspace, settings.configPath);
    const leaked = options.leaked ? await readLeakedReport(path.resolve(settings.workspace, options.leaked), options.leaked) : [];
    const result = await runAudit({ env, providers: options.provider ? [options.provider] : void 0, config: config.audit, budget: options.budget, notify: options.notify, fix: options.fix, leaked });
    if (!options.leaked) result.notes.push('No scan report given (input "leaked"): API keys were not matched against keys found in client code.');
    const blocking = result.findings.filter((f) => isAtLeast(f.severity, settings.failOn)).length;
    await report(io, settings, result, blocking, redact);
    if (blocking > 0) io.fail(`${blocking === 1 ? "1 finding needs" : `${blocking} findings need`} action at the provider (fail-on: ${settings.failOn}): see the job summary.`);
  } catch (error) {
    const known = error instanceof InputError || error instanceof ConfigError || error instanceof AuditError;
    const message = redact(error instanceof Error ? error.message : String(error));
    await io.writeSummary(`${TITLE}

\u274C **Could not run:** ${escapeMarkdown(message)}
`);
    io.fail(`backend-only could not run: ${message}${known ? "" : " (an internal error: please report it)"}`);
  }
}
function forkPullRequest(env) {
  if (env.GITHUB_EVENT_NAME !== "pull_request" || !env.GITHUB_EVENT_PATH) return null;
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
    const head = event.pull_request?.head?.repo;
    if (!head) return null;
    return head.fork || head.full_name && head.full_name !== event.pull_request?.base?.repo?.full_name ? head.full_name ?? "a fork" : null;
  } catch {
    return null;
  }
}
function readAuditInputs(io, settings) {
  const provider = io.input(AuditInputs.Provider).trim().toLowerCase();
  if (provider && !ADMIN_PROVIDER_IDS.includes(provider)) throw new InputError(AuditInputs.Provider, `"${provider}" is not one of ${ADMIN_PROVIDER_IDS.join(", ")} (empty: every provider whose admin key is set)`);
  const budgetRaw = io.input(AuditInputs.Budget).trim().replace(/^\$/, "");
  const budget = budgetRaw ? Number(budgetRaw) : void 0;
  if (budget !== void 0 && !(Number.isFinite(budget) && budget > 0)) throw new InputError(AuditInputs.Budget, `"${budgetRaw}" is not a positive amount in USD a month`);
  const fixRaw = (io.input(AuditInputs.Fix) || "false").trim().toLowerCase();
  const fix = { false: "none", true: "alerts", alerts: "alerts", limit: "limit" }[fixRaw];
  if (!fix) throw new InputError(AuditInputs.Fix, `"${fixRaw}" is not one of false, true, limit`);
  const notify = io.input(AuditInputs.Notify).split(/[\s,]+/).filter(Boolean);
  const bad = notify.find((e) => !isEmailAddress(e));
  if (bad) throw new InputError(AuditInputs.Notify, `"${bad}" is not an e-mail address`);
  const leaked = io.input(AuditInputs.Leaked).trim();
  if (leaked) {
    const relative = path.relative(settings.workspace, path.resolve(settings.workspace, leaked));
    if (relative.startsWith("..") || path.isAbsolute(relative)) throw new InputError(AuditInputs.Leaked, `"${leaked}" is outside the workspace (${settings.workspace})`);
  }
  return { provider: provider || void 0, budget, fix, notify: notify.length ? notify : void 0, leaked: leaked || void 0 };
}
async function report(io, settings, result, blocking, redact) {
  for (const f of result.findings) io.info(`${f.severity} ${f.ruleId} ${f.location.file} ${f.evidence} [${f.fingerprint}]`);
  for (const c of result.created) io.info(`created: ${c}`);
  for (const n of result.notes) io.info(`note: ${n}`);
  const annotated = { error: 0, warning: 0, note: 0 };
  for (const f of result.findings) {
    if (annotated[f.severity]++ >= MAX_ANNOTATIONS) continue;
    io.annotate({ level: f.severity === "note" ? "notice" : f.severity, title: `backend-only ${f.ruleId} (${f.location.file})`, message: f.message });
  }
  const count = (severity) => result.findings.filter((f) => f.severity === severity).length;
  io.setOutput(Outputs.Findings, result.findings.length);
  io.setOutput(Outputs.Errors, count("error"));
  io.setOutput(Outputs.Warnings, count("warning"));
  io.setOutput(Outputs.Created, result.created.length);
  await io.writeSummary(redact(renderAuditSummary(result, blocking, settings.failOn)));
  if (settings.sarifFile) {
    await mkdir(path.dirname(settings.sarifFile), { recursive: true });
    await writeFile(settings.sarifFile, redact(`${JSON.stringify(toSarif(result.findings, { toolVersion: package_default.version, automationId: "backend-only/audit" }), null, 2)}
`));
  }
  io.setOutput(Outputs.SarifFile, settings.sarifFile ?? "");
}
var SEVERITY_ICON = { error: "\u{1F534} error", warning: "\u{1F7E0} warning", note: "\u{1F535} note" };
function renderAuditSummary(result, blocking, failOn) {
  const providers = result.stats.providers.map((p) => getProvider(p).name).join(" and ");
  const lines = [TITLE, ""];
  if (result.findings.length === 0) lines.push(`\u2705 ${providers}: the spend limit, alerts, spend and API keys look right (${result.stats.projects} projects, ${result.stats.keys} keys).`);
  else {
    const verdict = blocking > 0 ? `\u274C **${blocking === 1 ? "1 finding needs" : `${blocking} findings need`} action** (fail-on: ${failOn}).` : `\u26A0\uFE0F Findings below do not fail the job (fail-on: ${failOn}).`;
    lines.push(`${verdict} ${result.findings.length} in total for ${providers} (${result.stats.projects} projects, ${result.stats.keys} API keys).`);
  }
  lines.push("");
  if (result.findings.length > 0) {
    lines.push("### What to do", "", "Each row says what to change and where. Revoke leaked keys first; `--fix` (input `fix: true`) creates missing alerts, `fix: limit` also sets the hard limit.", "");
    lines.push("| Severity | Rule | Where | What to do | Evidence |", "|---|---|---|---|---|");
    for (const f of result.findings) {
      lines.push(`| ${SEVERITY_ICON[f.severity]} | [${f.ruleId}](${ruleDocsUrl(f.ruleId)}) | <code>${escapeMarkdown(f.location.file)}</code> | ${escapeMarkdown(f.message)} | <code>${escapeMarkdown(f.evidence)}</code> |`);
    }
    lines.push("");
  }
  if (result.created.length > 0) lines.push("### Created by fix", "", ...result.created.map((c) => `- ${escapeMarkdown(c)}`), "");
  if (result.notes.length > 0) lines.push("### Not checked", "", ...result.notes.map((n) => `- ${escapeMarkdown(n)}`), "");
  lines.push(`<sub>${result.stats.requests} admin-API requests in ${result.stats.ms} ms.</sub>`, "");
  return lines.join("\n");
}
export {
  renderAuditSummary,
  runAudit2 as runAudit
};
