export * from './finding.js';
export * from './redact.js';
export * from './config.js';
export * from './catalog/providers.js';
export * from './catalog/frameworks.js';
export * from './catalog/env-names.js';
export * from './catalog/public-by-design.js';
export * from './catalog/rules.js';
export * from './catalog/bundler-configs.js';
export * from './catalog/server-code.js';
export * from './catalog/billable-calls.js';
export * from './catalog/guards.js';
export * from './catalog/endpoints.js';
export * from './catalog/admin-apis.js';
export * from './catalog/build-output.js';
export { TextMatcher, MATCH_MARGIN, type Hit, type HitKind, type MatcherOptions } from './scan/matcher.js';
export { scanFile, scanBuffer, WINDOW_BYTES, type FileOutcome } from './scan/file.js';
export { walk, isInside, toPosix, type ScanError, type WalkedFile, type WalkOptions } from './scan/walk.js';
<<<<<<< HEAD
export { onePerKey, describeOtherPlaces, placeText, MAX_PLACES_LISTED } from './scan/one-per-key.js';
export { scanPaths, detectClientOutput, type ScanOptions, type ScanResult, type ScanStats } from './scan/scan-paths.js';
export { toJsonReport, toJsonFinding, type JsonFinding, type JsonLocation, type JsonPlace, type JsonReport } from './report/json.js';
=======
export { scanPaths, type ScanOptions, type ScanResult, type ScanStats } from './scan/scan-paths.js';
export { toJsonReport, toJsonFinding, type JsonFinding, type JsonReport } from './report/json.js';
>>>>>>> i15-discover
export { toSarif, SARIF_SCHEMA, type SarifOptions } from './report/sarif.js';
export * from './classify/index.js';
export * from './sourcemap/index.js';
export * from './discover/index.js';
