/**
 * What we know about each AI provider: key shapes, SDK module names, strings that fingerprint the SDK
 * inside a minified bundle, API hosts, env names and where a leaked key is revoked.
 * Every rule and scanner reads this table; none keeps its own copy.
 * Sources are cited per entry; shared/REFERENCE.md (Part A) quotes them.
 */
import { GOOGLE_PUBLIC_KEY_USES, type PublicKeyUses } from './public-by-design.js';

export type ProviderId =
  | 'openai'
  | 'anthropic'
  | 'google'
  | 'groq'
  | 'xai'
  | 'openrouter'
  | 'huggingface'
  | 'replicate'
  | 'perplexity'
  | 'mistral'
  | 'cohere'
  | 'deepseek'
  | 'together'
  | 'fireworks'
  | 'cerebras'
  | 'elevenlabs'
  | 'azure-openai'
  | 'bedrock';

/** The characters a key is made of: a key ends where a character outside this set begins. */
export const KEY_CHAR = /[A-Za-z0-9_-]/;

export interface KeyShape {
  /** Stable id, used in messages and SARIF properties (`openai-project`). */
  id: string;
  provider: ProviderId;
  label: string;
  /** The literal the scanner finds with a plain search before anything else runs. */
  anchor: string;
  /** The exact shape of the whole token (anchored, no nested quantifiers). */
  pattern: RegExp;
  /** OpenAI keys carry `T3BlbkFJ` (base64 "OpenAI") between two random parts of equal length. */
  symmetricAround?: string;
  /**
   * Shapes too generic to match alone (DeepSeek `sk-` + 32 hex, Google `AIza…`) need one of these words
   * (case-insensitive) in the key's own name or within CONTEXT_WINDOW characters, and are reported with
   * medium confidence.
   */
  requiresContext?: readonly string[];
  /**
   * Prefilter literals (this provider's API hosts or SDK markers) that count as context anywhere in the same
   * file: a minified chunk keeps `new Xe({apiKey:"AIza…"})` kilobytes away from the SDK code that names the host.
   */
  fileContext?: readonly string[];
  /** Where a key of this shape is public by design (a Firebase web config's `AIza…` key): never reported there. */
  publicUses?: PublicKeyUses;
}

/** How far around a contextual shape the scanner looks for its context words. */
export const CONTEXT_WINDOW = 256;

export interface Provider {
  id: ProviderId;
  name: string;
  keys: readonly KeyShape[];
  /** Key shapes that exist but cannot be told from random text without context; listed so nobody adds them blindly. */
  undetectableKeys?: string;
  /** npm modules that talk to this provider with a secret key: importing one in client code ships the key. */
  sdkModules: readonly string[];
  /**
   * Subpaths of those modules that hold no client (types, enums, error classes, stream parsers): importing one
   * brings neither a key nor a way to call the API into a bundle. Each entry covers itself and everything below it.
   */
  clientlessSubpaths?: readonly string[];
  /**
   * Strings that survive minification inside the SDK's own code. A chunk holding at least
   * `sdkMarkersRequired` of them contains the SDK.
   */
  sdkMarkers: readonly string[];
  sdkMarkersRequired: number;
  /** Hosts of the provider's secret-key API (no scheme). */
  apiHosts: readonly string[];
  /** Env names the SDK reads by default, and the usual names for this provider's key. */
  envNames: readonly string[];
  /** Where the owner of a leaked key revokes it. */
  revokeUrl: string;
}

const OPENAI_MARKER = 'T3BlbkFJ';
const B64URL = 'A-Za-z0-9_-';

/** An OpenAI key shape: prefix, then equal random parts of one of `sides` lengths around the marker. */
function openAiShape(id: string, label: string, prefix: string, alphabet: string, sides: string): KeyShape {
  return {
    id,
    provider: 'openai',
    label,
    anchor: 'sk-',
    pattern: new RegExp(`^${prefix}[${alphabet}]{${sides}}${OPENAI_MARKER}[${alphabet}]{${sides}}$`),
    symmetricAround: OPENAI_MARKER,
  };
}

