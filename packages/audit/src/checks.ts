/**
 * The checks: an account snapshot (model.ts) and the settings in, Findings out. Pure functions, so each rule
 * can be read on its own; nothing here talks to a provider.
 */
import { ADMIN_APIS, fingerprint, getProvider, projectKeysUrl, RULES, type AuditRuleId, type Finding, type Severity } from '@backend-only/core';
import { findLeak, type LeakedKey } from './leaked.js';
import type { AccountSnapshot, ApiKeyInfo, Scope, ScopeBilling } from './model.js';
import { DAY_MS, isoDay, startOfUtcMonth } from './time.js';

export interface AuditSettings {
  /** The organization's monthly budget in USD, or null when none was given. */
  budgetUsd: number | null;
  /** Monthly budgets in USD by project id or name. */
  projectBudgets: Readonly<Record<string, number>>;
  /** Alert thresholds in percent of the budget. */
  thresholds: readonly number[];
  unusedDays: number;
  maxKeyAgeDays: number;
  spikeFactor: number;
  /** Allow-listed service accounts (names or ids), or null when none were configured. */
  serviceAccounts: readonly string[] | null;
  publicProjects: readonly string[];
}

export const DEFAULT_SETTINGS: AuditSettings = {
  budgetUsd: null,
  projectBudgets: {},
  thresholds: [50, 80, 100],
  unusedDays: 90,
  maxKeyAgeDays: 365,
  spikeFactor: 3,
  serviceAccounts: null,
  publicProjects: [],
};

/** A spike smaller than this (USD, one day) is noise, whatever the factor. */
export const MIN_SPIKE_USD = 10;
/** An existing alert within this share of the budget of a wanted threshold counts as that threshold. */
const ALERT_TOLERANCE = 0.01;

export const usd = (amount: number): string => `$${amount.toLocaleString('en-US', { minimumFractionDigits: amount % 1 ? 2 : 0, maximumFractionDigits: 2 })}`;
const days = (ms: number): number => Math.floor(ms / DAY_MS);

export function scopeLabel(provider: AccountSnapshot['provider'], scope: Scope): string {
  const name = getProvider(provider).name;
  return scope.kind === 'organization' ? `${name} organization` : `${name} ${ADMIN_APIS[provider].projectNoun} "${scope.name}"`;
}

export function scopeFile(provider: AccountSnapshot['provider'], scope: Scope): string {
  return scope.kind === 'organization' ? `${provider}/organization` : `${provider}/${ADMIN_APIS[provider].projectNoun}s/${scope.id}`;
}

function finding(ruleId: AuditRuleId, snapshot: AccountSnapshot, scope: Scope, message: string, evidence: string, parts: string[], severity: Severity = RULES[ruleId].defaultSeverity, confidence: Finding['confidence'] = 'high'): Finding {
  return {
    ruleId,
    severity,
    message,
    location: { file: scopeFile(snapshot.provider, scope), line: 1, column: 1 },
    origin: null,
    provider: snapshot.provider,
    evidence,
    fingerprint: fingerprint(ruleId, snapshot.provider, scope.id, ...parts),
    confidence,
  };
}

export function budgetOf(settings: AuditSettings, scope: Scope): number | null {
  if (scope.kind === 'organization') return settings.budgetUsd;
  return settings.projectBudgets[scope.id] ?? settings.projectBudgets[scope.name] ?? null;
}

/** The alerts a scope lacks, in cents, for the budget (or, without one, the hard limit). */
export function missingAlerts(billing: ScopeBilling, settings: AuditSettings): { baseCents: number; missing: { percent: number; cents: number }[] } | null {
  if (!billing.alerts) return null;
  const budget = budgetOf(settings, billing.scope);
  const baseCents = budget !== null ? Math.round(budget * 100) : billing.limitCents;
  if (baseCents === null) return null;
  const missing = settings.thresholds
    .map((percent) => ({ percent, cents: Math.round((baseCents * percent) / 100) }))
    .filter(({ cents }) => !billing.alerts!.some((a) => Math.abs(a.thresholdCents - cents) <= baseCents * ALERT_TOLERANCE));
  return { baseCents, missing };
}

