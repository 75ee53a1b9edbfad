/** The terminal view of findings: one block per finding (a key that shipped in several places is one), then a one-line total. */
import { describeOtherPlaces, placeText, type Finding, type ScanError, type ScanStats } from '@backend-only/core';

export interface TextOptions {
  color: boolean;
  /** Folders scanned (detected or given), for the header. */
  scanned: readonly string[];
  allowed: number;
  /** Source-map problems: the scan went on, some origins are missing. */
  notes: readonly ScanError[];
}

const CODES = { red: 31, yellow: 33, cyan: 36, gray: 90, bold: 1 } as const;

export function formatText(findings: readonly Finding[], errors: readonly ScanError[], stats: ScanStats, options: TextOptions): string {
  const paint = (code: keyof typeof CODES, text: string): string => (options.color ? `\u001b[${CODES[code]}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  lines.push(paint('gray', `Scanned ${options.scanned.join(', ') || '(nothing)'}`), '');
  for (const f of findings) {
    const level = f.severity === 'error' ? paint('red', 'error  ') : f.severity === 'warning' ? paint('yellow', 'warning') : paint('cyan', 'note   ');
    lines.push(`${level} ${paint('bold', f.ruleId)}  ${placeText(f.location)}`);
    if (f.origin) lines.push(`  from ${placeText(f.origin)}`);
    if (f.alsoAt) lines.push(`  ${describeOtherPlaces(f.alsoAt)}`);
    lines.push(`  ${f.message}`);
    lines.push(paint('gray', `  evidence: ${f.evidence}   fingerprint: ${f.fingerprint}`), '');
  }
  // A leaked key is fixed at the provider too: point at the command that checks it is revoked, and the limits.
  if (findings.some((f) => f.ruleId === 'no-api-key-in-bundle' && (f.provider === 'openai' || f.provider === 'anthropic'))) {
    lines.push('Then check the provider side: backend-only scan --format json --output report.json && backend-only audit --leaked report.json', '  (is the leaked key still active, is there a hard spend limit and are billing alerts set)', '');
  }
  for (const e of errors) lines.push(`${paint('yellow', 'skipped')} ${e.message}`);
  for (const n of options.notes) lines.push(`${paint('gray', 'note')}    ${n.message}`);
  if (errors.length || options.notes.length) lines.push('');
  const count = (severity: Finding['severity']): number => findings.filter((f) => f.severity === severity).length;
  const total = stats.files === 0 && errors.length
    ? paint('bold', 'Nothing was scanned')
    : findings.length
    ? `${findings.length} finding${findings.length === 1 ? '' : 's'} (${count('error')} error${count('error') === 1 ? '' : 's'}, ${count('warning')} warning${count('warning') === 1 ? '' : 's'})`
    : paint('bold', 'No AI keys or SDKs found in client output');
  const allowed = options.allowed ? `, ${options.allowed} allowed by config` : '';
  lines.push(`${total}${allowed} — ${stats.files} file${stats.files === 1 ? '' : 's'}, ${formatBytes(stats.bytes)}, ${stats.ms} ms`);
  return `${lines.join('\n')}\n`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
