/**
 * `backend-only audit`: for each provider with an admin key in the environment, read the account, run the
 * checks, and with `fix` create exactly what is missing (alerts; the hard limit with `fix: 'limit'`). Without
 * `fix` nothing is written. The CLI and the Action call `runAudit`; neither talks to a provider itself.
 */
import { ADMIN_APIS, ADMIN_PROVIDER_IDS, compareFindings, getProvider, type AdminProviderId, type AuditConfig, type Finding } from '@backend-only/core';
import { anthropicClient } from './anthropic.js';
import { AdminHttp, AuditError } from './http.js';
import type { LeakedKey } from './leaked.js';
import type { ProviderClient, ScopeBilling } from './model.js';
import { openAiClient } from './openai.js';
import { budgetOf, checkBilling, checkKeys, checkRateLimits, checkSpend, DEFAULT_SETTINGS, missingAlerts, scopeFile, scopeLabel, usd, type AuditSettings } from './checks.js';

export type FixMode = 'none' | 'alerts' | 'limit';

export interface AuditOptions {
  env: NodeJS.ProcessEnv;
  /** Providers to audit; default: every provider whose admin key is set. */
  providers?: readonly AdminProviderId[];
  config?: AuditConfig;
  /** `--budget` (USD a month); wins over `config.budget`. */
  budget?: number;
  /** `--notify`; wins over `config.notify`, which wins over the organization's owners. */
  notify?: readonly string[];
  fix?: FixMode;
  leaked?: readonly LeakedKey[];
  now?: Date;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

export interface AuditStats {
  providers: AdminProviderId[];
  projects: number;
  keys: number;
  requests: number;
  ms: number;
}

export interface AuditResult {
  findings: Finding[];
  /** What `fix` created, one sentence each. */
  created: string[];
  /** What could not be checked or fixed, and why. */
  notes: string[];
  stats: AuditStats;
}

/** `BACKEND_ONLY_AUDIT_TIMEOUT_MS` overrides the per-request timeout (default 30 s). */
const TIMEOUT_ENV = 'BACKEND_ONLY_AUDIT_TIMEOUT_MS';

export function settingsFrom(options: Pick<AuditOptions, 'config' | 'budget'>): AuditSettings {
  const c = options.config ?? {};
  const projectBudgets: Record<string, number> = {};
  for (const [name, { budget }] of Object.entries(c.projects ?? {})) projectBudgets[name] = budget;
  return {
    budgetUsd: options.budget ?? c.budget ?? null,
    projectBudgets,
    thresholds: c.alertThresholds ?? DEFAULT_SETTINGS.thresholds,
    unusedDays: c.unusedDays ?? DEFAULT_SETTINGS.unusedDays,
    maxKeyAgeDays: c.maxKeyAgeDays ?? DEFAULT_SETTINGS.maxKeyAgeDays,
    spikeFactor: c.spikeFactor ?? DEFAULT_SETTINGS.spikeFactor,
    serviceAccounts: c.serviceAccounts ?? null,
    publicProjects: c.publicProjects ?? [],
  };
}

/** The providers to audit and their keys; an AuditError (exit 2) when a wanted key is missing. */
export function adminKeys(env: NodeJS.ProcessEnv, providers?: readonly AdminProviderId[]): { provider: AdminProviderId; key: string }[] {
  const wanted = providers ?? ADMIN_PROVIDER_IDS.filter((id) => env[ADMIN_APIS[id].keyEnv]);
  if (wanted.length === 0) {
    throw new AuditError('setup', `no admin key: set ${ADMIN_PROVIDER_IDS.map((id) => ADMIN_APIS[id].keyEnv).join(' or ')} in the environment (an organization admin key; never pass it as a flag)`);
  }
  return wanted.map((provider) => {
    const key = env[ADMIN_APIS[provider].keyEnv]?.trim();
    if (!key) throw new AuditError('setup', `--provider ${provider}: ${ADMIN_APIS[provider].keyEnv} is not set or empty`);
    return { provider, key };
  });
}

export function clientFor(provider: AdminProviderId, key: string, options: Pick<AuditOptions, 'env' | 'fetch' | 'sleep'>): ProviderClient {
  const api = ADMIN_APIS[provider];
  const timeout = Number(options.env[TIMEOUT_ENV]);
  const http = new AdminHttp({
    provider,
    key,
    baseUrl: options.env[api.baseUrlEnv] || api.defaultBaseUrl,
    headers: provider === 'openai' ? (k) => ({ authorization: `Bearer ${k}` }) : (k) => ({ 'x-api-key': k, 'anthropic-version': '2023-06-01' }),
    timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : undefined,
    fetch: options.fetch,
    sleep: options.sleep,
  });
  return provider === 'openai' ? openAiClient(http) : anthropicClient(http);
}

export async function runAudit(options: AuditOptions): Promise<AuditResult> {
  const started = Date.now();
  const now = options.now ?? new Date();
  const settings = settingsFrom(options);
  const keys = adminKeys(options.env, options.providers);
  const result: AuditResult = { findings: [], created: [], notes: [], stats: { providers: [], projects: 0, keys: 0, requests: 0, ms: 0 } };
  for (const { provider, key } of keys) {
    const client = clientFor(provider, key, options);
    const snapshot = await client.read(now, {
      projectBilling: (project) => budgetOf(settings, project) !== null,
      rateLimits: settings.publicProjects.length > 0,
    });
    let findings = [...checkBilling(snapshot, settings), ...checkSpend(snapshot, settings, now), ...checkKeys(snapshot, settings, options.leaked ?? [], now), ...checkRateLimits(snapshot, settings)];
    result.notes.push(...snapshot.notes.map((n) => `${getProvider(provider).name}: ${n}`));
    if (options.fix && options.fix !== 'none') {
      const recipients = [...(options.notify ?? options.config?.notify ?? snapshot.owners)];
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

/** Creates the missing alerts (and the limit, for `limit`); returns `ruleId:file` of the findings it resolved. */
async function applyFixes(client: ProviderClient, provider: AdminProviderId, billing: ScopeBilling[], settings: AuditSettings, mode: FixMode, recipients: string[], result: AuditResult): Promise<Set<string>> {
  const fixed = new Set<string>();
  for (const scopeBilling of billing) {
    const { scope } = scopeBilling;
    const label = scopeLabel(provider, scope);
    const file = scopeFile(provider, scope);
    const budget = budgetOf(settings, scope);
    if (mode === 'limit') {
      if (budget === null) {
        if (scopeBilling.limitCents === null) result.notes.push(`${label}: no hard limit was set, because there is no budget to set it to (pass --budget <USD> or set audit.budget).`);
      } else if (scopeBilling.limitCents === null || scopeBilling.limitCents > Math.round(budget * 100)) {
        const cents = Math.round(budget * 100);
        await client.setLimit(scope, cents);
        result.created.push(`${label}: set the hard spend limit to ${usd(budget)} a month${scopeBilling.limitCents === null ? '' : ` (was ${usd(scopeBilling.limitCents / 100)})`}.`);
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
      scopeBilling.alerts!.push(alert);
      result.created.push(`${label}: created a monthly spend alert at ${usd(cents / 100)} (${percent}% of ${usd(plan.baseCents / 100)}), e-mailing ${recipients.join(', ')}.`);
    }
    fixed.add(`missing-spend-alerts:${file}`);
  }
  return fixed;
}