export const PROVIDERS: readonly Provider[] = [
  {
    id: 'openai',
    name: 'OpenAI',
    keys: [
      // gitleaks cmd/generate/config/rules/openai.go; betterleaks config adds the 20-char project form (gitleaks #2055).
      openAiShape('openai-project', 'OpenAI project key', 'sk-proj-', B64URL, '20,74'),
      openAiShape('openai-service-account', 'OpenAI service-account key', 'sk-svcacct-', B64URL, '20,74'),
      openAiShape('openai-admin', 'OpenAI admin key', 'sk-admin-', B64URL, '20,74'),
      // Legacy user key, 51 chars (gitleaks; GitGuardian detector page).
      openAiShape('openai-legacy', 'OpenAI legacy key', 'sk-', 'A-Za-z0-9', '20'),
      // trivy builtin-rules.go: optional `None-`, 20–42 per side; `sk-service-<name>-…`.
      openAiShape('openai-legacy-none', 'OpenAI legacy key', 'sk-None-', 'A-Za-z0-9', '20,42'),
      openAiShape('openai-service', 'OpenAI service key', 'sk-service-[A-Za-z0-9-]{1,64}-', 'A-Za-z0-9', '20'),
    ],
    // langchain before 0.1 shipped each provider as a subpath of `langchain` (langchain-ai/langchainjs, the 0.0.x
    // package.json exports; all three are common in public code).
    sdkModules: ['openai', 'openai-edge', '@ai-sdk/openai', '@langchain/openai', '@openai/agents', '@openai/agents-openai', 'langchain/chat_models/openai', 'langchain/llms/openai', 'langchain/embeddings/openai'],
    // openai-node package.json `exports` (v4–v6): lib/* are stream parsers and runners fed a client by the caller,
    // helpers/* build schemas (zod, audio), resources/* hold types, enums and resource classes that need a client.
    clientlessSubpaths: ['openai/lib', 'openai/helpers', 'openai/resources', 'openai/error', 'openai/streaming', 'openai/uploads', 'openai/pagination', 'openai/version'],
    // Strings of openai-node's client (src/client.ts: readEnv('OPENAI_BASE_URL'), the OpenAI-Organization and
    // OpenAI-Project headers, the browser guard's message). All five survive a Next.js 16 production build and an
    // esbuild minified browser bundle of openai@6 (packages/core/test/sdk-markers.test.ts).
    sdkMarkers: ['OPENAI_BASE_URL', 'OpenAI-Organization', 'OpenAI-Project', 'https://api.openai.com/v1', 'OPENAI_ORG_ID'],
    sdkMarkersRequired: 2,
    apiHosts: ['api.openai.com'],
    envNames: ['OPENAI_API_KEY', 'OPENAI_ADMIN_KEY'],
    revokeUrl: 'https://platform.openai.com/api-keys',
  },
  {
    id: 'anthropic',
    name: 'Anthropic',
    keys: [
      // gitleaks anthropic.go; TruffleHog anthropic/anthropic.go: 93 chars then `AA`. 16 keys leaked in public code
      // (GitHub code search, Dec 2026) all have 93; keys with 91 before the `AA` are reported too (issue 11), so
      // 91–93 match. The sk-ant-api03- prefix is Anthropic's alone, so the wider length costs no false match.
      { id: 'anthropic-api', provider: 'anthropic', label: 'Anthropic API key', anchor: 'sk-', pattern: /^sk-ant-api03-[A-Za-z0-9_-]{91,93}AA$/ },
      { id: 'anthropic-admin', provider: 'anthropic', label: 'Anthropic admin key', anchor: 'sk-', pattern: /^sk-ant-admin01-[A-Za-z0-9_-]{91,93}AA$/ },
      // gitleaks anthropic.go OAuth tokens.
      { id: 'anthropic-oauth', provider: 'anthropic', label: 'Anthropic OAuth token', anchor: 'sk-', pattern: /^sk-ant-o[ar]t01-[A-Za-z0-9_-]{40,200}$/ },
    ],
    sdkModules: ['@anthropic-ai/sdk', '@ai-sdk/anthropic', '@langchain/anthropic', '@anthropic-ai/claude-agent-sdk', 'langchain/chat_models/anthropic'],
    // anthropic-sdk-typescript package.json `exports`: resources/* are types and resource classes, lib/MessageStream
    // parses a stream the caller opened (lib/ also holds credential helpers, so only the stream parsers are listed).
    clientlessSubpaths: [
      '@anthropic-ai/sdk/resources',
      '@anthropic-ai/sdk/error',
      '@anthropic-ai/sdk/streaming',
      '@anthropic-ai/sdk/lib/MessageStream',
      '@anthropic-ai/sdk/lib/BetaMessageStream',
      '@anthropic-ai/sdk/uploads',
      '@anthropic-ai/sdk/pagination',
      '@anthropic-ai/sdk/version',
    ],
    // anthropic-sdk-typescript src/client.ts: readEnv('ANTHROPIC_BASE_URL'), the anthropic-version header.
    sdkMarkers: ['ANTHROPIC_BASE_URL', 'anthropic-version', 'https://api.anthropic.com', 'ANTHROPIC_AUTH_TOKEN'],
    sdkMarkersRequired: 2,
    apiHosts: ['api.anthropic.com'],
    envNames: ['ANTHROPIC_API_KEY', 'ANTHROPIC_AUTH_TOKEN', 'CLAUDE_API_KEY'],
    revokeUrl: 'https://console.anthropic.com/settings/keys',
  },
  {
    id: 'google',
    name: 'Google Gemini',
    keys: [
      // gitleaks gcp-api-key; TruffleHog googlegemini. The same shape serves Maps and Firebase web config, which
      // are public by design (GOOGLE_PUBLIC_KEY_USES), so a match needs Gemini evidence: its name or words near it
      // (`VITE_GEMINI_API_KEY`, `GoogleGenerativeAI`), or Gemini's host or SDK markers in the same file. Not
      // `x-goog-api-client`: Firebase's own SDKs send that header too.
      {
        id: 'google-api',
        provider: 'google',
        label: 'Google API key',
        anchor: 'AIza',
        pattern: /^AIza[A-Za-z0-9_-]{35}$/,
        requiresContext: ['generativelanguage', 'gemini', 'genai', 'google_ai', 'GoogleGenerativeAI'],
        fileContext: ['generativelanguage.googleapis.com', 'google-genai-sdk/', 'GOOGLE_GENAI_API_KEY', 'GEMINI_API_KEY', 'genai-js'],
        publicUses: GOOGLE_PUBLIC_KEY_USES,
      },
    ],
    sdkModules: [
      '@google/generative-ai',
      '@google/genai',
      '@ai-sdk/google',
      '@ai-sdk/google-vertex',
      '@langchain/google-genai',
      '@langchain/google-vertexai',
      '@langchain/google-vertexai-web',
      '@google-cloud/vertexai',
      'langchain/llms/googlevertexai',
      'langchain/chat_models/googlevertexai',
    ],
    // @google/genai's browser build keeps its `google-genai-sdk/` user agent and its GOOGLE_GENAI_API_KEY read after
    // minification (GEMINI_API_KEY is tree-shaken away); the older @google/generative-ai sends `genai-js` in
    // x-goog-api-client. Checked by packages/core/test/sdk-markers.test.ts.
    sdkMarkers: ['generativelanguage.googleapis.com', 'google-genai-sdk/', 'GOOGLE_GENAI_API_KEY', 'GEMINI_API_KEY', 'genai-js', 'x-goog-api-client'],
    sdkMarkersRequired: 2,
    apiHosts: ['generativelanguage.googleapis.com', 'aiplatform.googleapis.com'],
    envNames: ['GEMINI_API_KEY', 'GOOGLE_API_KEY', 'GOOGLE_GENERATIVE_AI_API_KEY'],
    revokeUrl: 'https://aistudio.google.com/app/apikey',
  },
  {
    id: 'groq',
    name: 'Groq',
    // TruffleHog groq; secretlint-rule-groq: gsk_ + 52 alphanumerics.
    keys: [{ id: 'groq-api', provider: 'groq', label: 'Groq API key', anchor: 'gsk_', pattern: /^gsk_[A-Za-z0-9]{52}$/ }],
    sdkModules: ['groq-sdk', '@ai-sdk/groq', '@langchain/groq'],
    // groq-typescript is generated by Stainless like openai-node: resources/* and error hold no client.
    clientlessSubpaths: ['groq-sdk/resources', 'groq-sdk/error', 'groq-sdk/streaming'],
    sdkMarkers: ['GROQ_BASE_URL', 'https://api.groq.com', 'GROQ_API_KEY'],
    sdkMarkersRequired: 2,
    apiHosts: ['api.groq.com'],
    envNames: ['GROQ_API_KEY'],
    revokeUrl: 'https://console.groq.com/keys',
  },
  {
    id: 'xai',
    name: 'xAI',
    // TruffleHog xai: xai- + 80 of [0-9a-zA-Z_].
    keys: [{ id: 'xai-api', provider: 'xai', label: 'xAI API key', anchor: 'xai-', pattern: /^xai-[A-Za-z0-9_]{80}$/ }],
    sdkModules: ['@ai-sdk/xai', '@langchain/xai'],
    sdkMarkers: ['https://api.x.ai', 'XAI_API_KEY'],
    sdkMarkersRequired: 2,
    apiHosts: ['api.x.ai'],
    envNames: ['XAI_API_KEY', 'GROK_API_KEY'],
    revokeUrl: 'https://console.x.ai',
  },
  {
    id: 'openrouter',
    name: 'OpenRouter',
    // TruffleHog openrouter; betterleaks: sk-or-v1- + 64 hex.
    keys: [{ id: 'openrouter-api', provider: 'openrouter', label: 'OpenRouter API key', anchor: 'sk-', pattern: /^sk-or-v1-[0-9a-f]{64}$/ }],
    sdkModules: ['@openrouter/ai-sdk-provider', '@openrouter/sdk'],
    sdkMarkers: ['https://openrouter.ai/api', 'OPENROUTER_API_KEY'],
    sdkMarkersRequired: 2,
    apiHosts: ['openrouter.ai/api'],
    envNames: ['OPENROUTER_API_KEY'],
    revokeUrl: 'https://openrouter.ai/settings/keys',
  },
  {
    id: 'huggingface',
    name: 'Hugging Face',
    // TruffleHog huggingface: (hf_|api_org_) + 34 alphanumerics (gitleaks and secretlint allow letters only).
    keys: [
      { id: 'huggingface-token', provider: 'huggingface', label: 'Hugging Face token', anchor: 'hf_', pattern: /^hf_[A-Za-z0-9]{34}$/ },
      { id: 'huggingface-org', provider: 'huggingface', label: 'Hugging Face org token', anchor: 'api_org_', pattern: /^api_org_[A-Za-z0-9]{34}$/ },
    ],
    sdkModules: ['@huggingface/inference', '@ai-sdk/huggingface', '@langchain/community/llms/hf', 'langchain/llms/hf', 'langchain/embeddings/hf'],
    sdkMarkers: ['https://router.huggingface.co', 'https://api-inference.huggingface.co', 'HF_TOKEN'],
    sdkMarkersRequired: 2,
    apiHosts: ['api-inference.huggingface.co', 'router.huggingface.co'],
    envNames: ['HF_TOKEN', 'HUGGINGFACE_API_KEY', 'HUGGING_FACE_HUB_TOKEN'],
    revokeUrl: 'https://huggingface.co/settings/tokens',
  },
  {
    id: 'replicate',
    name: 'Replicate',
    // TruffleHog replicate: r8_ + 37 of [0-9A-Za-z_-].
    keys: [{ id: 'replicate-api', provider: 'replicate', label: 'Replicate API token', anchor: 'r8_', pattern: /^r8_[A-Za-z0-9_-]{37}$/ }],
    sdkModules: ['replicate', '@ai-sdk/replicate', '@langchain/community/llms/replicate', 'langchain/llms/replicate'],
    sdkMarkers: ['https://api.replicate.com', 'REPLICATE_API_TOKEN'],
    sdkMarkersRequired: 2,
    apiHosts: ['api.replicate.com'],
    envNames: ['REPLICATE_API_TOKEN'],
    revokeUrl: 'https://replicate.com/account/api-tokens',
  },
  {
    id: 'perplexity',
    name: 'Perplexity',
    // gitleaks, betterleaks: pplx- + 48 alphanumerics.
    keys: [{ id: 'perplexity-api', provider: 'perplexity', label: 'Perplexity API key', anchor: 'pplx-', pattern: /^pplx-[A-Za-z0-9]{48}$/ }],
    sdkModules: ['@ai-sdk/perplexity', '@perplexity-ai/perplexity_ai'],
    sdkMarkers: ['https://api.perplexity.ai', 'PERPLEXITY_API_KEY'],
    sdkMarkersRequired: 2,
    apiHosts: ['api.perplexity.ai'],
    envNames: ['PERPLEXITY_API_KEY', 'PPLX_API_KEY'],
    revokeUrl: 'https://www.perplexity.ai/settings/api',
  },
  {
    id: 'mistral',
    name: 'Mistral',
    keys: [],
    undetectableKeys: '32 alphanumerics with no prefix (betterleaks needs the word "mistral" nearby): not matched alone.',
    sdkModules: ['@mistralai/mistralai', '@ai-sdk/mistral', '@langchain/mistralai'],
    // client-ts (Speakeasy) README "Models": models/components and models/errors are types, zod schemas and errors.
    clientlessSubpaths: ['@mistralai/mistralai/models'],
    sdkMarkers: ['https://api.mistral.ai', 'MISTRAL_API_KEY'],
    sdkMarkersRequired: 2,
    apiHosts: ['api.mistral.ai'],
    envNames: ['MISTRAL_API_KEY'],
    revokeUrl: 'https://console.mistral.ai/api-keys',
  },
  {
    id: 'cohere',
    name: 'Cohere',
    keys: [],
    undetectableKeys: '40 alphanumerics with no prefix (gitleaks needs "cohere" or CO_API_KEY nearby): not matched alone.',
    sdkModules: ['cohere-ai', '@ai-sdk/cohere', '@langchain/cohere', 'langchain/llms/cohere', 'langchain/embeddings/cohere'],
    sdkMarkers: ['https://api.cohere.com', 'https://api.cohere.ai', 'CO_API_KEY'],
    sdkMarkersRequired: 2,
    apiHosts: ['api.cohere.ai', 'api.cohere.com'],
    envNames: ['COHERE_API_KEY', 'CO_API_KEY'],
    revokeUrl: 'https://dashboard.cohere.com/api-keys',
  },
  {
    id: 'deepseek',
    name: 'DeepSeek',
    // TruffleHog deepseek: sk- + 32 lowercase hex, only with the word "deepseek" nearby (collides with generic sk-).
    keys: [
      {
        id: 'deepseek-api',
        provider: 'deepseek',
        label: 'DeepSeek API key',
        anchor: 'sk-',
        pattern: /^sk-[0-9a-f]{32}$/,
        requiresContext: ['deepseek'],
      },
    ],
    sdkModules: ['@ai-sdk/deepseek', '@langchain/deepseek'],
    sdkMarkers: ['https://api.deepseek.com', 'DEEPSEEK_API_KEY'],
    sdkMarkersRequired: 2,
    apiHosts: ['api.deepseek.com'],
    envNames: ['DEEPSEEK_API_KEY'],
    revokeUrl: 'https://platform.deepseek.com/api_keys',
  },
  {
    id: 'together',
    name: 'Together AI',
    // betterleaks: tgp_v1_ + 43 of [A-Za-z0-9_-].
    keys: [{ id: 'together-api', provider: 'together', label: 'Together AI key', anchor: 'tgp_v1_', pattern: /^tgp_v1_[A-Za-z0-9_-]{43}$/ }],
    sdkModules: ['together-ai', '@ai-sdk/togetherai', '@langchain/community/chat_models/togetherai', '@langchain/community/llms/togetherai'],
    // together-typescript is generated by Stainless like openai-node: lib/* are stream helpers, resources/* types.
    clientlessSubpaths: ['together-ai/lib', 'together-ai/resources', 'together-ai/error', 'together-ai/streaming'],
    sdkMarkers: ['https://api.together.xyz', 'TOGETHER_API_KEY'],
    sdkMarkersRequired: 2,
    apiHosts: ['api.together.xyz'],
    envNames: ['TOGETHER_API_KEY', 'TOGETHER_AI_API_KEY'],
    revokeUrl: 'https://api.together.ai/settings/api-keys',
  },
  {
    id: 'fireworks',
    name: 'Fireworks AI',
    keys: [],
    undetectableKeys: 'no published shape (only a third-party `fw_` heuristic): not matched.',
    sdkModules: ['@ai-sdk/fireworks', '@langchain/community/llms/fireworks', '@langchain/community/chat_models/fireworks'],
    sdkMarkers: ['https://api.fireworks.ai', 'FIREWORKS_API_KEY'],
    sdkMarkersRequired: 2,
    apiHosts: ['api.fireworks.ai'],
    envNames: ['FIREWORKS_API_KEY'],
    revokeUrl: 'https://fireworks.ai/account/api-keys',
  },
  {
    id: 'cerebras',
    name: 'Cerebras',
    // Seen in public scanners: csk- + 48 alphanumerics.
    keys: [{ id: 'cerebras-api', provider: 'cerebras', label: 'Cerebras API key', anchor: 'csk-', pattern: /^csk-[A-Za-z0-9]{48}$/ }],
    sdkModules: ['@cerebras/cerebras_cloud_sdk', '@ai-sdk/cerebras', '@langchain/cerebras'],
    sdkMarkers: ['https://api.cerebras.ai', 'CEREBRAS_API_KEY'],
    sdkMarkersRequired: 2,
    apiHosts: ['api.cerebras.ai'],
    envNames: ['CEREBRAS_API_KEY'],
    revokeUrl: 'https://cloud.cerebras.ai',
  },
  {
    id: 'elevenlabs',
    name: 'ElevenLabs',
    keys: [],
    undetectableKeys: '`sk_` + 48 hex (TruffleHog v2) shares Stripe\'s prefix family: not matched alone.',
    sdkModules: ['elevenlabs', '@elevenlabs/elevenlabs-js', '@ai-sdk/elevenlabs'],
    sdkMarkers: ['https://api.elevenlabs.io', 'ELEVENLABS_API_KEY', 'xi-api-key'],
    sdkMarkersRequired: 2,
    apiHosts: ['api.elevenlabs.io'],
    envNames: ['ELEVENLABS_API_KEY'],
    revokeUrl: 'https://elevenlabs.io/app/settings/api-keys',
  },
  {
    id: 'azure-openai',
    name: 'Azure OpenAI',
    keys: [],
    undetectableKeys: '32 hex with no prefix (TruffleHog azure_openai pairs it with an *.openai.azure.com host): not matched alone.',
    sdkModules: ['@azure/openai', '@ai-sdk/azure'],
    sdkMarkers: ['.openai.azure.com', 'AZURE_OPENAI_API_KEY', 'AZURE_API_KEY'],
    sdkMarkersRequired: 2,
    apiHosts: ['.openai.azure.com'],
    envNames: ['AZURE_OPENAI_API_KEY', 'AZURE_API_KEY'],
    revokeUrl: 'https://portal.azure.com',
  },
  {
    id: 'bedrock',
    name: 'Amazon Bedrock',
    keys: [],
    undetectableKeys: 'AWS credentials: left to general secret scanners.',
    sdkModules: ['@aws-sdk/client-bedrock-runtime', '@ai-sdk/amazon-bedrock', '@langchain/aws'],
    sdkMarkers: ['bedrock-runtime', 'AWS_SECRET_ACCESS_KEY'],
    sdkMarkersRequired: 2,
    apiHosts: ['bedrock-runtime.'],
    envNames: ['AWS_SECRET_ACCESS_KEY', 'AWS_BEARER_TOKEN_BEDROCK'],
    revokeUrl: 'https://console.aws.amazon.com/iam',
  },
];

