export { runAudit, adminKeys, settingsFrom, type AuditOptions, type AuditResult, type AuditStats, type FixMode } from './run.js';
export { AuditError, redactSecret, type AuditErrorKind } from './http.js';
export { parseLeakedReport, readLeakedReport, matchKey, redactedParts, type LeakedKey, type KeyMatch } from './leaked.js';
export { DEFAULT_SETTINGS, MIN_SPIKE_USD, type AuditSettings } from './checks.js';