export function checkBilling(snapshot: AccountSnapshot, settings: AuditSettings): Finding[] {
  const findings: Finding[] = [];
  const api = ADMIN_APIS[snapshot.provider];
  for (const billing of snapshot.billing) {
    const { scope } = billing;
    const label = scopeLabel(snapshot.provider, scope);
    const budget = budgetOf(settings, scope);
    const budgetText = budget !== null ? `at or below the budget of ${usd(budget)}` : 'at your monthly budget (pass --budget or set audit.budget)';
    if (billing.limitCents === null) {
      findings.push(finding('no-spend-limit', snapshot, scope, `The ${label} has no hard monthly spend limit: a leaked key or an abused endpoint can bill it without end. Set one ${budgetText}: backend-only audit --fix=limit${budget === null ? ' --budget <USD>' : ''}, or ${api.limitsUrl}.`, 'no hard spend limit', []));
    } else if (budget !== null && billing.limitCents > Math.round(budget * 100)) {
      findings.push(finding('no-spend-limit', snapshot, scope, `The ${label}'s hard spend limit of ${usd(billing.limitCents / 100)} a month is above its budget of ${usd(budget)}. Lower it to ${usd(budget)}: backend-only audit --fix=limit, or ${api.limitsUrl}.`, `limit ${usd(billing.limitCents / 100)} > budget ${usd(budget)}`, ['above-budget']));
    }
    if (billing.alerts) {
      const plan = missingAlerts(billing, settings);
      if (!plan && billing.alerts.length === 0) {
        findings.push(finding('missing-spend-alerts', snapshot, scope, `The ${label} has no spend alerts, and no budget or hard limit to place them at. Pass --budget <USD> (or set audit.budget) and run backend-only audit --fix to create alerts at ${settings.thresholds.join('%, ')}%, or add them at ${api.limitsUrl}.`, 'no spend alerts', []));
      } else if (plan && plan.missing.length > 0) {
        const list = plan.missing.map((m) => `${m.percent}% (${usd(m.cents / 100)})`).join(', ');
        findings.push(finding('missing-spend-alerts', snapshot, scope, `The ${label} has no spend alert at ${list} of its ${usd(plan.baseCents / 100)} ${budget !== null ? 'budget' : 'hard limit'}: a leak shows up only on the invoice. Create ${plan.missing.length === 1 ? 'it' : 'them'}: backend-only audit --fix (e-mails the organization's owners, or --notify), or ${api.limitsUrl}.`, `missing ${list}`, plan.missing.map((m) => String(m.percent))));
      }
    }
  }
  return findings;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function checkSpend(snapshot: AccountSnapshot, settings: AuditSettings, now: Date): Finding[] {
  const findings: Finding[] = [];
  const { days: dayList, organization, byProject } = snapshot.costs;
  const month = isoDay(startOfUtcMonth(now));
  const yesterday = isoDay(new Date(now.getTime() - DAY_MS));
  const yi = dayList.indexOf(yesterday);
  // Projects first: a spike is fixed in the project that spends (its keys); the organization's spike is reported
  // only when no project's explains it (one report per problem, where it is fixed).
  const scopes: { scope: Scope; series: number[] }[] = [];
  for (const project of snapshot.projects) {
    const series = byProject.get(project.id);
    if (series) scopes.push({ scope: project, series });
  }
  scopes.push({ scope: { kind: 'organization', id: 'organization', name: 'organization' }, series: organization });
  let projectSpike = false;
  for (const { scope, series } of scopes) {
    const label = scopeLabel(snapshot.provider, scope);
    const budget = budgetOf(settings, scope);
    const spent = series.reduce((sum, value, i) => (dayList[i]! >= month ? sum + value : sum), 0);
    if (budget !== null && spent >= budget * 0.8) {
      const over = spent >= budget;
      const share = Math.round((spent / budget) * 100);
      findings.push(finding('spend-over-budget', snapshot, scope, `The ${label} has spent ${usd(spent)} this month, ${share}% of its ${usd(budget)} budget${over ? '' : ', with the month not over'}. Check the costs by project and API key (${ADMIN_APIS[snapshot.provider].limitsUrl}), revoke keys you do not recognise, and raise the budget only if the spend is yours.`, `${usd(spent)} of ${usd(budget)} (${share}%)`, [month], over ? 'error' : 'warning'));
    }
    if (yi >= 7) {
      const trailing = series.slice(yi - 7, yi);
      const base = median(trailing);
      const cost = series[yi]!;
      if (cost >= MIN_SPIKE_USD && cost > base * settings.spikeFactor && !(scope.kind === 'organization' && projectSpike)) {
        projectSpike ||= scope.kind === 'project';
        const factor = base > 0 ? `${(cost / base).toFixed(1)}×` : 'far above';
        findings.push(finding('spend-spike', snapshot, scope, `The ${label} cost ${usd(cost)} yesterday (${yesterday}), ${factor} the 7-day median of ${usd(base)}. A spike is how a leaked key or an abused endpoint shows up first: check yesterday's costs by API key and revoke what you do not recognise (${ADMIN_APIS[snapshot.provider].limitsUrl}).`, `${usd(cost)} vs median ${usd(base)}`, [yesterday]));
      }
    }
  }
  return findings;
}

function lastUsedText(key: ApiKeyInfo, now: Date): string {
  if (key.lastUsedAt === undefined) return 'last use not reported by the API';
  if (key.lastUsedAt === null) return 'never used';
  const ago = days(now.getTime() - key.lastUsedAt.getTime());
  return `last used ${ago === 0 ? 'today' : `${ago} day${ago === 1 ? '' : 's'} ago`} (${isoDay(key.lastUsedAt)})`;
}

export function checkKeys(snapshot: AccountSnapshot, settings: AuditSettings, leaks: readonly LeakedKey[], now: Date): Finding[] {
  const findings: Finding[] = [];
  const provider = snapshot.provider;
  for (const key of snapshot.keys) {
    const where = `${scopeLabel(provider, key.project)}`;
    const revoke = projectKeysUrl(provider, key.project.id);
    const described = `API key "${key.name}" (${key.redacted || key.id}) in the ${where}, owned by ${key.owner.name}, ${lastUsedText(key, now)}`;
    const match = findLeak(provider, key.redacted, leaks);
    if (match) {
      const odds = match.randomChars < 3 ? ` The match rests on ${match.randomChars} random character${match.randomChars === 1 ? '' : 's'} of the key's end (every Anthropic key ends in AA): confirm the key before revoking it if you own several.` : '';
      findings.push(finding('leaked-key-active', snapshot, key.project, `${described}, matches the key a scan found at ${match.leak.where} (${match.leak.evidence}) and is still active. Revoke it now at ${revoke}, then put a new key in a server-only environment variable.${odds}`, key.redacted || key.id, [key.id], 'error', match.randomChars < 3 ? 'medium' : 'high'));
      continue;
    }
    const reasons: string[] = [];
    const unusedFor = key.lastUsedAt === null ? days(now.getTime() - key.createdAt.getTime()) : key.lastUsedAt ? days(now.getTime() - key.lastUsedAt.getTime()) : 0;
    if (key.lastUsedAt !== undefined && unusedFor >= settings.unusedDays) reasons.push(`has not been used for ${unusedFor} days (limit ${settings.unusedDays}): revoke it`);
    const age = days(now.getTime() - key.createdAt.getTime());
    if (age >= settings.maxKeyAgeDays) reasons.push(`was created ${age} days ago (limit ${settings.maxKeyAgeDays}): rotate it`);
    const allowed = settings.serviceAccounts;
    const usedToday = key.lastUsedAt instanceof Date && now.getTime() - key.lastUsedAt.getTime() < DAY_MS;
    if (allowed && usedToday && !(key.owner.type === 'service_account' && (allowed.includes(key.owner.name) || allowed.includes(key.owner.id)))) {
      reasons.push(`was used in the last day but is not owned by an allow-listed service account (${allowed.join(', ')}): move the workload to one of them and revoke this key`);
    }
    if (reasons.length > 0) findings.push(finding('stale-key', snapshot, key.project, `${described}. It ${reasons.join(', and ')}. Revoke or rotate it at ${revoke}.`, key.redacted || key.id, [key.id]));
  }
  return findings;
}

/**
 * Project rate limits left at the organization's. Anthropic says so per limiter (`source: organization`). OpenAI
 * does not, and its Admin API has no endpoint for the organization's own limits; a project's limits can only be
 * lowered below the organization's, so the highest limit any project has for a model is the best available
 * reading of the organization default there.
 */
export function checkRateLimits(snapshot: AccountSnapshot, settings: AuditSettings): Finding[] {
  if (settings.publicProjects.length === 0 || snapshot.rateLimits.length === 0) return [];
  const highest = new Map<string, { rpm: number; tpm: number; projects: Set<string> }>();
  for (const l of snapshot.rateLimits) {
    const h = highest.get(l.model) ?? { rpm: 0, tpm: 0, projects: new Set<string>() };
    h.rpm = Math.max(h.rpm, l.requestsPerMinute);
    h.tpm = Math.max(h.tpm, l.tokensPerMinute);
    h.projects.add(l.project.id);
    highest.set(l.model, h);
  }
  const findings: Finding[] = [];
  for (const project of snapshot.projects.filter((p) => settings.publicProjects.includes(p.id) || settings.publicProjects.includes(p.name))) {
    const atDefault = snapshot.rateLimits.filter((l) => {
      if (l.project.id !== project.id) return false;
      if (l.atOrganizationDefault !== undefined) return l.atOrganizationDefault;
      const h = highest.get(l.model)!;
      return h.projects.size > 1 && l.requestsPerMinute >= h.rpm && l.tokensPerMinute >= h.tpm;
    });
    if (atDefault.length === 0) continue;
    const models = atDefault.map((l) => `${l.model} (${l.requestsPerMinute} requests, ${l.tokensPerMinute} tokens a minute)`);
    findings.push(finding('default-rate-limits', snapshot, project, `The ${scopeLabel(snapshot.provider, project)} serves public traffic but keeps the organization's rate limits for ${models.slice(0, 5).join(', ')}${models.length > 5 ? ` and ${models.length - 5} more` : ''}. Lower them to what the feature needs at ${ADMIN_APIS[snapshot.provider].limitsUrl}, so a script cannot spend the whole organization limit through it.`, `${atDefault.length} model${atDefault.length === 1 ? '' : 's'} at the organization limit`, []));
  }
  return findings;
}
