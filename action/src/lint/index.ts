/**
 * Lints a PR's changed JS/TS files and Vue and Svelte components with the plugin's recommended rules. ESLint and its parser are
 * loaded with a dynamic import the first time there is something to lint, so a run without a diff
 * (or without JS/TS files in it) never pays for loading them.
 */
import { RULES, TextMatcher, fingerprint, type Finding, type RuleId } from '@backend-only/core';
// Types only: erased at build, so ESLint is not loaded with this module.
import type { LintMessage } from './eslint-linter.js';

const LINTABLE = /\.(?:[cm]?[jt]s|[jt]sx|vue|svelte)$/;
/** Larger files are generated or vendored, not written by hand: linting them is slow and says little. */
export const MAX_LINT_BYTES = 1024 * 1024;

export function isLintable(file: string): boolean {
  return LINTABLE.test(file) && !file.endsWith('.d.ts');
}

export interface LintInput {
  /** Repo-relative, `/`-separated: what findings show. */
  file: string;
  absolute: string;
  text: string;
}

export interface LintOutcome {
  findings: Finding[];
  /** Files ESLint could not parse, one message each naming the file. */
  errors: string[];
}

type Lint = (text: string, absolutePath: string) => LintMessage[];

/** Rules whose flagged code is a secret value itself: their evidence never quotes it. */
const SECRET_VALUE_RULES: ReadonlySet<RuleId> = new Set(['no-hardcoded-api-key', 'no-secret-in-bundler-config']);
const MAX_EVIDENCE_CHARS = 80;
let keyMatcher: TextMatcher | undefined;

/**
 * The flagged code (`import OpenAI from 'openai'`), on one line and short, for the summary's Evidence
 * column; only the rule id when the code could hold a secret.
 */
function evidenceOf(ruleId: RuleId, lineText: string, message: LintMessage): string {
  const end = message.endLine === message.line && message.endColumn ? message.endColumn - 1 : lineText.length;
  const code = lineText.slice(message.column - 1, end).trim();
  keyMatcher ??= new TextMatcher();
  if (!code || SECRET_VALUE_RULES.has(ruleId) || keyMatcher.scan(code).some((hit) => hit.secret)) return `backend-only/${ruleId}`;
  return code.length > MAX_EVIDENCE_CHARS ? `${code.slice(0, MAX_EVIDENCE_CHARS - 1)}…` : code;
}

let linterFor: { workspace: string; lint: Lint } | undefined;

export async function lintFiles(workspace: string, inputs: readonly LintInput[]): Promise<LintOutcome> {
  const outcome: LintOutcome = { findings: [], errors: [] };
  if (inputs.length === 0) return outcome;
  if (linterFor?.workspace !== workspace) {
    const { createLinter } = await import('./eslint-linter.js');
    linterFor = { workspace, lint: createLinter(workspace) };
  }
  for (const input of inputs) {
    let messages;
    try {
      messages = linterFor.lint(input.text, input.absolute);
    } catch (error) {
      // A rule that throws on odd code must not stop the review of the other files.
      outcome.errors.push(`${input.file}: ESLint failed (${(error as Error).message.split('\n')[0]})`);
      continue;
    }
    const lines = input.text.split('\n');
    for (const message of messages) {
      if (message.fatal) {
        outcome.errors.push(`${input.file}:${message.line}: not linted, ESLint could not parse it (${message.message})`);
        continue;
      }
      const ruleId = message.ruleId?.startsWith('backend-only/') ? (message.ruleId.slice('backend-only/'.length) as RuleId) : undefined;
      if (!ruleId || !(ruleId in RULES)) continue;
      outcome.findings.push({
        ruleId,
        severity: message.severity === 2 ? 'error' : 'warning',
        message: message.message,
        location: { file: input.file, line: message.line, column: message.column, endLine: message.endLine ?? message.line, endColumn: message.endColumn ?? message.column },
        origin: null,
        provider: null,
        evidence: evidenceOf(ruleId, lines[message.line - 1] ?? '', message),
        // The line's code (not its number) keeps the fingerprint stable when lines above move.
        fingerprint: fingerprint(ruleId, input.file, (lines[message.line - 1] ?? '').trim()),
        confidence: 'high',
      });
    }
  }
  return outcome;
}