const BY_ID = new Map(PROVIDERS.map((p) => [p.id, p]));

export function getProvider(id: ProviderId): Provider {
  const provider = BY_ID.get(id);
  if (!provider) throw new Error(`Unknown provider '${id}'`);
  return provider;
}

/** Every key shape of every provider, in catalog order. */
export const KEY_SHAPES: readonly KeyShape[] = PROVIDERS.flatMap((p) => p.keys);

/** The literal start of a shape (`sk-proj-`, `sk-ant-api03-`, `gsk_`): what a redaction may show. */
export function shapePrefix(shape: KeyShape): string {
  let prefix = SHAPE_PREFIXES.get(shape);
  if (prefix === undefined) {
    prefix = /^\^([A-Za-z0-9_-]*)/.exec(shape.pattern.source)?.[1] ?? '';
    SHAPE_PREFIXES.set(shape, prefix);
  }
  return prefix;
}
const SHAPE_PREFIXES = new WeakMap<KeyShape, string>();

/** Longest possible key: the scanner never reads further than this past an anchor. */
export const MAX_KEY_LENGTH = 256;

/**
 * The provider whose SDK a module specifier imports (`openai`, `openai/resources`, `@ai-sdk/openai`),
 * or undefined. Subpaths of an SDK count; `import type` is the caller's concern.
 */
