/** The directory scanner: walk, scan (pooled), apply the project config, sort. */
import { EMPTY_CONFIG, type ProjectConfig } from '../config.js';
import { compareFindings, type Finding } from '../finding.js';
import { applySourceMaps } from '../sourcemap/apply.js';
import { onePerKey } from './one-per-key.js';
import { scanFilesPooled } from './pool.js';
import { walk, type ScanError, type WalkedFile } from './walk.js';

export interface ScanOptions {
  /** Everything read stays inside this folder; reported paths are relative to it. */
  root: string;
  /** Files or folders to scan, relative to root. */
  paths: readonly string[];
  config?: ProjectConfig;
  /** Server secrets to look for verbatim and encoded (no-server-secret-in-bundle). */
  knownSecrets?: readonly string[];
  /** Worker threads; defaults to the number of cores. */
  workers?: number;
  /** Trace findings to their sources through source maps, and read what shipped maps expose (see sourcemap/). */
  sourceMaps?: boolean;
}

export interface ScanStats {
  files: number;
  bytes: number;
  ms: number;
  /** Files passed over: binary, ignored by config. */
  skipped: number;
}

export interface ScanResult {
  findings: Finding[];
  /** Findings the config's `allow` list accepted. */
  allowed: Finding[];
  errors: ScanError[];
  stats: ScanStats;
  /** Source maps that could not be used and map sources that were dropped (with `sourceMaps`). */
  notes?: ScanError[];
  /** Every file the walk listed (source maps are looked up next to these). */
  files?: WalkedFile[];
}

export async function scanPaths(options: ScanOptions): Promise<ScanResult> {
  const started = performance.now();
  const config = options.config ?? EMPTY_CONFIG;
  const walked = await walk(options.paths, { root: options.root, ignore: config.ignore });
  const scanned = await scanFilesPooled(walked.files, { knownSecrets: options.knownSecrets, workers: options.workers, mapImports: options.sourceMaps });
  const mapped = options.sourceMaps
    ? await applySourceMaps(scanned.findings, {
        root: options.root,
        files: walked.files,
        knownSecrets: options.knownSecrets,
        mapComments: new Map(scanned.mapComments),
        keysAwaitingSource: scanned.keysAwaitingSource,
        mapImports: new Map(scanned.mapImports),
      })
    : { findings: scanned.findings, notes: [] };
  const allowedPrints = new Set(config.allow.map((a) => a.fingerprint));
  const findings: Finding[] = [];
  const allowed: Finding[] = [];
  // After the maps, so the copy kept is the one with a first-party origin; before `allow`, which matches the key's fingerprint.
  for (const finding of onePerKey(mapped.findings).sort(compareFindings)) (allowedPrints.has(finding.fingerprint) ? allowed : findings).push(finding);
  return {
    findings,
    allowed,
    errors: [...walked.errors, ...scanned.errors],
    stats: { files: scanned.scanned, bytes: scanned.bytes, ms: Math.round(performance.now() - started), skipped: walked.skipped + scanned.binary },
    notes: mapped.notes,
    files: walked.files,
  };
}
