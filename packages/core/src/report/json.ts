/**
 * The JSON report: one flat object per finding, paths relative to the working directory. A key that shipped in
 * several places is one finding; `alsoAt` lists the other places (present only then, so older readers are unaffected).
 */
import type { OutputPlace } from '../discover/discover.js';
import type { Finding, Location } from '../finding.js';
import type { ScanStats } from '../scan/scan-paths.js';
import type { ScanError } from '../scan/walk.js';

export interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  file: string;
  line: number;
  column: number;
  origin: JsonLocation | null;
  provider: string | null;
  evidence: string;
  fingerprint: string;
  /** The other places the same secret shipped: `count` in all, the first `places` listed with their origins. */
  alsoAt?: { count: number; places: JsonPlace[] };
}

export interface JsonLocation {
  file: string;
  line: number;
  column: number;
}

/** A built file the secret was also read from, and its source when a map tells. */
export interface JsonPlace extends JsonLocation {
  origin: JsonLocation | null;
}

export interface JsonReport {
  findings: JsonFinding[];
  errors: ScanError[];
  stats: ScanStats;
  /** With no path given: the build output found (and from which config), and settings that could not be read. */
  discovered?: { found: OutputPlace[]; notes: string[] };
}

const place = (l: Location): JsonLocation => ({ file: l.file, line: l.line, column: l.column });

export function toJsonFinding(f: Finding): JsonFinding {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    ...place(f.location),
    origin: f.origin ? place(f.origin) : null,
    provider: f.provider,
    evidence: f.evidence,
    fingerprint: f.fingerprint,
    ...(f.alsoAt ? { alsoAt: { count: f.alsoAt.count, places: f.alsoAt.places.map((p) => ({ ...place(p.location), origin: p.origin ? place(p.origin) : null })) } } : {}),
  };
}

export function toJsonReport(findings: readonly Finding[], errors: readonly ScanError[], stats: ScanStats, discovered?: JsonReport['discovered']): JsonReport {
  return { findings: findings.map(toJsonFinding), errors: [...errors], stats, ...(discovered ? { discovered } : {}) };
}
