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
  const known = new Set(['$schema', 'ignore', 'allow']);
  for (const key of Object.keys(value)) {
    if (!known.has(key)) throw new ConfigError(file, `unknown key "${key}" (expected "ignore" or "allow")`);
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
  return { ignore: ignore as string[], allow };
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
