/**
 * Rule ids and their descriptions, the same everywhere: ESLint (prefixed `backend-only/`), the Action,
 * the CLI, SARIF. One vocabulary for users to learn.
 */
import type { Severity } from '../finding.js';

export type BundleRuleId =
  | 'no-api-key-in-bundle'
  | 'no-server-secret-in-bundle'
  | 'no-client-ai-sdk'
  | 'no-dangerously-allow-browser'
  | 'no-client-ai-api-call';

export type LintRuleId =
  | 'no-client-ai-sdk'
  | 'no-public-secret-env'
  | 'no-dangerously-allow-browser'
  | 'no-hardcoded-api-key'
  | 'no-secret-in-bundler-config'
  | 'no-secret-env-in-client'
  | 'no-client-ai-api-call'
  | 'require-rate-limit'
  | 'require-max-tokens'
  | 'weak-rate-limit';

/** Checks of the provider side (`backend-only audit`): spend limits, alerts, spend, keys, rate limits. */
export type AuditRuleId =
  | 'no-spend-limit'
  | 'missing-spend-alerts'
  | 'spend-over-budget'
  | 'spend-spike'
  | 'leaked-key-active'
  | 'stale-key'
  | 'default-rate-limits';

export type RuleId = BundleRuleId | LintRuleId | AuditRuleId;

export interface RuleInfo {
  id: RuleId;
  /** One line, for tables and SARIF shortDescription. */
  short: string;
  /** Why it matters and what to do, for SARIF fullDescription/help and the job summary. */
  help: string;
  defaultSeverity: Severity;
  /** SARIF `security-severity` (0.1–10): a shipped key is critical, a host call medium. */
  securitySeverity: number;
}

export const DOCS_BASE_URL = 'https://github.com/backend-only/backend-only/blob/main/eslint-plugin/docs/rules/';

