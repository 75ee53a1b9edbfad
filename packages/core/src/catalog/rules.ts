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

export type RuleId = BundleRuleId | LintRuleId;

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
};

export function ruleDocsUrl(id: RuleId): string {
  return `${DOCS_BASE_URL}${id}.md`;
}