export function providerOfModule(specifier: string): Provider | undefined {
  return SDK_MODULE_INDEX.get(specifier) ?? SDK_MODULE_INDEX.get(packageName(specifier));
}

/**
 * The provider whose client an import brings into a bundle: providerOfModule, minus the subpaths that hold
 * no client (`openai/resources/chat`, `openai/lib/ChatCompletionStream`, `@anthropic-ai/sdk/resources`).
 */
export function sdkImportProvider(specifier: string): Provider | undefined {
  const provider = providerOfModule(specifier);
  if (!provider?.clientlessSubpaths) return provider;
  const clientless = provider.clientlessSubpaths.some((subpath) => specifier === subpath || specifier.startsWith(`${subpath}/`));
  return clientless ? undefined : provider;
}

const SDK_MODULE_INDEX = new Map<string, Provider>(PROVIDERS.flatMap((p) => p.sdkModules.map((m) => [m, p] as const)));

/** `@scope/pkg/sub` → `@scope/pkg`; `pkg/sub` → `pkg`. */
export function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** A provider and the catalog host a URL matched. */
export interface ProviderHost {
  provider: Provider;
  host: string;
}

/**
 * The provider whose API a URL points at, matched as a host (`https://api.openai.com/v1`, `//api.openai.com`,
 * `api.openai.com/v1`), never as a substring: `labs-api.perplexity.ai` is not `api.perplexity.ai`. Catalog hosts
 * starting with `.` match as a suffix (`*.openai.azure.com`), ending with `.` as a prefix (`bedrock-runtime.*`), and
 * with a `/` as a host plus a path prefix (`openrouter.ai/api`).
 */