export const RULES: Readonly<Record<RuleId, RuleInfo>> = {
  'no-api-key-in-bundle': {
    id: 'no-api-key-in-bundle',
    short: 'An AI-provider API key is in client build output.',
    help: 'Anyone who loads the page can read this key and bill your account. Revoke it now, then move the provider call to your server and keep the key in a server-only environment variable.',
    defaultSeverity: 'error',
    securitySeverity: 9.8,
  },
  'no-server-secret-in-bundle': {
    id: 'no-server-secret-in-bundle',
    short: 'A server secret (from known-secrets) is in client build output.',
    help: 'A value you declared secret was inlined into files sent to browsers, verbatim or encoded. Rotate it, and find the build step (a public env prefix, a bundler define) that copied it in.',
    defaultSeverity: 'error',
    securitySeverity: 9.8,
  },
  'no-client-ai-sdk': {
    id: 'no-client-ai-sdk',
    short: 'An AI-provider SDK is imported in client code.',
    help: 'An SDK in the browser needs its API key there too. Call the provider from a server route and let the browser call that route.',
    defaultSeverity: 'error',
    securitySeverity: 8.1,
  },
  'no-dangerously-allow-browser': {
    id: 'no-dangerously-allow-browser',
    short: 'An AI SDK is told to run in the browser (dangerouslyAllowBrowser).',
    help: 'The SDK refuses browsers because the key would be public; this option switches that guard off. Remove it and proxy the call through your server.',
    defaultSeverity: 'error',
    securitySeverity: 8.1,
  },
  'no-client-ai-api-call': {
    id: 'no-client-ai-api-call',
    short: "Client code calls an AI provider's API directly.",
    help: 'A direct call from the browser carries the key in its headers for anyone to copy. Send the request to your own server route, which adds the key and rate-limits per user.',
    defaultSeverity: 'warning',
    securitySeverity: 6.5,
  },
  'no-public-secret-env': {
    id: 'no-public-secret-env',
    short: 'A secret is named with a browser-exposed env prefix (NEXT_PUBLIC_, VITE_, …).',
    help: 'Frameworks inline every variable with a public prefix into client bundles. Rename it without the prefix and read it only in server code.',
    defaultSeverity: 'error',
    securitySeverity: 8.8,
  },
  'no-hardcoded-api-key': {
    id: 'no-hardcoded-api-key',
    short: 'An AI-provider API key is written in source code.',
    help: 'Keys in source reach the repository, its forks and often the bundle. Revoke it, then read it from a server environment variable.',
    defaultSeverity: 'error',
    securitySeverity: 9.1,
  },
  'no-secret-in-bundler-config': {
    id: 'no-secret-in-bundler-config',
    short: 'Bundler config inlines a server secret into client bundles.',
    help: "next.config env, Vite define, webpack DefinePlugin and Nuxt runtimeConfig.public copy values into the browser build. Remove the secret from them and read it on the server.",
    defaultSeverity: 'error',
    securitySeverity: 8.8,
  },
  'no-secret-env-in-client': {
    id: 'no-secret-env-in-client',
    short: 'Client code reads a server-only secret from the environment.',
    help: 'In the browser this is undefined at best and an inlined secret at worst. Move the code that needs it to the server.',
    defaultSeverity: 'error',
    securitySeverity: 7.5,
  },
  'require-rate-limit': {
    id: 'require-rate-limit',
    short: 'A server endpoint spends AI-provider money with no rate limit or quota before the call.',
    help: 'Anyone can call this endpoint as often as a script can, and every call is billed to you. Limit it per user (or per IP when it has no user) before the provider call: Upstash Ratelimit on Vercel or the edge, rate-limiter-flexible or express-rate-limit on Node, the rate-limit binding on Cloudflare Workers.',
    defaultSeverity: 'error',
    securitySeverity: 6.5,
  },
  'require-max-tokens': {
    id: 'require-max-tokens',
    short: 'An AI call sets no server-side output cap, or takes its cap, model or options from the request.',
    help: 'Without a cap one request can cost the model\'s whole output window; a cap or model read from the request lets the caller pick the price. Set max_tokens (or the SDK\'s name for it) to a constant on the server and choose the model there.',
    defaultSeverity: 'error',
    securitySeverity: 5.3,
  },
  'weak-rate-limit': {
    id: 'weak-rate-limit',
    short: 'A rate limit on an AI endpoint may not run, or a caller can get around it.',
    help: 'A limiter that only exists when an env var is set, that counts every caller in one bucket, or that is keyed on a header the client writes does not bound what one caller spends. Fail closed, and key the limit on the user id (or the client IP when there is no user).',
    defaultSeverity: 'warning',
    securitySeverity: 4.3,
  },
  'no-spend-limit': {
    id: 'no-spend-limit',
    short: 'The organization or project has no hard spend limit, or one above its budget.',
    help: 'Without a hard limit a leaked key or an abused endpoint bills without end. Set a monthly limit at or below the budget (backend-only audit --fix=limit, or the provider console).',
    defaultSeverity: 'error',
    securitySeverity: 7.5,
  },
  'missing-spend-alerts': {
    id: 'missing-spend-alerts',
    short: 'Spend alerts at 50%, 80% and 100% of the budget are missing.',
    help: 'Alerts make a leak visible in hours instead of at the end of the month. Create the missing ones (backend-only audit --fix) or in the provider console.',
    defaultSeverity: 'error',
    securitySeverity: 5.3,
  },
  'spend-over-budget': {
    id: 'spend-over-budget',
    short: "This month's spend is at or above 80% of the budget.",
    help: 'Find what is spending (the costs by project and key), revoke keys you do not recognise, and raise the budget only if the spend is yours.',
    defaultSeverity: 'error',
    securitySeverity: 6.5,
  },
  'spend-spike': {
    id: 'spend-spike',
    short: "Yesterday's cost is far above the trailing 7-day median.",
    help: 'A sudden spike is how a leaked key or an abused endpoint shows up first. Check the costs by project and API key for yesterday, and revoke what you do not recognise.',
    defaultSeverity: 'warning',
    securitySeverity: 6.5,
  },
  'leaked-key-active': {
    id: 'leaked-key-active',
    short: 'An API key that a scan found in client code or a diff is still active.',
    help: 'A key that reached a bundle or a commit is public. Revoke it at the provider and deploy a new one server-side only.',
    defaultSeverity: 'error',
    securitySeverity: 9.8,
  },
  'stale-key': {
    id: 'stale-key',
    short: 'An API key is unused for a long time, too old, or in use without an allow-listed owner.',
    help: 'Keys nobody uses are risk without benefit; old keys have had time to leak. Revoke unused keys and rotate old ones.',
    defaultSeverity: 'warning',
    securitySeverity: 4.3,
  },
  'default-rate-limits': {
    id: 'default-rate-limits',
    short: "A project that serves public traffic keeps the organization's default rate limits.",
    help: 'Lower the project rate limits to what the public feature needs, so a script cannot spend the whole organization limit through it.',
    defaultSeverity: 'note',
    securitySeverity: 3.1,
  },
};

export const AUDIT_RULE_IDS: ReadonlySet<RuleId> = new Set<AuditRuleId>([
  'no-spend-limit',
  'missing-spend-alerts',
  'spend-over-budget',
  'spend-spike',
  'leaked-key-active',
  'stale-key',
  'default-rate-limits',
]);

/** Bundle rules whose evidence is a secret, fingerprinted from the secret alone: one key is one finding wherever it shipped. */
export const SECRET_RULE_IDS: ReadonlySet<RuleId> = new Set<BundleRuleId>(['no-api-key-in-bundle', 'no-server-secret-in-bundle']);

/** The audit's checks are documented in the README section, not as ESLint rule pages. */
export const AUDIT_DOCS_URL = 'https://github.com/backend-only/backend-only/blob/main/README.md#billing-alerts-and-rotation';

export function ruleDocsUrl(id: RuleId): string {
  return AUDIT_RULE_IDS.has(id) ? AUDIT_DOCS_URL : `${DOCS_BASE_URL}${id}.md`;
}
