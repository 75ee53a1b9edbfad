/** The JSON report: one flat object per finding, paths relative to the working directory. */
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
  origin: { file: string; line: number; column: number } | null;
  provider: string | null;
  evidence: string;
  fingerprint: string;
}

export interface JsonReport {
  findings: JsonFinding[];
  errors: ScanError[];
  stats: ScanStats;
  /** With no path given: the build output found (and from which config), and settings that could not be read. */
  discovered?: { found: OutputPlace[]; notes: string[] };
}

const place = (l: Location): { file: string; line: number; column: number } => ({ file: l.file, line: l.line, column: l.column });

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
  };
}

export function toJsonReport(findings: readonly Finding[], errors: readonly ScanError[], stats: ScanStats, discovered?: JsonReport['discovered']): JsonReport {
  return { findings: findings.map(toJsonFinding), errors: [...errors], stats, ...(discovered ? { discovered } : {}) };
}
