/**
 * The project config, `.backend-only.json`: `ignore` globs and `allow`ed fingerprints (a baseline).
 * Validated strictly, with errors that name the bad key, because a typo in a security tool's config
 * silently turns checks off.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export const CONFIG_FILE_NAME = '.backend-only.json';

export interface AllowEntry {
  fingerprint: string;
  /** Why it is allowed: shown in reports, so reviewers know. */
  reason?: string;
}

export interface ProjectConfig {
  /** Globs, relative to the project root, of files never scanned (test fixtures, vendored demos). */
  ignore: string[];
  /** Findings accepted on purpose, by fingerprint. */
  allow: AllowEntry[];
  /** Settings of `backend-only audit` (the provider side); absent when the file has no `audit` section. */
  audit?: AuditConfig;
}

/** `.backend-only.json` `audit`: budgets and thresholds for `backend-only audit`. Every field is optional. */
export interface AuditConfig {
  /** The organization's monthly budget in USD. */
  budget?: number;
  /** E-mail recipients of the alerts `--fix` creates (default: the organization's owners). */
  notify?: string[];
  /** Spend-alert thresholds in percent of the budget (default 50, 80, 100). */
  alertThresholds?: number[];
  /** A key unused for this many days is stale (default 90). */
  unusedDays?: number;
  /** A key older than this many days should be rotated (default 365). */
  maxKeyAgeDays?: number;
  /** Yesterday's cost above this many times the trailing 7-day median is a spike (default 3). */
  spikeFactor?: number;
  /** Service accounts (names or ids) whose keys may be in daily use; when set, other keys used in the last day are reported. */
  serviceAccounts?: string[];
  /** Projects (names or ids) that serve public traffic: their rate limits are compared with the organization's. */
  publicProjects?: string[];
  /** Monthly budgets in USD per project (name or id): these projects get their own limit and alert checks. */
  projects?: Record<string, { budget: number }>;
}

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'ConfigError';
  }
}

export const EMPTY_CONFIG: ProjectConfig = { ignore: [], allow: [] };

const FINGERPRINT = /^[0-9a-f]{16}$/;

/** Parses and validates a config object; `file` names it in errors. */
export function parseConfig(value: unknown, file: string): ProjectConfig {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ConfigError(file, 'must be a JSON object with "ignore" and/or "allow"');
  const known = new Set(['$schema', 'ignore', 'allow', 'audit']);
  for (const key of Object.keys(value)) {
    if (!known.has(key)) throw new ConfigError(file, `unknown key "${key}" (expected "ignore", "allow" or "audit")`);
  }
  const record = value as Record<string, unknown>;
  const ignore = record.ignore ?? [];
  if (!Array.isArray(ignore) || ignore.some((g) => typeof g !== 'string' || g === '')) {
    throw new ConfigError(file, '"ignore" must be an array of non-empty glob strings');
  }
  const allowRaw = record.allow ?? [];
  if (!Array.isArray(allowRaw)) throw new ConfigError(file, '"allow" must be an array of fingerprints or { "fingerprint", "reason" } objects');
  const allow = allowRaw.map((entry, i): AllowEntry => {
    const where = `"allow[${i}]"`;
    if (typeof entry === 'string') {
      if (!FINGERPRINT.test(entry)) throw new ConfigError(file, `${where} is not a fingerprint (16 hex characters, as reports print them)`);
      return { fingerprint: entry };
    }
    if (typeof entry !== 'object' || entry === null) throw new ConfigError(file, `${where} must be a fingerprint string or an object`);
    const { fingerprint, reason, ...rest } = entry as Record<string, unknown>;
    const extra = Object.keys(rest)[0];
    if (extra) throw new ConfigError(file, `${where} has unknown key "${extra}" (expected "fingerprint" and "reason")`);
    if (typeof fingerprint !== 'string' || !FINGERPRINT.test(fingerprint)) throw new ConfigError(file, `${where}.fingerprint must be 16 hex characters`);
    if (reason !== undefined && typeof reason !== 'string') throw new ConfigError(file, `${where}.reason must be a string`);
    return reason === undefined ? { fingerprint } : { fingerprint, reason };
  });
  const audit = record.audit === undefined ? undefined : parseAuditConfig(record.audit, file);
  return audit ? { ignore: ignore as string[], allow, audit } : { ignore: ignore as string[], allow };
}