export function providerHostOfUrl(url: string): ProviderHost | undefined {
  const parsed = hostAndPath(url);
  if (!parsed) return undefined;
  for (const provider of PROVIDERS) {
    for (const host of provider.apiHosts) {
      if (hostMatches(host, parsed.host, parsed.path)) return { provider, host };
    }
  }
  return undefined;
}

/** The provider whose API a URL points at, or undefined (see providerHostOfUrl). */
export function providerOfUrl(url: string): Provider | undefined {
  return providerHostOfUrl(url)?.provider;
}

function hostMatches(catalogHost: string, host: string, urlPath: string): boolean {
  const slash = catalogHost.indexOf('/');
  if (slash > 0) {
    const prefix = catalogHost.slice(slash);
    return host === catalogHost.slice(0, slash) && (urlPath === prefix || urlPath.startsWith(`${prefix}/`));
  }
  if (catalogHost.startsWith('.')) return host.endsWith(catalogHost) && host.length > catalogHost.length;
  if (catalogHost.endsWith('.')) return host.startsWith(catalogHost);
  return host === catalogHost;
}

/** The lower-cased host and the path of `https://host:443/path?q`, `//host/path` or `host/path`; undefined when none. */
function hostAndPath(url: string): { host: string; path: string } | undefined {
  let rest = url.trim();
  const scheme = /^(?:https?|wss?):\/\//i.exec(rest);
  if (scheme) rest = rest.slice(scheme[0].length);
  else if (rest.startsWith('//')) rest = rest.slice(2);
  else if (!/^[a-z0-9-]+\./i.test(rest)) return undefined;
  const end = rest.search(/[/?#]/);
  const authority = end === -1 ? rest : rest.slice(0, end);
  const urlPath = end === -1 ? '' : rest.slice(end).replace(/[?#].*$/, '');
  const host = authority.replace(/^[^@]*@/, '').replace(/:\d*$/, '').toLowerCase();
  return /^[a-z0-9.-]+$/.test(host) ? { host, path: urlPath } : undefined;
}

/** The provider an env name belongs to (`OPENAI_API_KEY` → OpenAI), by its known names or its name inside. */
export function providerOfEnvName(name: string): Provider | undefined {
  const upper = name.toUpperCase();
  return (
    PROVIDERS.find((p) => p.envNames.some((env) => upper === env || upper.endsWith(`_${env}`))) ??
    PROVIDERS.find((p) => PROVIDER_NAME_WORDS[p.id].some((word) => hasSegment(upper, word))) ??
    PROVIDERS.find((p) => PROVIDER_MISSPELLINGS[p.id]?.some((word) => startsWithSegment(upper, word)))
  );
}

/**
 * Misspelt provider names seen in public code (GitHub code search for each, e.g. `process.env.ANTHROPHIC_API_KEY`,
 * `os.getenv("OPENAPI_KEY")` holding an OpenAI key). They count only at the start of a name and next to KEY or
 * TOKEN: `KRX_OPENAPI_KEY` is a Korean open-data portal key, not an OpenAI one.
 */
export const PROVIDER_MISSPELLINGS: Partial<Record<ProviderId, readonly string[]>> = {
  openai: ['OPENAPI', 'OPENIA'],
  anthropic: ['ANTHROPHIC', 'ANTROPIC', 'ANTROPHIC'],
  google: ['GEMENI'],
};

/** True when `name` begins with `word` as whole segments (`OPENAPI` in `OPENAPI_KEY`, not in `OPENAPIS_KEY`). */
export function startsWithSegment(name: string, word: string): boolean {
  return name.startsWith(word) && (name.length === word.length || name[word.length] === '_');
}

/** Words that name a provider inside an env name (`VITE_CLAUDE_KEY`). */
export const PROVIDER_NAME_WORDS: Record<ProviderId, readonly string[]> = {
  openai: ['OPENAI', 'OPEN_AI', 'GPT', 'CHATGPT'],
  anthropic: ['ANTHROPIC', 'CLAUDE'],
  google: ['GEMINI', 'GOOGLE_AI', 'GOOGLE_GENERATIVE_AI', 'GENAI', 'VERTEX'],
  groq: ['GROQ'],
  xai: ['XAI', 'GROK'],
  openrouter: ['OPENROUTER', 'OPEN_ROUTER'],
  huggingface: ['HUGGINGFACE', 'HUGGING_FACE', 'HF'],
  replicate: ['REPLICATE'],
  perplexity: ['PERPLEXITY', 'PPLX'],
  mistral: ['MISTRAL'],
  cohere: ['COHERE'],
  deepseek: ['DEEPSEEK'],
  together: ['TOGETHER', 'TOGETHER_AI'],
  fireworks: ['FIREWORKS'],
  cerebras: ['CEREBRAS'],
  elevenlabs: ['ELEVENLABS', 'ELEVEN_LABS'],
  'azure-openai': ['AZURE_OPENAI'],
  bedrock: ['BEDROCK'],
};

/** True when `word` stands in `name` as whole `_`-separated segments (`HF` in `VITE_HF_TOKEN`, not in `SHELF`). */
export function hasSegment(name: string, word: string): boolean {
  let from = 0;
  for (;;) {
    const at = name.indexOf(word, from);
    if (at < 0) return false;
    const before = at === 0 || name[at - 1] === '_';
    const end = at + word.length;
    const after = end === name.length || name[end] === '_';
    if (before && after) return true;
    from = at + 1;
  }
}
