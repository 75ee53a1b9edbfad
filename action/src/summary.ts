/**
 * The job summary: every finding (rule, where, origin, provider, redacted evidence) and what to do about
 * it. GitHub rejects a step summary over 1 MiB, so rows stop before that with a line saying so. Every
 * piece of text from the scan (paths, messages) is escaped: `wrap()`/`addRaw()` insert it verbatim.
 */
import { describeOtherPlaces, describePlace, getProvider, ruleDocsUrl, type Discovery, type Finding, type Location, type ProviderId, type RuleId, type ScanError, type ScanStats } from '@backend-only/core';
import type { FailOn } from './inputs.js';
import type { Placer } from './where.js';

/** GitHub's limit is 1 MiB per step; keep a margin for the closing lines. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 8 * 1024;

export interface SummaryInput {
  findings: readonly Finding[];
  blocking: number;
  failOn: FailOn;
  allowed: number;
  problems: readonly ScanError[];
  stats: ScanStats;
  paths: readonly string[];
  where: Placer;
  /** With no `paths` input: what was found, from which config, and the settings that could not be read. */
  discovered?: Pick<Discovery, 'found' | 'notes'>;
}

const SEVERITY_ICON = { error: '🔴 error', warning: '🟠 warning', note: '🔵 note' } as const;

/** Markdown and HTML punctuation as numeric entities: shown literally, never parsed as markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|~!&]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/\r?\n/g, ' ');
}

/** Findings about what an endpoint can spend (issue 12), listed apart from leaks: a different fix, a different owner. */
const COST_RULES: ReadonlySet<RuleId> = new Set(['require-rate-limit', 'require-max-tokens', 'weak-rate-limit']);

export function isCostFinding(finding: Finding): boolean {
  return COST_RULES.has(finding.ruleId);
}

const place = (l: Location): string => `<code>${escapeMarkdown(`${l.file}:${l.line}:${l.column}`)}</code>`;

export function renderSummary(input: SummaryInput): string {
  const { findings, blocking } = input;
  const leaks = findings.filter((f) => !isCostFinding(f));
  const costs = findings.filter(isCostFinding);
  const head: string[] = ['## backend-only: AI keys and SDKs in client build output', ''];
  if (findings.length === 0 || leaks.length === 0) {
    head.push(`✅ No AI-provider key, SDK or direct API call found in ${input.stats.files} built file${input.stats.files === 1 ? '' : 's'} (${escapeMarkdown(input.paths.join(', '))}).`);
  }
  if (findings.length > 0) {
    if (leaks.length === 0) head.push('');
    const verdict = blocking > 0 ? `❌ **${blocking === 1 ? '1 finding blocks' : `${blocking} findings block`} this merge** (fail-on: ${input.failOn}).` : `⚠️ Findings below do not block this merge (fail-on: ${input.failOn}).`;
    head.push(`${verdict} ${findings.length} in total, in ${input.stats.files} built files scanned.`);
  }
  if (input.discovered && input.discovered.found.length > 0) {
    head.push('', `With no \`paths\` input, scanned the build output found: ${input.discovered.found.map((p) => `<code>${escapeMarkdown(describePlace(p))}</code>`).join(', ')}.`);
    for (const note of input.discovered.notes) head.push(`- ${escapeMarkdown(note)}`);
  }
  if (input.allowed > 0) head.push('', `${input.allowed} finding${input.allowed === 1 ? '' : 's'} accepted by the config's \`allow\` list ${input.allowed === 1 ? 'is' : 'are'} not shown.`);
  head.push('');
  if (leaks.length > 0) head.push(...whatToDo(leaks), '');

  // One stream of lines, so the 1 MiB cut applies to both tables; `true` marks a finding's row.
  const lines: [string, boolean][] = [];
  if (leaks.length > 0) {
    for (const line of ['### Findings', '', '| Severity | Rule | Where | Source | Provider | Evidence | Fingerprint |', '|---|---|---|---|---|---|---|']) lines.push([line, false]);
    for (const f of leaks) lines.push([row(f, input.where), true]);
  }
  if (costs.length > 0) {
    const endpoints = costs.filter((f) => f.ruleId === 'require-rate-limit').length;
    const intro = [
      `${endpoints} endpoint${endpoints === 1 ? '' : 's'} that spend${endpoints === 1 ? 's' : ''} AI-provider money with no rate limit or quota, and ${costs.length - endpoints} other cost finding${costs.length - endpoints === 1 ? '' : 's'} (output caps, weak limits).`,
      'Not a leak: anyone who finds these routes can make them call the provider as often as a script can. Limit each per user (per IP without a user) before the call and set an output cap on the server.',
    ];
    for (const line of [...(leaks.length > 0 ? [''] : []), '### Cost controls', '', ...intro, '', '| Severity | Rule | Where | Endpoint, call and fix |', '|---|---|---|---|']) lines.push([line, false]);
    for (const f of costs) lines.push([costRow(f), true]);
  }
  const tail: string[] = [];
  if (input.problems.length > 0) {
    tail.push('', '### Could not be read or used', '');
    for (const problem of input.problems.slice(0, 200)) tail.push(`- ${escapeMarkdown(problem.message)}`);
    if (input.problems.length > 200) tail.push(`- … and ${input.problems.length - 200} more (see the log).`);
  }
  tail.push('', `<sub>${input.stats.files} files, ${(input.stats.bytes / 1024 / 1024).toFixed(1)} MiB scanned in ${input.stats.ms} ms.</sub>`, '');

  let text = head.join('\n') + '\n';
  const tailText = tail.join('\n');
  let size = Buffer.byteLength(text) + Buffer.byteLength(tailText);
  let listed = 0;
  for (const [line, isRow] of lines) {
    const lineBytes = Buffer.byteLength(line) + 1;
    if (size + lineBytes > SUMMARY_LIMIT_BYTES) {
      text += `\n**Summary truncated:** ${findings.length - listed} more findings are not listed here (GitHub limits a job summary to 1 MiB). The SARIF file and the log have them all.\n`;
      break;
    }
    text += line + '\n';
    size += lineBytes;
    if (isRow) listed++;
  }
  return text + tailText;
}

