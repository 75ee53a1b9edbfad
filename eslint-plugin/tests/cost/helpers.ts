/**
 * Small real projects on disk for the cost rules: each test writes its files to a fresh temporary folder and
 * lints them with the real ESLint class, the plugin's rules and typescript-eslint's parser, as a user's
 * `eslint .` does. Results are `file line rule: message` strings, easy to read in a failing assertion.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import plugin from '../../src/index.js';

export const COST_RULES = ['require-rate-limit', 'require-max-tokens', 'weak-rate-limit'] as const;

const made: string[] = [];

/** Writes `files` (path → text) into a new temporary project; returns its root. */
export function writeProject(files: Record<string, string>): string {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cost-')));
  made.push(root);
  for (const [file, text] of Object.entries(files)) {
    const target = path.join(root, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  }
  return root;
}

export function removeProjects(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

export interface Report {
  file: string;
  line: number;
  rule: string;
  severity: number;
  message: string;
}

/** Lints every script file of the project (or `only`) with the cost rules; returns their reports. */
export async function lintProject(root: string, options: { only?: string[]; settings?: Record<string, unknown>; rules?: readonly string[] } = {}): Promise<Report[]> {
  const rules = Object.fromEntries((options.rules ?? COST_RULES).map((id) => [`backend-only/${id}`, id === 'weak-rate-limit' ? 'warn' : 'error'])) as Linter.RulesRecord;
  const config: Linter.Config[] = [
    {
      files: ['**/*.{js,ts,tsx,mjs,jsx,mts,cts}'],
      plugins: { 'backend-only': plugin as unknown as NonNullable<Linter.Config['plugins']>[string] },
      languageOptions: { parser: tsParser as Linter.Parser, parserOptions: { ecmaFeatures: { jsx: true } } },
      rules,
      ...(options.settings ? { settings: { 'backend-only': options.settings } } : {}),
    },
  ];
  const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config, cache: false });
  const results = await eslint.lintFiles(options.only ?? ['.']);
  const reports: Report[] = [];
  for (const result of results) {
    for (const message of result.messages) {
      if (message.fatal) throw new Error(`${result.filePath}: ${message.message}`);
      reports.push({ file: path.relative(root, result.filePath).split(path.sep).join('/'), line: message.line, rule: (message.ruleId ?? '').replace('backend-only/', ''), severity: message.severity, message: message.message });
    }
  }
  return reports.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/** `file:line rule` of each report, for compact expectations. */
export function where(reports: readonly Report[], rule?: string): string[] {
  return reports.filter((r) => !rule || r.rule === rule).map((r) => `${r.file}:${r.line} ${r.rule}`);
}

export const NEXT_PKG = JSON.stringify({ name: 'app', private: true, dependencies: { next: '16.0.0', openai: '6.0.0', ai: '^5.0.0' } });
