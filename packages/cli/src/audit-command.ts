/**
 * `backend-only audit`: the provider side, through packages/audit. Loaded only when the command runs, so a scan
 * never pays for it. The admin keys come from the environment only; no output carries them (errors are redacted).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ADMIN_APIS, ADMIN_PROVIDER_IDS, ConfigError, getProvider, isEmailAddress, isAtLeast, loadConfig, toJsonFinding, toSarif, type AdminProviderId, type Finding } from '@backend-only/core';
import { readLeakedReport, redactSecret, runAudit, type AuditResult, type FixMode, type LeakedKey } from '@backend-only/audit';
import { UsageError, type FailOn, type Format } from './args.js';
import { EXIT, version, type Io } from './cli.js';

export interface AuditCommand {
  provider: AdminProviderId | undefined;
  budget: number | undefined;
  fix: FixMode;
  notify: string[] | undefined;
  leaked: string[];
  format: Format;
  failOn: FailOn;
  config: string | undefined;
  output: string | undefined;
  color: boolean | undefined;
}

export const AUDIT_USAGE = `Usage: backend-only audit [options]

Checks the provider side with an organization admin key from the environment (OPENAI_ADMIN_KEY,
ANTHROPIC_ADMIN_KEY; OPENAI_BASE_URL / ANTHROPIC_BASE_URL override the API): a hard spend limit at or
below the budget, spend alerts at 50%, 80% and 100% of it, this month's spend, yesterday's spike, API keys
that a scan found and that are still active, unused or old keys, and default rate limits.

Options:
  --provider <openai|anthropic>   audit one provider (default: every provider whose admin key is set)
  --budget <USD>                  monthly budget (default: .backend-only.json audit.budget)
  --fix                           create the missing spend alerts (nothing is written without --fix)
  --fix=limit                     also set the hard spend limit to the budget
  --notify <a@x,b@y>              alert recipients (default: audit.notify, else the organization's owners)
  --leaked <report.json>          keys found by backend-only scan --format json (or SARIF); repeatable
  --format <text|json|sarif>      output format (default: text)
  --fail-on <error|warning|note|never>  exit 1 when a finding is at or above this (default: error)
  --config <file>                 project config (default: .backend-only.json if present)
  --output <file>                 write the report to a file instead of stdout
  --color / --no-color            force colours on or off
  -h, --help                      show this help

Exit codes: 0 nothing at or above --fail-on, 1 findings, 2 could not run (no admin key, a key the API
refuses, the API down after retries).`;

const FORMATS: readonly Format[] = ['text', 'json', 'sarif'];
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'note', 'never'];

export function parseAuditArgs(argv: readonly string[]): AuditCommand | 'help' {
  const command: AuditCommand = { provider: undefined, budget: undefined, fix: 'none', notify: undefined, leaked: [], format: 'text', failOn: 'error', config: undefined, output: undefined, color: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--provider': {
        const v = value();
        if (!(ADMIN_PROVIDER_IDS as readonly string[]).includes(v)) throw new UsageError(`--provider must be one of ${ADMIN_PROVIDER_IDS.join(', ')} (got '${v}')`);
        command.provider = v as AdminProviderId;
        break;
      }
      case '--budget': {
        const v = value();
        const budget = Number(v.replace(/^\$/, ''));
        if (!Number.isFinite(budget) || budget <= 0) throw new UsageError(`--budget must be a positive amount in USD a month (got '${v}')`);
        command.budget = budget;
        break;
      }
      case '--fix':
        if (inline !== undefined && inline !== 'limit' && inline !== 'alerts') throw new UsageError(`--fix takes no value, or =limit (got '${inline}')`);
        command.fix = inline === 'limit' ? 'limit' : 'alerts';
        break;
      case '--notify': {
        const emails = value().split(',').map((e) => e.trim()).filter(Boolean);
        const bad = emails.find((e) => !isEmailAddress(e));
        if (bad || emails.length === 0) throw new UsageError(`--notify must be comma-separated e-mail addresses (got '${bad ?? ''}')`);
        command.notify = emails;
        break;
      }
      case '--leaked':
        command.leaked.push(value());
        break;
      case '--format': {
        const v = value();
        if (!FORMATS.includes(v as Format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got '${v}')`);
        command.format = v as Format;
        break;
      }
      case '--fail-on': {
        const v = value();
        if (!FAIL_ON.includes(v as FailOn)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')} (got '${v}')`);
        command.failOn = v as FailOn;
        break;
      }
      case '--config':
        command.config = value();
        break;
      case '--output':
      case '-o':
        command.output = value();
        break;
      case '--color':
        command.color = true;
        break;
      case '--no-color':
        command.color = false;
        break;
      case '-h':
      case '--help':
        return 'help';
      default:
        throw new UsageError(flag.startsWith('-') ? `unknown option '${flag}' for audit` : `audit takes no paths (got '${arg}'); name a scan report with --leaked`);
    }
  }
  return command;
}

/** Every admin key in the environment, so that no message can carry one. */
function redactAll(text: string, env: NodeJS.ProcessEnv): string {
  return ADMIN_PROVIDER_IDS.reduce((out, id) => redactSecret(out, env[ADMIN_APIS[id].keyEnv] ?? ''), text);
}

