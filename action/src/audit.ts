/**
 * `mode: audit`: the provider side on a schedule (packages/audit): spend limit, spend alerts, spend, keys to
 * rotate. The admin keys come from the step's `env:` (OPENAI_ADMIN_KEY / ANTHROPIC_ADMIN_KEY from secrets) and are
 * masked before anything else runs. A pull request from a fork has no secrets: the step says so and passes.
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ADMIN_APIS, ADMIN_PROVIDER_IDS, ConfigError, getProvider, isEmailAddress, isAtLeast, loadConfig, ruleDocsUrl, toSarif, type AdminProviderId, type Finding } from '@backend-only/core';
import { AuditError, readLeakedReport, redactSecret, runAudit as audit, type AuditResult, type FixMode } from '@backend-only/audit';
import packageJson from '../package.json' with { type: 'json' };
import type { GitHubIO } from './github.js';
import { AuditInputs, InputError, Outputs, readInputs, type Settings } from './inputs.js';
import { escapeMarkdown } from './summary.js';

const TITLE = '## backend-only audit: spend limits, alerts and keys at the provider';
/** Annotations per severity: the summary lists every finding. */
const MAX_ANNOTATIONS = 10;

export async function runAudit(io: GitHubIO, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const adminKeys = ADMIN_PROVIDER_IDS.map((id) => env[ADMIN_APIS[id].keyEnv]?.trim() ?? '').filter(Boolean);
  io.mask(adminKeys);
  const redact = (text: string): string => adminKeys.reduce((out, key) => redactSecret(out, key), text);
  try {
    const fork = forkPullRequest(env);
    if (fork) {
      const message = `backend-only audit does not run on pull requests from forks (${fork}): GitHub gives them no secrets, so there is no admin key. Run it on a schedule (on: schedule) in the base repository.`;
      io.annotate({ level: 'notice', title: 'backend-only audit skipped', message });
      await io.writeSummary(`${TITLE}\n\nℹ️ ${escapeMarkdown(message)}\n`);
      return;
    }
    const settings = readInputs(io, env);
    const options = readAuditInputs(io, settings);
    const { config } = await loadConfig(settings.workspace, settings.configPath);
    const leaked = options.leaked ? await readLeakedReport(path.resolve(settings.workspace, options.leaked), options.leaked) : [];
    const result = await audit({ env, providers: options.provider ? [options.provider] : undefined, config: config.audit, budget: options.budget, notify: options.notify, fix: options.fix, leaked });
    if (!options.leaked) result.notes.push('No scan report given (input "leaked"): API keys were not matched against keys found in client code.');
    const blocking = result.findings.filter((f) => isAtLeast(f.severity, settings.failOn)).length;
    await report(io, settings, result, blocking, redact);
    if (blocking > 0) io.fail(`${blocking === 1 ? '1 finding needs' : `${blocking} findings need`} action at the provider (fail-on: ${settings.failOn}): see the job summary.`);
  } catch (error) {
    const known = error instanceof InputError || error instanceof ConfigError || error instanceof AuditError;
    const message = redact(error instanceof Error ? error.message : String(error));
    await io.writeSummary(`${TITLE}\n\n❌ **Could not run:** ${escapeMarkdown(message)}\n`);
    io.fail(`backend-only could not run: ${message}${known ? '' : ' (an internal error: please report it)'}`);
  }
}

/** "owner/repo" of the fork when this is a pull_request event from one, else null. */
function forkPullRequest(env: NodeJS.ProcessEnv): string | null {
  if (env.GITHUB_EVENT_NAME !== 'pull_request' || !env.GITHUB_EVENT_PATH) return null;
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as { pull_request?: { head?: { repo?: { fork?: boolean; full_name?: string } }; base?: { repo?: { full_name?: string } } } };
    const head = event.pull_request?.head?.repo;
    if (!head) return null;
    return head.fork || (head.full_name && head.full_name !== event.pull_request?.base?.repo?.full_name) ? (head.full_name ?? 'a fork') : null;
  } catch {
    return null;
  }
}

interface AuditInputValues {
  provider: AdminProviderId | undefined;
  budget: number | undefined;
  fix: FixMode;
  notify: string[] | undefined;
  leaked: string | undefined;
}

