/**
 * Which env names are secrets, and which reach the browser. Shared by the ESLint rules,
 * the diff scan (.env files, workflows, Dockerfiles) and the bundle scan's messages.
 */
import { FRAMEWORKS, type Framework } from './frameworks.js';
import { PUBLIC_ENV_NAME_WORDS } from './public-by-design.js';
import { PROVIDER_NAME_WORDS, hasSegment, providerOfEnvName, type Provider, type ProviderId } from './providers.js';

/** Segments that make any name a secret. */
const SECRET_WORDS = ['SECRET', 'PRIVATE', 'PASSWORD', 'PASSWD', 'CREDENTIAL', 'CREDENTIALS', 'SERVICE_ROLE', 'API_KEY', 'APIKEY', 'ACCESS_TOKEN', 'AUTH_TOKEN', 'ADMIN_KEY'];
/** Segments that make a name a secret when it also names an AI provider (`VITE_ANTHROPIC_KEY`). */
const KEY_WORDS = ['KEY', 'TOKEN', 'SECRET'];

export interface PublicPrefixMatch {
  prefix: string;
  frameworks: readonly Framework[];
}

/** Every browser-exposed prefix the catalog knows, longest first so `NUXT_PUBLIC_` wins over `PUBLIC_`. */
export const PUBLIC_ENV_PREFIXES: readonly string[] = [...new Set(FRAMEWORKS.flatMap((f) => f.publicEnvPrefixes))].sort(
  (a, b) => b.length - a.length,
);

/** The browser-exposed prefix `name` starts with, and the frameworks that expose it, or undefined. */
export function publicPrefixOf(name: string, prefixes: readonly string[] = PUBLIC_ENV_PREFIXES): PublicPrefixMatch | undefined {
  const prefix = prefixes.find((p) => name.startsWith(p) && name.length > p.length);
  if (!prefix) return undefined;
  return { prefix, frameworks: FRAMEWORKS.filter((f) => f.publicEnvPrefixes.includes(prefix)) };
}

export interface SecretEnvName {
  /** The provider the name belongs to, when it names one. */
  provider: Provider | undefined;
}

/**
 * Whether an env name (without or after its public prefix) holds a secret: it names a provider's key
 * (`OPENAI_API_KEY`, `ANTHROPIC_KEY`) or says SECRET/PRIVATE/API_KEY…, and is not public by design.
 * `extraSecretNames` are exact names or `*` globs the user adds.
 */
export function secretEnvName(name: string, extraSecretNames: readonly string[] = []): SecretEnvName | undefined {
  const upper = name.toUpperCase();
  const prefix = publicPrefixOf(upper);
  const rest = prefix ? upper.slice(prefix.prefix.length) : upper;
  if (extraSecretNames.some((pattern) => globMatchesName(pattern, name) || globMatchesName(pattern, rest))) {
    return { provider: providerOfEnvName(rest) };
  }
  if (PUBLIC_ENV_NAME_WORDS.some((word) => hasSegment(rest, word))) return undefined;
  const provider = providerOfEnvName(rest);
  const namesProvider = provider && PROVIDER_NAME_WORDS[provider.id as ProviderId].some((w) => hasSegment(rest, w));
  const knownName = provider?.envNames.some((env) => rest === env || rest.endsWith(`_${env}`));
  if (knownName) return { provider };
  if (namesProvider && KEY_WORDS.some((w) => hasSegment(rest, w) || rest.endsWith(w))) return { provider };
  if (SECRET_WORDS.some((w) => hasSegment(rest, w))) return { provider };
  return undefined;
}

/** `OPENAI_*` style globs for user options; a plain name matches itself. */
export function globMatchesName(pattern: string, name: string): boolean {
  if (!pattern.includes('*')) return pattern === name;
  let compiled = GLOB_CACHE.get(pattern);
  if (!compiled) {
    const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
    compiled = new RegExp(`^${escaped}$`);
    GLOB_CACHE.set(pattern, compiled);
  }
  return compiled.test(name);
}

/** Compiled user globs, so a rule visiting many nodes compiles each pattern once. */
const GLOB_CACHE = new Map<string, RegExp>();

/**
 * A browser-exposed env name that holds a secret (`NEXT_PUBLIC_OPENAI_API_KEY`): its prefix, frameworks and
 * provider, or undefined. `allow` names (exact or `*` globs) are never reported.
 */
export function publicSecretEnvName(
  name: string,
  options: { allow?: readonly string[]; additionalSecretNames?: readonly string[]; prefixes?: readonly string[] } = {},
): (PublicPrefixMatch & SecretEnvName) | undefined {
  if (options.allow?.some((pattern) => globMatchesName(pattern, name))) return undefined;
  const prefix = publicPrefixOf(name, options.prefixes);
  if (!prefix) return undefined;
  const secret = secretEnvName(name, options.additionalSecretNames);
  return secret ? { ...prefix, ...secret } : undefined;
}