export async function audit(argv: readonly string[], io: Io): Promise<number> {
  let command: AuditCommand | 'help';
  try {
    command = parseAuditArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`backend-only: ${error.message}\n\n${AUDIT_USAGE}\n`);
    return EXIT.error;
  }
  if (command === 'help') {
    io.stdout.write(`${AUDIT_USAGE}\n`);
    return EXIT.clean;
  }
  try {
    const { config } = await loadConfig(io.cwd, command.config);
    const leaked: LeakedKey[] = [];
    for (const file of command.leaked) leaked.push(...(await readLeakedReport(path.resolve(io.cwd, file), file)));
    const result = await runAudit({
      env: io.env,
      providers: command.provider ? [command.provider] : undefined,
      config: config.audit,
      budget: command.budget,
      notify: command.notify,
      fix: command.fix,
      leaked,
    });
    if (command.leaked.length === 0) result.notes.push('No scan report given: API keys were not matched against leaked ones (run backend-only scan --format json --output report.json, then audit --leaked report.json).');
    const report = redactAll(await render(command, result, io), io.env);
    if (command.output) await writeFile(path.resolve(io.cwd, command.output), report);
    else io.stdout.write(report);
    return result.findings.some((f) => isAtLeast(f.severity, command.failOn)) ? EXIT.findings : EXIT.clean;
  } catch (error) {
    const message = error instanceof ConfigError ? `invalid config: ${error.message}` : error instanceof Error ? error.message : String(error);
    io.stderr.write(`backend-only audit could not run: ${redactAll(message, io.env)}\n`);
    return EXIT.error;
  }
}

async function render(command: AuditCommand, result: AuditResult, io: Io): Promise<string> {
  if (command.format === 'json') {
    return `${JSON.stringify({ findings: result.findings.map(toJsonFinding), errors: [], created: result.created, notes: result.notes, stats: result.stats }, null, 2)}\n`;
  }
  if (command.format === 'sarif') return `${JSON.stringify(toSarif(result.findings, { toolVersion: await version(), automationId: 'backend-only/audit' }), null, 2)}\n`;
  const color = command.color ?? (Boolean(io.stdout.isTTY) && !command.output && !('NO_COLOR' in io.env));
  return formatAuditText(result, command.fix, color);
}

const CODES = { red: 31, yellow: 33, cyan: 36, gray: 90, bold: 1, green: 32 } as const;

export function formatAuditText(result: AuditResult, fix: FixMode, color: boolean): string {
  const paint = (code: keyof typeof CODES, text: string): string => (color ? `\u001b[${CODES[code]}m${text}\u001b[0m` : text);
  const { stats } = result;
  const lines: string[] = [paint('gray', `Audited ${stats.providers.map((p) => getProvider(p).name).join(' and ')}: ${stats.projects} projects/workspaces, ${stats.keys} API keys`), ''];
  for (const f of result.findings) {
    const level = f.severity === 'error' ? paint('red', 'error  ') : f.severity === 'warning' ? paint('yellow', 'warning') : paint('cyan', 'note   ');
    lines.push(`${level} ${paint('bold', f.ruleId)}  ${f.location.file}`, `  ${f.message}`, paint('gray', `  evidence: ${f.evidence}   fingerprint: ${f.fingerprint}`), '');
  }
  if (result.created.length > 0) {
    lines.push(paint('green', `Created by --fix${fix === 'limit' ? '=limit' : ''}:`));
    for (const c of result.created) lines.push(`  + ${c}`);
    lines.push('');
  } else if (fix !== 'none') {
    lines.push(paint('green', '--fix: nothing was missing, nothing was created.'), '');
  } else if (result.findings.some((f) => f.ruleId === 'missing-spend-alerts' || f.ruleId === 'no-spend-limit')) {
    lines.push('Nothing was written. backend-only audit --fix creates the missing alerts; --fix=limit also sets the hard limit to the budget.', '');
  }
  for (const n of result.notes) lines.push(`${paint('gray', 'note')}    ${n}`);
  if (result.notes.length) lines.push('');
  const count = (severity: Finding['severity']): number => result.findings.filter((f) => f.severity === severity).length;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const total = result.findings.length
    ? `${plural(result.findings.length, 'finding')} (${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('note'), 'note')})`
    : paint('bold', 'Spend limit, alerts, spend and keys look right');
  lines.push(`${total} — ${stats.requests} API requests, ${stats.ms} ms`);
  return `${lines.join('\n')}\n`;
}