function readAuditInputs(io: GitHubIO, settings: Settings): AuditInputValues {
  const provider = io.input(AuditInputs.Provider).trim().toLowerCase();
  if (provider && !(ADMIN_PROVIDER_IDS as readonly string[]).includes(provider)) throw new InputError(AuditInputs.Provider, `"${provider}" is not one of ${ADMIN_PROVIDER_IDS.join(', ')} (empty: every provider whose admin key is set)`);
  const budgetRaw = io.input(AuditInputs.Budget).trim().replace(/^\$/, '');
  const budget = budgetRaw ? Number(budgetRaw) : undefined;
  if (budget !== undefined && !(Number.isFinite(budget) && budget > 0)) throw new InputError(AuditInputs.Budget, `"${budgetRaw}" is not a positive amount in USD a month`);
  const fixRaw = (io.input(AuditInputs.Fix) || 'false').trim().toLowerCase();
  const fix: FixMode | undefined = ({ false: 'none', true: 'alerts', alerts: 'alerts', limit: 'limit' } as Record<string, FixMode>)[fixRaw];
  if (!fix) throw new InputError(AuditInputs.Fix, `"${fixRaw}" is not one of false, true, limit`);
  const notify = io.input(AuditInputs.Notify).split(/[\s,]+/).filter(Boolean);
  const bad = notify.find((e) => !isEmailAddress(e));
  if (bad) throw new InputError(AuditInputs.Notify, `"${bad}" is not an e-mail address`);
  const leaked = io.input(AuditInputs.Leaked).trim();
  if (leaked) {
    const relative = path.relative(settings.workspace, path.resolve(settings.workspace, leaked));
    if (relative.startsWith('..') || path.isAbsolute(relative)) throw new InputError(AuditInputs.Leaked, `"${leaked}" is outside the workspace (${settings.workspace})`);
  }
  return { provider: (provider || undefined) as AdminProviderId | undefined, budget, fix, notify: notify.length ? notify : undefined, leaked: leaked || undefined };
}

async function report(io: GitHubIO, settings: Settings, result: AuditResult, blocking: number, redact: (text: string) => string): Promise<void> {
  for (const f of result.findings) io.info(`${f.severity} ${f.ruleId} ${f.location.file} ${f.evidence} [${f.fingerprint}]`);
  for (const c of result.created) io.info(`created: ${c}`);
  for (const n of result.notes) io.info(`note: ${n}`);
  const annotated = { error: 0, warning: 0, note: 0 };
  for (const f of result.findings) {
    if (annotated[f.severity]++ >= MAX_ANNOTATIONS) continue;
    io.annotate({ level: f.severity === 'note' ? 'notice' : f.severity, title: `backend-only ${f.ruleId} (${f.location.file})`, message: f.message });
  }
  const count = (severity: Finding['severity']): number => result.findings.filter((f) => f.severity === severity).length;
  io.setOutput(Outputs.Findings, result.findings.length);
  io.setOutput(Outputs.Errors, count('error'));
  io.setOutput(Outputs.Warnings, count('warning'));
  io.setOutput(Outputs.Created, result.created.length);
  await io.writeSummary(redact(renderAuditSummary(result, blocking, settings.failOn)));
  if (settings.sarifFile) {
    await mkdir(path.dirname(settings.sarifFile), { recursive: true });
    await writeFile(settings.sarifFile, redact(`${JSON.stringify(toSarif(result.findings, { toolVersion: packageJson.version, automationId: 'backend-only/audit' }), null, 2)}\n`));
  }
  io.setOutput(Outputs.SarifFile, settings.sarifFile ?? '');
}

const SEVERITY_ICON = { error: '🔴 error', warning: '🟠 warning', note: '🔵 note' } as const;

export function renderAuditSummary(result: AuditResult, blocking: number, failOn: string): string {
  const providers = result.stats.providers.map((p) => getProvider(p).name).join(' and ');
  const lines = [TITLE, ''];
  if (result.findings.length === 0) lines.push(`✅ ${providers}: the spend limit, alerts, spend and API keys look right (${result.stats.projects} projects, ${result.stats.keys} keys).`);
  else {
    const verdict = blocking > 0 ? `❌ **${blocking === 1 ? '1 finding needs' : `${blocking} findings need`} action** (fail-on: ${failOn}).` : `⚠️ Findings below do not fail the job (fail-on: ${failOn}).`;
    lines.push(`${verdict} ${result.findings.length} in total for ${providers} (${result.stats.projects} projects, ${result.stats.keys} API keys).`);
  }
  lines.push('');
  if (result.findings.length > 0) {
    lines.push('### What to do', '', 'Each row says what to change and where. Revoke leaked keys first; `--fix` (input `fix: true`) creates missing alerts, `fix: limit` also sets the hard limit.', '');
    lines.push('| Severity | Rule | Where | What to do | Evidence |', '|---|---|---|---|---|');
    for (const f of result.findings) {
      lines.push(`| ${SEVERITY_ICON[f.severity]} | [${f.ruleId}](${ruleDocsUrl(f.ruleId)}) | <code>${escapeMarkdown(f.location.file)}</code> | ${escapeMarkdown(f.message)} | <code>${escapeMarkdown(f.evidence)}</code> |`);
    }
    lines.push('');
  }
  if (result.created.length > 0) lines.push('### Created by fix', '', ...result.created.map((c) => `- ${escapeMarkdown(c)}`), '');
  if (result.notes.length > 0) lines.push('### Not checked', '', ...result.notes.map((n) => `- ${escapeMarkdown(n)}`), '');
  lines.push(`<sub>${result.stats.requests} admin-API requests in ${result.stats.ms} ms.</sub>`, '');
  return lines.join('\n');
}