/**
 * "Where" is the built file the finding was read from, and the other places the same key shipped; "Source" is the
 * map's origin, when there is one.
 */
function row(finding: Finding, where: Placer): string {
  const origin = finding.origin;
  const others = finding.alsoAt ? `<br>${describeOtherPlaces(finding.alsoAt, (p) => `${place(p.location)}${p.origin ? ` (from ${place(p.origin)})` : ''}`)}` : '';
  const source = origin ? `${place(origin)}${where(finding) === origin ? '' : ' (not in the repository)'}` : '—';
  const provider = finding.provider ? escapeMarkdown(getProvider(finding.provider).name) : '—';
  const rule = `[${finding.ruleId}](${ruleDocsUrl(finding.ruleId)})`;
  const cells = [SEVERITY_ICON[finding.severity], rule, `${place(finding.location)}${others}`, source, provider, `<code>${escapeMarkdown(finding.evidence)}</code>`, `<code>${finding.fingerprint}</code>`];
  return `| ${cells.join(' | ')} |`;
}

/** A cost finding: the message holds the endpoint, the chain to the billable call and the fix. */
function costRow(finding: Finding): string {
  const rule = `[${finding.ruleId}](${ruleDocsUrl(finding.ruleId)})`;
  return `| ${SEVERITY_ICON[finding.severity]} | ${rule} | ${place(finding.location)} | ${escapeMarkdown(finding.message)} |`;
}

/** The steps, most urgent first: rotate what leaked, move the call, then limit the damage of the next leak. */
function whatToDo(findings: readonly Finding[]): string[] {
  const leakedProviders = new Set<ProviderId>();
  let serverSecret = false;
  for (const f of findings) {
    if (f.ruleId === 'no-api-key-in-bundle' && f.provider) leakedProviders.add(f.provider);
    if (f.ruleId === 'no-server-secret-in-bundle') serverSecret = true;
  }
  // Markdown numbers a list whose items all start with `1.`.
  const steps: string[] = ['### What to do', ''];
  if (leakedProviders.size > 0 || serverSecret) {
    const keys = leakedProviders.size > 0 ? `the leaked key${leakedProviders.size > 1 ? 's' : ''}` : '';
    const what = [keys, serverSecret ? 'the `known-secrets` values reported below' : ''].filter(Boolean).join(' and ');
    const pages = [...leakedProviders].map((id) => `[${escapeMarkdown(getProvider(id).name)}](${getProvider(id).revokeUrl})`);
    steps.push(`1. **Rotate ${what} now**${pages.length > 0 ? ` (${pages.join(', ')})` : ''}. A key that reached a deployed bundle is public: removing it from the code does not un-leak it.`);
  }
  steps.push(
    '1. **Move the provider call to the server**: a route or server action that holds the key in a server-only environment variable; the browser calls that route.',
    '1. **Add rate limits and per-user quotas** on that route, so a script cannot spend your budget through it.',
    '1. **Set billing alerts and a monthly spend limit** at the provider, so the next leak is noticed in hours, not at the end of the month. A scheduled run with `mode: audit` checks both, and whether a leaked key is still active ([Billing alerts and rotation](https://github.com/backend-only/backend-only#billing-alerts-and-rotation)).',
  );
  return steps;
}
