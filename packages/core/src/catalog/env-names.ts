/**
 * Which env names are secrets, and which reach the browser. Shared by the ESLint rules,
 * the diff scan (.env files, workflows, Dockerfiles) and the bundle scan's messages.
 */
import { FRAMEWORKS, type Framework } from './frameworks.js';
import { PUBLIC_ENV_NAME_WORDS } from './public-by-design.js';
import { PROVIDER_MISSPELLINGS, PROVIDER_NAME_WORDS, getProvider, hasSegment, providerOfEnvName, startsWithSegment, type Provider, type ProviderId } from './providers.js';

/** Segments that make any name a secret. */
const SECRET_WORDS = ['SECRET', 'PRIVATE', 'PASSWORD', 'PASSWD', 'CREDENTIAL', 'CREDENTIALS', 'SERVICE_ROLE', 'API_KEY', 'APIKEY', 'ACCESS_TOKEN', 'AUTH_TOKEN', 'ADMIN_KEY'];
/** Segments that make a name a secret when it also names an AI provider (`VITE_ANTHROPIC_KEY`). */
const KEY_WORDS = ['KEY', 'TOKEN', 'SECRET'];
/**
 * What may stand next to a provider's name in a name that holds its key without saying KEY: `VITE_CLAUDE_API`,
 * `REACT_APP_OPENAI` (GitHub code search: `apiKey: import.meta.env.VITE_OPENAI` in 9 of 10 uses). Anything else
 * (`_MODEL`, `_VERSION`, `_ORG`, `_ENABLED`) is a setting, not a key.
 */
const BARE_KEY_SEGMENTS = new Set(['API', 'ACCESS', 'AUTH']);
/** A key glued to the provider's name: `OPENAIAPIKEY`, `CLAUDEKEY`, `GEMINI_APIKEY` is a segment already. */
const GLUED_KEY_SUFFIX = /^(?:API)?(?:KEY|TOKEN|SECRET)$/;

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
  const words = provider ? PROVIDER_NAME_WORDS[provider.id as ProviderId] : [];
  const namesProvider = words.some((w) => hasSegment(rest, w)) || (provider && PROVIDER_MISSPELLINGS[provider.id]?.some((w) => startsWithSegment(rest, w)));
  const knownName = provider?.envNames.some((env) => rest === env || rest.endsWith(`_${env}`));
  if (knownName) return { provider };
  if (namesProvider && KEY_WORDS.some((w) => hasSegment(rest, w) || rest.endsWith(w))) return { provider };
  if (provider && words.some((w) => hasSegment(rest, w)) && isBareProviderName(rest, words)) return { provider };
  const glued = gluedKeyProvider(rest);
  if (glued) return { provider: glued };
  if (SECRET_WORDS.some((w) => hasSegment(rest, w))) return { provider };
  return undefined;
}

/** The provider of a key glued to its name in one segment (`REACT_APP_OPENAIAPIKEY`, `VITE_CLAUDEKEY`). */
function gluedKeyProvider(rest: string): Provider | undefined {
  for (const segment of rest.split('_')) {
    for (const [id, words] of Object.entries(PROVIDER_NAME_WORDS) as [ProviderId, readonly string[]][]) {
      if (words.some((w) => !w.includes('_') && segment.length > w.length && segment.startsWith(w) && GLUED_KEY_SUFFIX.test(segment.slice(w.length)))) return getProvider(id);
    }
  }
  return undefined;
}

/** `OPENAI`, `CLAUDE_API`, `OPEN_AI_ACCESS`: only the provider's name and words that mean its key. */
function isBareProviderName(rest: string, words: readonly string[]): boolean {
  let remaining = `_${rest}_`;
  for (const word of [...words].sort((a, b) => b.length - a.length)) remaining = remaining.split(`_${word}_`).join('_');
  return remaining.split('_').every((segment) => segment === '' || BARE_KEY_SEGMENTS.has(segment));
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
