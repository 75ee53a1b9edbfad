/**
 * Which provider API keys are keys a scan found. A scan report carries our redacted form (`sk-proj-…a1b2`: the
 * shape's prefix and the last four characters) and never the key; the provider lists its own redacted form
 * (OpenAI `redacted_value`, e.g. `sk-abc...def` in its API reference; Anthropic `partial_key_hint`, e.g.
 * `sk-ant-api03-R2D...igAA`). A key matches when both forms agree on everything both reveal: the visible starts
 * agree as far as the shorter goes, and the visible ends agree over at least three characters.
 *
 * False matches: the compared end is random text. Four characters of OpenAI's 64-letter alphabet leave a
 * 1 in 16.7 million chance that another key of the same prefix matches by accident (per pair of keys; three
 * characters: 1 in 262,144). Every Anthropic API key ends in `AA`, so its last four characters carry only two
 * random ones: 1 in 4,096 per pair. Such matches are reported with medium confidence and say so.
 */
import { readFile } from 'node:fs/promises';
import type { AdminProviderId } from '@backend-only/core';
import { AuditError } from './http.js';

export interface LeakedKey {
  provider: AdminProviderId;
  /** Our redacted form, as the report printed it. */
  evidence: string;
  fingerprint: string;
  /** Where the scan found it (file:line), for the message. */
  where: string;
}

export interface KeyMatch {
  leak: LeakedKey;
  /** How many random characters both forms reveal and agree on. */
  randomChars: number;
}

interface RedactedParts {
  head: string;
  tail: string;
}

/** The visible start and end of a redacted key: `sk-proj-…a1b2`, `sk-abc...def`, `sk-proj-****a1b2`. */
export function redactedParts(value: string): RedactedParts | null {
  const match = /^([A-Za-z0-9_-]*)(?:…|\.{2,}|\*{2,})+([A-Za-z0-9_-]+)$/.exec(value.trim());
  return match ? { head: match[1]!, tail: match[2]! } : null;
}

const MIN_TAIL = 3;

export function matchKey(provider: AdminProviderId, providerRedacted: string, leak: LeakedKey): KeyMatch | null {
  if (leak.provider !== provider) return null;
  const ours = redactedParts(leak.evidence);
  const theirs = redactedParts(providerRedacted);
  if (!ours || !theirs) return null;
  const tail = Math.min(ours.tail.length, theirs.tail.length);
  if (tail < MIN_TAIL || ours.tail.slice(-tail) !== theirs.tail.slice(-tail)) return null;
  const head = Math.min(ours.head.length, theirs.head.length);
  if (ours.head.slice(0, head) !== theirs.head.slice(0, head)) return null;
  // Anthropic keys end in a fixed `AA` (gitleaks anthropic.go): those two characters tell nothing apart.
  const fixed = provider === 'anthropic' && ours.tail.endsWith('AA') ? 2 : 0;
  return { leak, randomChars: Math.max(0, tail - fixed) };
}

export function findLeak(provider: AdminProviderId, providerRedacted: string, leaks: readonly LeakedKey[]): KeyMatch | null {
  let best: KeyMatch | null = null;
  for (const leak of leaks) {
    const match = matchKey(provider, providerRedacted, leak);
    if (match && (!best || match.randomChars > best.randomChars)) best = match;
  }
  return best;
}

const ADMIN_PROVIDERS: readonly string[] = ['openai', 'anthropic'];

/** The parts of a SARIF result that core's toSarif writes and this reads back. */
interface SarifResult {
  properties?: { provider?: unknown; evidence?: unknown };
  partialFingerprints?: Record<string, unknown>;
  locations?: { physicalLocation?: { artifactLocation?: { uri?: unknown }; region?: { startLine?: unknown } } }[];
}

/**
 * The keys in a report of `backend-only scan --format json` (or the Action's and the CLI's SARIF): every finding
 * of an OpenAI or Anthropic key whose evidence is a redacted key. `file` names the report in errors.
 */
export function parseLeakedReport(text: string, file: string): LeakedKey[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AuditError('setup', `${file}: not a JSON report (${(error as Error).message}); write one with backend-only scan --format json`);
  }
  const leaks: LeakedKey[] = [];
  const add = (provider: unknown, evidence: unknown, fingerprint: unknown, where: string): void => {
    if (typeof provider !== 'string' || !ADMIN_PROVIDERS.includes(provider) || typeof evidence !== 'string' || !redactedParts(evidence)) return;
    leaks.push({ provider: provider as AdminProviderId, evidence, fingerprint: typeof fingerprint === 'string' ? fingerprint : '', where });
  };
  const record = json as { findings?: unknown; runs?: unknown };
  if (Array.isArray(record?.findings)) {
    for (const f of record.findings as Record<string, unknown>[]) add(f?.provider, f?.evidence, f?.fingerprint, `${String(f?.file)}:${String(f?.line)}`);
  } else if (Array.isArray(record?.runs)) {
    for (const run of record.runs as { results?: SarifResult[] }[]) {
      for (const r of run?.results ?? []) {
        const location = r?.locations?.[0]?.physicalLocation;
        add(r?.properties?.provider, r?.properties?.evidence, r?.partialFingerprints?.['backendOnly/v1'], `${String(location?.artifactLocation?.uri)}:${String(location?.region?.startLine)}`);
      }
    }
  } else {
    throw new AuditError('setup', `${file}: neither a backend-only JSON report ("findings") nor SARIF ("runs")`);
  }
  // One leak per key: a key in a chunk and its source map is one key.
  const seen = new Set<string>();
  return leaks.filter((l) => {
    const id = `${l.provider}:${l.fingerprint || l.evidence}`;
    return seen.has(id) ? false : (seen.add(id), true);
  });
}

export async function readLeakedReport(file: string, shownAs = file): Promise<LeakedKey[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new AuditError('setup', `${shownAs}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message}`);
  }
  return parseLeakedReport(text, shownAs);
}
