/**
 * The Action's inputs, read and validated in one place (like actions/checkout's input-helper): every
 * problem throws an InputError that names the input, before anything is scanned.
 */
import path from 'node:path';
import type { Severity } from '@backend-only/core';

/** Input names, as in action.yml (the runner passes them as INPUT_<NAME> with hyphens kept). */
export const Inputs = {
  Paths: 'paths',
  FailOn: 'fail-on',
  KnownSecrets: 'known-secrets',
  SarifFile: 'sarif-file',
  Config: 'config',
  Mode: 'mode',
} as const;

/** `mode: audit` (action/src/audit.ts) reads these as well. */
export const AuditInputs = {
  Provider: 'provider',
  Budget: 'budget',
  Fix: 'fix',
  Notify: 'notify',
  Leaked: 'leaked',
} as const;

export type Mode = 'scan' | 'audit';

/** `scan` (the default: built client output, and the diff on pull requests) or `audit` (the provider side). */
export function readMode(source: InputSource): Mode {
  const mode = (source.input(Inputs.Mode) || 'scan').trim().toLowerCase();
  if (mode !== 'scan' && mode !== 'audit') throw new InputError(Inputs.Mode, `"${mode}" is not one of scan, audit`);
  return mode;
}

/** Output names, as in action.yml. */
export const Outputs = {
  Findings: 'findings',
  Errors: 'errors',
  Warnings: 'warnings',
  SarifFile: 'sarif-file',
  Created: 'created',
} as const;

export type FailOn = Severity | 'never';
const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'never'];

/** Shorter known secrets would match ordinary text everywhere (and masking them would garble the log). */
export const MIN_KNOWN_SECRET_LENGTH = 8;

export interface Settings {
  /** GITHUB_WORKSPACE: everything read stays inside it, and reported paths are relative to it. */
  workspace: string;
  /** Globs or folders relative to the workspace; null means detect the client build output. */
  paths: string[] | null;
  failOn: FailOn;
  knownSecrets: string[];
  /** Absolute path to write SARIF to, or null for none. */
  sarifFile: string | null;
  /** The config file relative to the workspace, or undefined for the default `.backend-only.json`. */
  configPath: string | undefined;
}

export class InputError extends Error {
  constructor(input: string, message: string) {
    super(`input "${input}": ${message}`);
    this.name = 'InputError';
  }
}

export interface InputSource {
  input(name: string): string;
  /** Registers values with the runner's log masking; called before anything else is read. */
  mask(values: readonly string[]): void;
}

/** Non-empty, trimmed lines; `#` starts a comment line in multi-line inputs. */
function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

export function readInputs(source: InputSource, env: NodeJS.ProcessEnv = process.env): Settings {
  // Secrets first: masked before any other input can fail and print something.
  const knownSecrets = source
    .input(Inputs.KnownSecrets)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  source.mask(knownSecrets);
  const tooShort = knownSecrets.findIndex((secret) => secret.length < MIN_KNOWN_SECRET_LENGTH);
  if (tooShort !== -1) {
    throw new InputError(Inputs.KnownSecrets, `line ${tooShort + 1} is shorter than ${MIN_KNOWN_SECRET_LENGTH} characters; such a value matches ordinary text everywhere`);
  }

  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  const inside = (input: string, value: string): string => {
    const resolved = path.resolve(workspace, value);
    const relative = path.relative(workspace, resolved);
    if (relative.startsWith('..') || path.isAbsolute(relative)) throw new InputError(input, `"${value}" is outside the workspace (${workspace})`);
    return value;
  };

  const pathLines = lines(source.input(Inputs.Paths));
  const paths = pathLines.length > 0 ? pathLines.map((p) => inside(Inputs.Paths, p.replace(/^\.\//, ''))) : null;

  const failOnRaw = (source.input(Inputs.FailOn) || 'error').trim().toLowerCase();
  if (!(FAIL_ON_VALUES as readonly string[]).includes(failOnRaw)) {
    throw new InputError(Inputs.FailOn, `"${failOnRaw}" is not one of error, warning, never`);
  }

  const sarifRaw = source.input(Inputs.SarifFile).trim();
  const configRaw = source.input(Inputs.Config).trim();
  return {
    workspace,
    paths,
    failOn: failOnRaw as FailOn,
    knownSecrets,
    sarifFile: sarifRaw ? path.resolve(workspace, sarifRaw) : null,
    configPath: configRaw ? inside(Inputs.Config, configRaw) : undefined,
  };
}
