/**
 * Scans the lines a PR adds (or whole changed files) for two things: AI-provider keys written into any
 * text file (`no-hardcoded-api-key`), and secrets given a browser-exposed env name in the files that
 * set build env — .env files, workflows, Dockerfiles, compose files, vercel.json, netlify.toml
 * (`no-public-secret-env`). Knowledge comes from core's catalogs; findings never hold a secret.
 */
import path from 'node:path';
import {
  RULES,
  fingerprint,
  getProvider,
  keyHitStands,
  publicSecretEnvName,
  redact,
  shapePrefix,
  type Finding,
  type TextMatcher,
} from '@backend-only/core';
import type { AddedLine } from './hunks.js';

/** Files that set env for a build or a container, where a public-prefixed secret name ships the secret. */
export type EnvFileKind = 'dotenv' | 'workflow' | 'dockerfile' | 'compose' | 'vercel' | 'netlify';

export function envFileKind(file: string): EnvFileKind | undefined {
  const base = path.posix.basename(file);
  const lower = base.toLowerCase();
  if (base.startsWith('.env')) return 'dotenv';
  if (/^\.github\/workflows\/[^/]+\.ya?ml$/.test(file)) return 'workflow';
  if (lower === 'dockerfile' || lower === 'containerfile' || lower.startsWith('dockerfile.') || lower.endsWith('.dockerfile')) return 'dockerfile';
  if (/^(docker-)?compose(\.[\w-]+)*\.ya?ml$/.test(lower)) return 'compose';
  if (lower === 'vercel.json') return 'vercel';
  if (lower === 'netlify.toml') return 'netlify';
  return undefined;
}

/** A name in key position: `NAME=`, `NAME:`, `"NAME":` (dotenv, YAML, TOML, JSON, shell in `run:`). */
const ASSIGNED_NAME = /([A-Za-z_][A-Za-z0-9_]*)["']?\s*[:=]/g;
/** Dockerfile `ARG NAME[=default]` and `ENV NAME=value …` / `ENV NAME value`. */
const DOCKER_DECLARATION = /^\s*(?:ARG|ENV)\s+([A-Za-z_][A-Za-z0-9_]*)/i;
const COMMENT_LINE = /^\s*(#|\/\/)/;

/**
 * Keys in `lines` of `file`. The lines are joined so a contextual key shape (one that needs a provider's
 * name nearby) sees its neighbours; each hit maps back to its own line.
 */
export function findKeysInLines(file: string, lines: readonly AddedLine[], matcher: TextMatcher): Finding[] {
  const starts: number[] = [];
  let text = '';
  for (const { text: lineText } of lines) {
    starts.push(text.length);
    text += `${lineText}\n`;
  }
  const findings: Finding[] = [];
  for (const hit of matcher.scan(text)) {
    if (hit.kind !== 'key' || !hit.secret || !hit.provider) continue;
    // A Gemini-or-Maps key with nothing Gemini near it counts only if the added lines name Gemini's host or SDK.
    if (!keyHitStands(hit, (literal) => text.includes(literal))) continue;
    const index = lastIndexAtOrBefore(starts, hit.offset);
    const line = lines[index]!.line;
    const column = hit.offset - starts[index]! + 1;
    const provider = getProvider(hit.provider);
    const contextual = Boolean(hit.shape?.requiresContext);
    findings.push({
      ruleId: 'no-hardcoded-api-key',
      severity: 'error',
      message:
        `${hit.label} written into ${file}: it reaches the repository, every fork and clone, and often the bundle. ` +
        `Revoke it now (${provider.revokeUrl}), then read it from a server-only env var.`,
      location: { file, line, column, endLine: line, endColumn: column + hit.length },
      origin: null,
      provider: provider.id,
      evidence: redact(hit.secret, hit.shape ? shapePrefix(hit.shape) : ''),
      fingerprint: fingerprint('no-hardcoded-api-key', hit.secret),
      confidence: contextual ? 'medium' : 'high',
    });
  }
  return findings;
}

/** Secret names with a public prefix set in `lines` of an env-setting file. */
export function findPublicSecretEnvNames(file: string, kind: EnvFileKind, lines: readonly AddedLine[]): Finding[] {
  const findings: Finding[] = [];
  for (const { line, text } of lines) {
    if (COMMENT_LINE.test(text)) continue;
    const names = new Map<string, number>();
    for (const match of text.matchAll(ASSIGNED_NAME)) if (!names.has(match[1]!)) names.set(match[1]!, match.index);
    const declared = kind === 'dockerfile' ? DOCKER_DECLARATION.exec(text) : null;
    if (declared && !names.has(declared[1]!)) names.set(declared[1]!, text.indexOf(declared[1]!));
    for (const [name, at] of names) {
      const secret = publicSecretEnvName(name);
      if (!secret) continue;
      const frameworks = secret.frameworks.map((f) => f.name).join(', ');
      const what = secret.provider ? `a ${secret.provider.name} secret` : 'a secret';
      findings.push({
        ruleId: 'no-public-secret-env',
        severity: RULES['no-public-secret-env'].defaultSeverity,
        message:
          `${name} holds ${what} under the browser-exposed prefix ${secret.prefix} (${frameworks}): the build inlines it into client JavaScript for anyone to read. ` +
          `Rename it without ${secret.prefix} and read it only in server code.`,
        location: { file, line, column: at + 1, endLine: line, endColumn: at + 1 + name.length },
        origin: null,
        provider: secret.provider?.id ?? null,
        evidence: name,
        fingerprint: fingerprint('no-public-secret-env', name, file),
        confidence: secret.provider ? 'high' : 'medium',
      });
    }
  }
  return findings;
}

/** Index of the last entry of the ascending `starts` that is ≤ offset. */
function lastIndexAtOrBefore(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
