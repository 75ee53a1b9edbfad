/**
 * The one Finding type. Every scanner returns Finding[]; every reporter
 * (ESLint message, annotation, summary row, SARIF result, CLI line, JSON) is a view of it.
 */
import type { ProviderId } from './catalog/providers.js';
import type { RuleId } from './catalog/rules.js';

export type Severity = 'error' | 'warning' | 'note';

/** How sure the scanner is: a format-valid key is `high`, an SDK fingerprint `medium`, a bare host `low`. */
export type Confidence = 'high' | 'medium' | 'low';

/** A place in a file. Lines and columns are 1-based; columns count UTF-16 code units, as editors and source maps do. */
export interface Location {
  /** Path relative to the working directory (or the workspace), with `/` separators. */
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  /** What leaks, why it matters, and the fix. Never holds a secret. */
  message: string;
  /** Where it was found: a bundle chunk, a source file, a diff line. */
  location: Location;
  /** Where it came from, when a source map tells. */
  origin: Location | null;
  provider: ProviderId | null;
  /** The redacted form (`sk-proj-…a1b2`), never the secret itself. */
  evidence: string;
  /** Stable hash for baselines, de-duplication and SARIF partialFingerprints. */
  fingerprint: string;
  confidence: Confidence;
  /**
   * The other places the same secret shipped (secret findings only: one key is one finding, see
   * scan/one-per-key.ts). Absent when it shipped once.
   */
  alsoAt?: OtherPlaces;
}

/** Where else a secret shipped: how many places, and the first few of them. */
export interface OtherPlaces {
  /** Every other place, listed or not. */
  count: number;
  /** The first of them by built file, line and column, at most a handful: a key inlined into every chunk must not grow the report. */
  places: ShippedAt[];
}

/** One other place: the built file it was read from, and its source when a map tells. */
export interface ShippedAt {
  location: Location;
  origin: Location | null;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, note: 2 };
const CONFIDENCE_RANK: Record<Confidence, number> = { high: 0, medium: 1, low: 2 };

/** Most severe first, then most certain, then by place: the order reviewers should read them in. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    CONFIDENCE_RANK[a.confidence] - CONFIDENCE_RANK[b.confidence] ||
    compareLocations(a.location, b.location)
  );
}

/** By file, then line, then column. */
export function compareLocations(a: Location, b: Location): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}

/** True when `severity` is at or above the `failOn` threshold. */
export function isAtLeast(severity: Severity, failOn: Severity | 'never'): boolean {
  if (failOn === 'never') return false;
  return SEVERITY_RANK[severity] <= SEVERITY_RANK[failOn];
}

/** Keeps the first finding of each fingerprint (callers sort first when order matters). */
export function dedupeFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => (seen.has(f.fingerprint) ? false : (seen.add(f.fingerprint), true)));
}