const AUDIT_KEYS = ['budget', 'notify', 'alertThresholds', 'unusedDays', 'maxKeyAgeDays', 'spikeFactor', 'serviceAccounts', 'publicProjects', 'projects'] as const;
/** An e-mail address as alert recipients need it: something@somewhere, no spaces or commas (lists are split on them). */
export function isEmailAddress(text: string): boolean {
  return /^[^\s@,]+@[^\s@,]+$/.test(text);
}

function parseAuditConfig(value: unknown, file: string): AuditConfig {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ConfigError(file, '"audit" must be an object');
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(AUDIT_KEYS as readonly string[]).includes(key)) throw new ConfigError(file, `unknown key "audit.${key}" (expected one of ${AUDIT_KEYS.join(', ')})`);
  }
  const positive = (key: string, v: unknown): number => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) throw new ConfigError(file, `"audit.${key}" must be a positive number`);
    return v;
  };
  const strings = (key: string, v: unknown, check?: (s: string) => boolean, what = 'non-empty strings'): string[] => {
    if (!Array.isArray(v) || v.some((s) => typeof s !== 'string' || s === '' || (check && !check(s)))) throw new ConfigError(file, `"audit.${key}" must be an array of ${what}`);
    return v as string[];
  };
  const audit: AuditConfig = {};
  if (record.budget !== undefined) audit.budget = positive('budget', record.budget);
  if (record.notify !== undefined) audit.notify = strings('notify', record.notify, isEmailAddress, 'e-mail addresses');
  if (record.alertThresholds !== undefined) {
    const t = record.alertThresholds;
    if (!Array.isArray(t) || t.length === 0 || t.some((p) => typeof p !== 'number' || !(p > 0 && p <= 1000))) throw new ConfigError(file, '"audit.alertThresholds" must be a non-empty array of percentages (numbers above 0, at most 1000)');
    audit.alertThresholds = [...new Set(t as number[])].sort((a, b) => a - b);
  }
  if (record.unusedDays !== undefined) audit.unusedDays = positive('unusedDays', record.unusedDays);
  if (record.maxKeyAgeDays !== undefined) audit.maxKeyAgeDays = positive('maxKeyAgeDays', record.maxKeyAgeDays);
  if (record.spikeFactor !== undefined) {
    audit.spikeFactor = positive('spikeFactor', record.spikeFactor);
    if (audit.spikeFactor <= 1) throw new ConfigError(file, '"audit.spikeFactor" must be above 1 (a factor of the 7-day median)');
  }
  if (record.serviceAccounts !== undefined) audit.serviceAccounts = strings('serviceAccounts', record.serviceAccounts);
  if (record.publicProjects !== undefined) audit.publicProjects = strings('publicProjects', record.publicProjects);
  if (record.projects !== undefined) {
    const projects = record.projects;
    if (typeof projects !== 'object' || projects === null || Array.isArray(projects)) throw new ConfigError(file, '"audit.projects" must be an object of { "<project name or id>": { "budget": <USD> } }');
    audit.projects = {};
    for (const [name, entry] of Object.entries(projects)) {
      const where = `projects.${name}`;
      if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw new ConfigError(file, `"audit.${where}" must be an object with "budget"`);
      const extra = Object.keys(entry).find((k) => k !== 'budget');
      if (extra) throw new ConfigError(file, `"audit.${where}" has unknown key "${extra}" (expected "budget")`);
      audit.projects[name] = { budget: positive(`${where}.budget`, (entry as Record<string, unknown>).budget) };
    }
  }
  return audit;
}

/**
 * Loads the config at `configPath`, or `.backend-only.json` in `root` when none is given.
 * A missing default file is an empty config; a missing explicit file is an error.
 */
export async function loadConfig(root: string, configPath?: string): Promise<{ config: ProjectConfig; file: string | null }> {
  const file = path.resolve(root, configPath ?? CONFIG_FILE_NAME);
  const shown = path.relative(root, file) || file;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !configPath) return { config: EMPTY_CONFIG, file: null };
    throw new ConfigError(shown, (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'config file not found' : (error as Error).message);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(shown, `invalid JSON: ${(error as Error).message}`);
  }
  return { config: parseConfig(json, shown), file: shown };
}
