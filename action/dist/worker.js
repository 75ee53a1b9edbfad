import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// packages/core/src/scan/worker.ts
import { parentPort, workerData } from "node:worker_threads";

// packages/core/src/catalog/providers.ts
var CONTEXT_WINDOW = 256;
var OPENAI_MARKER = "T3BlbkFJ";
var B64URL = "A-Za-z0-9_-";
function openAiShape(id, label, prefix, alphabet, sides) {
  return {
    id,
    provider: "openai",
    label,
    anchor: "sk-",
    pattern: new RegExp(`^${prefix}[${alphabet}]{${sides}}${OPENAI_MARKER}[${alphabet}]{${sides}}$`),
    symmetricAround: OPENAI_MARKER
  };
}
var PROVIDERS = [
  {
    id: "openai",
    name: "OpenAI",
    keys: [
      // gitleaks cmd/generate/config/rules/openai.go; betterleaks config adds the 20-char project form (gitleaks #2055).
      openAiShape("openai-project", "OpenAI project key", "sk-proj-", B64URL, "20,74"),
      openAiShape("openai-service-account", "OpenAI service-account key", "sk-svcacct-", B64URL, "20,74"),
      openAiShape("openai-admin", "OpenAI admin key", "sk-admin-", B64URL, "20,74"),
      // Legacy user key, 51 chars (gitleaks; GitGuardian detector page).
      openAiShape("openai-legacy", "OpenAI legacy key", "sk-", "A-Za-z0-9", "20"),
      // trivy builtin-rules.go: optional `None-`, 20–42 per side; `sk-service-<name>-…`.
      openAiShape("openai-legacy-none", "OpenAI legacy key", "sk-None-", "A-Za-z0-9", "20,42"),
      openAiShape("openai-service", "OpenAI service key", "sk-service-[A-Za-z0-9-]{1,64}-", "A-Za-z0-9", "20")
    ],
    sdkModules: ["openai", "openai-edge", "@ai-sdk/openai", "@langchain/openai", "@openai/agents", "@openai/agents-openai"],
    // Strings of openai-node's client (src/client.ts: readEnv('OPENAI_BASE_URL'), the OpenAI-Organization and
    // OpenAI-Project headers, the browser guard's message). All five survive a Next.js 16 production build and an
    // esbuild minified browser bundle of openai@6 (packages/core/test/sdk-markers.test.ts).
    sdkMarkers: ["OPENAI_BASE_URL", "OpenAI-Organization", "OpenAI-Project", "https://api.openai.com/v1", "OPENAI_ORG_ID"],
    sdkMarkersRequired: 2,
    apiHosts: ["api.openai.com"],
    envNames: ["OPENAI_API_KEY", "OPENAI_ADMIN_KEY"],
    revokeUrl: "https://platform.openai.com/api-keys"
  },
  {
    id: "anthropic",
    name: "Anthropic",
    keys: [
      // gitleaks anthropic.go; TruffleHog anthropic/anthropic.go: 93 chars then `AA`.
      { id: "anthropic-api", provider: "anthropic", label: "Anthropic API key", anchor: "sk-", pattern: /^sk-ant-api03-[A-Za-z0-9_-]{93}AA$/ },
      { id: "anthropic-admin", provider: "anthropic", label: "Anthropic admin key", anchor: "sk-", pattern: /^sk-ant-admin01-[A-Za-z0-9_-]{93}AA$/ },
      // gitleaks anthropic.go OAuth tokens.
      { id: "anthropic-oauth", provider: "anthropic", label: "Anthropic OAuth token", anchor: "sk-", pattern: /^sk-ant-o[ar]t01-[A-Za-z0-9_-]{40,200}$/ }
    ],
    sdkModules: ["@anthropic-ai/sdk", "@ai-sdk/anthropic", "@langchain/anthropic", "@anthropic-ai/claude-agent-sdk"],
    // anthropic-sdk-typescript src/client.ts: readEnv('ANTHROPIC_BASE_URL'), the anthropic-version header.
    sdkMarkers: ["ANTHROPIC_BASE_URL", "anthropic-version", "https://api.anthropic.com", "ANTHROPIC_AUTH_TOKEN"],
    sdkMarkersRequired: 2,
    apiHosts: ["api.anthropic.com"],
    envNames: ["ANTHROPIC_API_KEY", "ANTHROPIC_AUTH_TOKEN", "CLAUDE_API_KEY"],
    revokeUrl: "https://console.anthropic.com/settings/keys"
  },
  {
    id: "google",
    name: "Google Gemini",
    keys: [
      // gitleaks gcp-api-key; TruffleHog googlegemini. The same shape serves Maps and Firebase web config,
      // which are public by design, so a match needs Gemini context and no Firebase context.
      {
        id: "google-api",
        provider: "google",
        label: "Google API key",
        anchor: "AIza",
        pattern: /^AIza[A-Za-z0-9_-]{35}$/,
        requiresContext: ["generativelanguage", "gemini", "genai", "GoogleGenerativeAI"],
        publicContext: ["firebaseapp.com", "authDomain", "maps.googleapis.com"]
      }
    ],
    sdkModules: ["@google/generative-ai", "@google/genai", "@ai-sdk/google", "@ai-sdk/google-vertex", "@langchain/google-genai", "@google-cloud/vertexai"],
    // @google/genai's browser build keeps its `google-genai-sdk/` user agent and its GOOGLE_GENAI_API_KEY read after
    // minification (GEMINI_API_KEY is tree-shaken away); the older @google/generative-ai sends `genai-js` in
    // x-goog-api-client. Checked by packages/core/test/sdk-markers.test.ts.
    sdkMarkers: ["generativelanguage.googleapis.com", "google-genai-sdk/", "GOOGLE_GENAI_API_KEY", "GEMINI_API_KEY", "genai-js", "x-goog-api-client"],
    sdkMarkersRequired: 2,
    apiHosts: ["generativelanguage.googleapis.com", "aiplatform.googleapis.com"],
    envNames: ["GEMINI_API_KEY", "GOOGLE_API_KEY", "GOOGLE_GENERATIVE_AI_API_KEY"],
    revokeUrl: "https://aistudio.google.com/app/apikey"
  },
  {
    id: "groq",
    name: "Groq",
    // TruffleHog groq; secretlint-rule-groq: gsk_ + 52 alphanumerics.
    keys: [{ id: "groq-api", provider: "groq", label: "Groq API key", anchor: "gsk_", pattern: /^gsk_[A-Za-z0-9]{52}$/ }],
    sdkModules: ["groq-sdk", "@ai-sdk/groq", "@langchain/groq"],
    sdkMarkers: ["GROQ_BASE_URL", "https://api.groq.com", "GROQ_API_KEY"],
    sdkMarkersRequired: 2,
    apiHosts: ["api.groq.com"],
    envNames: ["GROQ_API_KEY"],
    revokeUrl: "https://console.groq.com/keys"
  },
  {
    id: "xai",
    name: "xAI",
    // TruffleHog xai: xai- + 80 of [0-9a-zA-Z_].
    keys: [{ id: "xai-api", provider: "xai", label: "xAI API key", anchor: "xai-", pattern: /^xai-[A-Za-z0-9_]{80}$/ }],
    sdkModules: ["@ai-sdk/xai", "@langchain/xai"],
    sdkMarkers: ["https://api.x.ai", "XAI_API_KEY"],
    sdkMarkersRequired: 2,
    apiHosts: ["api.x.ai"],
    envNames: ["XAI_API_KEY", "GROK_API_KEY"],
    revokeUrl: "https://console.x.ai"
  },
  {
    id: "openrouter",
    name: "OpenRouter",
    // TruffleHog openrouter; betterleaks: sk-or-v1- + 64 hex.
    keys: [{ id: "openrouter-api", provider: "openrouter", label: "OpenRouter API key", anchor: "sk-", pattern: /^sk-or-v1-[0-9a-f]{64}$/ }],
    sdkModules: ["@openrouter/ai-sdk-provider", "@openrouter/sdk"],
    sdkMarkers: ["https://openrouter.ai/api", "OPENROUTER_API_KEY"],
    sdkMarkersRequired: 2,
    apiHosts: ["openrouter.ai/api"],
    envNames: ["OPENROUTER_API_KEY"],
    revokeUrl: "https://openrouter.ai/settings/keys"
  },
  {
    id: "huggingface",
    name: "Hugging Face",
    // TruffleHog huggingface: (hf_|api_org_) + 34 alphanumerics (gitleaks and secretlint allow letters only).
    keys: [
      { id: "huggingface-token", provider: "huggingface", label: "Hugging Face token", anchor: "hf_", pattern: /^hf_[A-Za-z0-9]{34}$/ },
      { id: "huggingface-org", provider: "huggingface", label: "Hugging Face org token", anchor: "api_org_", pattern: /^api_org_[A-Za-z0-9]{34}$/ }
    ],
    sdkModules: ["@huggingface/inference", "@ai-sdk/huggingface", "@langchain/community/llms/hf"],
    sdkMarkers: ["https://router.huggingface.co", "https://api-inference.huggingface.co", "HF_TOKEN"],
    sdkMarkersRequired: 2,
    apiHosts: ["api-inference.huggingface.co", "router.huggingface.co"],
    envNames: ["HF_TOKEN", "HUGGINGFACE_API_KEY", "HUGGING_FACE_HUB_TOKEN"],
    revokeUrl: "https://huggingface.co/settings/tokens"
  },
  {
    id: "replicate",
    name: "Replicate",
    // TruffleHog replicate: r8_ + 37 of [0-9A-Za-z_-].
    keys: [{ id: "replicate-api", provider: "replicate", label: "Replicate API token", anchor: "r8_", pattern: /^r8_[A-Za-z0-9_-]{37}$/ }],
    sdkModules: ["replicate", "@ai-sdk/replicate"],
    sdkMarkers: ["https://api.replicate.com", "REPLICATE_API_TOKEN"],
    sdkMarkersRequired: 2,
    apiHosts: ["api.replicate.com"],
    envNames: ["REPLICATE_API_TOKEN"],
    revokeUrl: "https://replicate.com/account/api-tokens"
  },
  {
    id: "perplexity",
    name: "Perplexity",
    // gitleaks, betterleaks: pplx- + 48 alphanumerics.
    keys: [{ id: "perplexity-api", provider: "perplexity", label: "Perplexity API key", anchor: "pplx-", pattern: /^pplx-[A-Za-z0-9]{48}$/ }],
    sdkModules: ["@ai-sdk/perplexity", "@perplexity-ai/perplexity_ai"],
    sdkMarkers: ["https://api.perplexity.ai", "PERPLEXITY_API_KEY"],
    sdkMarkersRequired: 2,
    apiHosts: ["api.perplexity.ai"],
    envNames: ["PERPLEXITY_API_KEY", "PPLX_API_KEY"],
    revokeUrl: "https://www.perplexity.ai/settings/api"
  },
  {
    id: "mistral",
    name: "Mistral",
    keys: [],
    undetectableKeys: '32 alphanumerics with no prefix (betterleaks needs the word "mistral" nearby): not matched alone.',
    sdkModules: ["@mistralai/mistralai", "@ai-sdk/mistral", "@langchain/mistralai"],
    sdkMarkers: ["https://api.mistral.ai", "MISTRAL_API_KEY"],
    sdkMarkersRequired: 2,
    apiHosts: ["api.mistral.ai"],
    envNames: ["MISTRAL_API_KEY"],
    revokeUrl: "https://console.mistral.ai/api-keys"
  },
  {
    id: "cohere",
    name: "Cohere",
    keys: [],
    undetectableKeys: '40 alphanumerics with no prefix (gitleaks needs "cohere" or CO_API_KEY nearby): not matched alone.',
    sdkModules: ["cohere-ai", "@ai-sdk/cohere", "@langchain/cohere"],
    sdkMarkers: ["https://api.cohere.com", "https://api.cohere.ai", "CO_API_KEY"],
    sdkMarkersRequired: 2,
    apiHosts: ["api.cohere.ai", "api.cohere.com"],
    envNames: ["COHERE_API_KEY", "CO_API_KEY"],
    revokeUrl: "https://dashboard.cohere.com/api-keys"
  },
  {
    id: "deepseek",
    name: "DeepSeek",
    // TruffleHog deepseek: sk- + 32 lowercase hex, only with the word "deepseek" nearby (collides with generic sk-).
    keys: [
      {
        id: "deepseek-api",
        provider: "deepseek",
        label: "DeepSeek API key",
        anchor: "sk-",
        pattern: /^sk-[0-9a-f]{32}$/,
        requiresContext: ["deepseek"]
      }
    ],
    sdkModules: ["@ai-sdk/deepseek", "@langchain/deepseek"],
    sdkMarkers: ["https://api.deepseek.com", "DEEPSEEK_API_KEY"],
    sdkMarkersRequired: 2,
    apiHosts: ["api.deepseek.com"],
    envNames: ["DEEPSEEK_API_KEY"],
    revokeUrl: "https://platform.deepseek.com/api_keys"
  },
  {
    id: "together",
    name: "Together AI",
    // betterleaks: tgp_v1_ + 43 of [A-Za-z0-9_-].
    keys: [{ id: "together-api", provider: "together", label: "Together AI key", anchor: "tgp_v1_", pattern: /^tgp_v1_[A-Za-z0-9_-]{43}$/ }],
    sdkModules: ["together-ai", "@ai-sdk/togetherai"],
    sdkMarkers: ["https://api.together.xyz", "TOGETHER_API_KEY"],
    sdkMarkersRequired: 2,
    apiHosts: ["api.together.xyz"],
    envNames: ["TOGETHER_API_KEY", "TOGETHER_AI_API_KEY"],
    revokeUrl: "https://api.together.ai/settings/api-keys"
  },
  {
    id: "fireworks",
    name: "Fireworks AI",
    keys: [],
    undetectableKeys: "no published shape (only a third-party `fw_` heuristic): not matched.",
    sdkModules: ["@ai-sdk/fireworks", "@langchain/community/llms/fireworks"],
    sdkMarkers: ["https://api.fireworks.ai", "FIREWORKS_API_KEY"],
    sdkMarkersRequired: 2,
    apiHosts: ["api.fireworks.ai"],
    envNames: ["FIREWORKS_API_KEY"],
    revokeUrl: "https://fireworks.ai/account/api-keys"
  },
  {
    id: "cerebras",
    name: "Cerebras",
    // Seen in public scanners: csk- + 48 alphanumerics.
    keys: [{ id: "cerebras-api", provider: "cerebras", label: "Cerebras API key", anchor: "csk-", pattern: /^csk-[A-Za-z0-9]{48}$/ }],
    sdkModules: ["@cerebras/cerebras_cloud_sdk", "@ai-sdk/cerebras"],
    sdkMarkers: ["https://api.cerebras.ai", "CEREBRAS_API_KEY"],
    sdkMarkersRequired: 2,
    apiHosts: ["api.cerebras.ai"],
    envNames: ["CEREBRAS_API_KEY"],
    revokeUrl: "https://cloud.cerebras.ai"
  },
  {
    id: "elevenlabs",
    name: "ElevenLabs",
    keys: [],
    undetectableKeys: "`sk_` + 48 hex (TruffleHog v2) shares Stripe's prefix family: not matched alone.",
    sdkModules: ["elevenlabs", "@elevenlabs/elevenlabs-js", "@ai-sdk/elevenlabs"],
    sdkMarkers: ["https://api.elevenlabs.io", "ELEVENLABS_API_KEY", "xi-api-key"],
    sdkMarkersRequired: 2,
    apiHosts: ["api.elevenlabs.io"],
    envNames: ["ELEVENLABS_API_KEY"],
    revokeUrl: "https://elevenlabs.io/app/settings/api-keys"
  },
  {
    id: "azure-openai",
    name: "Azure OpenAI",
    keys: [],
    undetectableKeys: "32 hex with no prefix (TruffleHog azure_openai pairs it with an *.openai.azure.com host): not matched alone.",
    sdkModules: ["@azure/openai", "@ai-sdk/azure"],
    sdkMarkers: [".openai.azure.com", "AZURE_OPENAI_API_KEY", "AZURE_API_KEY"],
    sdkMarkersRequired: 2,
    apiHosts: [".openai.azure.com"],
    envNames: ["AZURE_OPENAI_API_KEY", "AZURE_API_KEY"],
    revokeUrl: "https://portal.azure.com"
  },
  {
    id: "bedrock",
    name: "Amazon Bedrock",
    keys: [],
    undetectableKeys: "AWS credentials: left to general secret scanners.",
    sdkModules: ["@aws-sdk/client-bedrock-runtime", "@ai-sdk/amazon-bedrock", "@langchain/aws"],
    sdkMarkers: ["bedrock-runtime", "AWS_SECRET_ACCESS_KEY"],
    sdkMarkersRequired: 2,
    apiHosts: ["bedrock-runtime."],
    envNames: ["AWS_SECRET_ACCESS_KEY", "AWS_BEARER_TOKEN_BEDROCK"],
    revokeUrl: "https://console.aws.amazon.com/iam"
  }
];
var BY_ID = new Map(PROVIDERS.map((p) => [p.id, p]));
function getProvider(id) {
  const provider = BY_ID.get(id);
  if (!provider) throw new Error(`Unknown provider '${id}'`);
  return provider;
}
var KEY_SHAPES = PROVIDERS.flatMap((p) => p.keys);
function shapePrefix(shape) {
  let prefix = SHAPE_PREFIXES.get(shape);
  if (prefix === void 0) {
    prefix = /^\^([A-Za-z0-9_-]*)/.exec(shape.pattern.source)?.[1] ?? "";
    SHAPE_PREFIXES.set(shape, prefix);
  }
  return prefix;
}
var SHAPE_PREFIXES = /* @__PURE__ */ new WeakMap();
var MAX_KEY_LENGTH = 256;
var SDK_MODULE_INDEX = new Map(PROVIDERS.flatMap((p) => p.sdkModules.map((m) => [m, p])));

// packages/core/src/catalog/public-by-design.ts
var PLACEHOLDER_WORDS = /your[-_]|YOUR[-_]|xxxxx|XXXXX|\.\.\.|example|EXAMPLE|placeholder|PLACEHOLDER|insert[-_]|replace[-_]|dummy|redacted|changeme|<|>/;
var MIN_DISTINCT_CHARS = 10;
function isPlaceholder(token) {
  if (PLACEHOLDER_WORDS.test(token)) return true;
  return new Set(token).size < MIN_DISTINCT_CHARS;
}

// packages/core/src/scan/matcher.ts
var MATCH_MARGIN = Math.max(MAX_KEY_LENGTH, CONTEXT_WINDOW) + 64;
var KEY_CHAR_CODES = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") KEY_CHAR_CODES[c.charCodeAt(0)] = 1;
var isKeyChar = (code) => code < 128 && KEY_CHAR_CODES[code] === 1;
var isAlnum = (code) => isKeyChar(code) && code !== 95 && code !== 45;
var BROWSER_OPT_IN = "dangerouslyAllowBrowser";
var BROWSER_HEADER = "anthropic-dangerous-direct-browser-access";
var TRUTHY_VALUE = /^\s*["'`]?\s*:\s*(!0|true|!!|1\b|"true"|'true')/;
var stringView = (text) => ({ length: text.length, codeAt: (i) => text.charCodeAt(i), slice: (from, to) => text.slice(from, to) });
var bytesView = (bytes) => ({ length: bytes.length, codeAt: (i) => bytes[i], slice: (from, to) => bytes.toString("latin1", from, to) });
var STOP_BLOCK_WORDS = 16 * 1024;
var LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
var pairCode = (first, second) => LITTLE_ENDIAN ? first | second << 8 : first << 8 | second;
var TextMatcher = class {
  // The prefilter's tables, flat so the scan loop touches only typed arrays.
  /** Byte pair (as a 16-bit word) → slot; 0 where no literal holds the pair. Slot s's entries are [entryStart[s - 1], entryStart[s]). */
  pairTable = new Uint16Array(65536);
  entryStart;
  /** Per entry: which literal, where in it the pair sits, and the literal's next two bytes as a word (-1: none). */
  entryLiteral;
  entryPairAt;
  entryNextWord;
  /** Every literal's latin1 bytes, end to end; literal n is [literalStart[n], literalStart[n + 1]). */
  literalBytes;
  literalStart;
  /** The longest distance from a literal's start to a pair the loop may stop at: it reads this far past `to`. */
  maxPairAt;
  /** Scratch for `collect`: the words of one block where the loop stopped (reused; a scan never nests). */
  stopWords = new Int32Array(STOP_BLOCK_WORDS);
  /** Per literal: the longer literals that start with it. */
  longerWithPrefix;
  /** Literals with a character above U+00FF (a known secret's verbatim form): never in latin1 text. */
  beyondLatin1;
  /** Every literal the prefilter searches for, longest first (the benchmark's ripgrep floor searches the same). */
  literals;
  shapesByAnchor = /* @__PURE__ */ new Map();
  hostProvider = /* @__PURE__ */ new Map();
  markerProvider = /* @__PURE__ */ new Map();
  knownForms = /* @__PURE__ */ new Map();
  constructor(options = {}) {
    for (const shape of KEY_SHAPES) {
      const list = this.shapesByAnchor.get(shape.anchor) ?? [];
      list.push(shape);
      this.shapesByAnchor.set(shape.anchor, list);
    }
    for (const provider of PROVIDERS) {
      for (const host of provider.apiHosts) this.hostProvider.set(host, provider.id);
      for (const marker of provider.sdkMarkers) if (!this.hostProvider.has(marker)) this.markerProvider.set(marker, provider.id);
    }
    for (const secret of options.knownSecrets ?? []) {
      for (const form of encodedForms(secret)) this.knownForms.set(form.text, { secret, form: form.name });
    }
    const literals = /* @__PURE__ */ new Set([
      ...this.shapesByAnchor.keys(),
      BROWSER_OPT_IN,
      BROWSER_HEADER,
      ...this.hostProvider.keys(),
      ...this.markerProvider.keys(),
      ...this.knownForms.keys()
    ]);
    this.literals = [...literals].sort((a, b) => b.length - a.length);
    this.longerWithPrefix = this.literals.map((literal, n) => this.literals.flatMap((other, m) => m < n && other.length > literal.length && other.startsWith(literal) ? [m] : []));
    this.beyondLatin1 = new Set(this.literals.filter((literal) => /[^\u0000-\u00ff]/.test(literal)));
    const encoded = this.literals.map((literal) => Buffer.from(literal, "latin1"));
    this.literalBytes = Buffer.concat(encoded);
    this.literalStart = new Uint32Array(encoded.length + 1);
    encoded.forEach((bytes, n) => this.literalStart[n + 1] = this.literalStart[n] + bytes.length);
    const entriesBySlot = [];
    let maxPairAt = 0;
    encoded.forEach((bytes, literal) => {
      if (bytes.length < 3) throw new Error(`Prefilter literal '${this.literals[literal]}' is shorter than 3 characters: the scan loop cannot find it`);
      const pairAt = rarestAdjacentPairs(bytes);
      for (const at of [pairAt, pairAt + 1]) {
        const pair = pairCode(bytes[at], bytes[at + 1]);
        if (this.pairTable[pair] === 0) this.pairTable[pair] = entriesBySlot.push([]);
        entriesBySlot[this.pairTable[pair] - 1].push({ literal, pairAt: at });
      }
      maxPairAt = Math.max(maxPairAt, pairAt + 1);
    });
    this.maxPairAt = maxPairAt;
    const entries = entriesBySlot.flat();
    this.entryLiteral = Uint32Array.from(entries, (e) => e.literal);
    this.entryPairAt = Uint32Array.from(entries, (e) => e.pairAt);
    this.entryNextWord = Int32Array.from(entries, ({ literal, pairAt }) => {
      const bytes = encoded[literal];
      return pairAt + 3 < bytes.length ? pairCode(bytes[pairAt + 2], bytes[pairAt + 3]) : -1;
    });
    this.entryStart = new Uint32Array(entriesBySlot.length + 1);
    entriesBySlot.forEach((list, slot) => this.entryStart[slot + 1] = this.entryStart[slot] + list.length);
  }
  /**
   * Every hit whose start lies in [from, to) of `text`. Confirmations may read up to MATCH_MARGIN
   * characters around the hit, so callers pass windows that overlap by that much.
   */
  scan(text, from = 0, to = text.length) {
    const bytes = Buffer.from(text, "latin1");
    const view = stringView(text);
    return this.collect(bytes, from, to, (at, literal) => text.startsWith(literal, at) ? this.confirm(view, at, literal) : void 0);
  }
  /**
   * `scan` over raw bytes (a file's UTF-8 read as latin1, as the scanners do), without decoding the
   * buffer: confirmations read bytes, and make strings only of a key-like token and its context.
   * Offsets are byte offsets.
   */
  scanBytes(bytes, from = 0, to = bytes.length) {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const view = bytesView(buffer);
    return this.collect(buffer, from, to, (at, literal) => this.beyondLatin1.has(literal) ? void 0 : this.confirm(view, at, literal));
  }
  /**
   * The one pass: the bytes are read two at a time as 16-bit words (every other pair), and the table says
   * whether any literal holds that pair; only then are that pair's literals compared. Every literal is
   * at least 3 bytes and entered under two adjacent pairs, so one of them is always read.
   * Where several literals start at one offset, the longest is reported; literals that merely overlap
   * (a marker holding a host) are each reported.
   */
  collect(bytes, from, to, confirmAt) {
    const { pairTable, entryStart, entryLiteral, entryPairAt, entryNextWord, literalBytes, literalStart, longerWithPrefix } = this;
    const hits = [];
    let sorted = true;
    const shift = bytes.byteOffset & 1;
    const words = new Uint16Array(bytes.buffer, bytes.byteOffset - shift, bytes.byteLength + shift >>> 1);
    const lastPair = Math.min(bytes.length - 2, to - 1 + this.maxPairAt);
    const endWord = Math.min(words.length, (lastPair + shift >>> 1) + 1);
    const literalAt = (literal, start) => {
      const literalFrom = literalStart[literal];
      const length = literalStart[literal + 1] - literalFrom;
      if (start + length > bytes.length) return false;
      let same = 0;
      while (same < length && bytes[start + same] === literalBytes[literalFrom + same]) same++;
      return same === length;
    };
    const stops = this.stopWords;
    for (let blockStart = from + shift >>> 1; blockStart < endWord; blockStart += STOP_BLOCK_WORDS) {
      const blockEnd = Math.min(endWord, blockStart + STOP_BLOCK_WORDS);
      let stopCount = 0;
      for (let word = blockStart; word < blockEnd; word++) if (pairTable[words[word]] !== 0) stops[stopCount++] = word;
      for (let stop = 0; stop < stopCount; stop++) {
        const word = stops[stop];
        const slot = pairTable[words[word]];
        const pairPosition = 2 * word - shift;
        const nextWord = word + 1 < words.length ? words[word + 1] : -2;
        for (let entry = entryStart[slot - 1]; entry < entryStart[slot]; entry++) {
          const expected = entryNextWord[entry];
          if (expected !== -1 && expected !== nextWord) continue;
          const literal = entryLiteral[entry];
          const start = pairPosition - entryPairAt[entry];
          if (start < from || start >= to || !literalAt(literal, start)) continue;
          if (longerWithPrefix[literal].some((longer) => literalAt(longer, start))) continue;
          const hit = confirmAt(start, this.literals[literal]);
          if (!hit) continue;
          if (hits.length > 0 && hits[hits.length - 1].offset > hit.offset) sorted = false;
          hits.push(hit);
        }
      }
    }
    return sorted ? hits : hits.sort((a, b) => a.offset - b.offset);
  }
  confirm(text, at, literal) {
    const shapes = this.shapesByAnchor.get(literal);
    if (shapes) return this.confirmKey(text, at, shapes);
    const known = this.knownForms.get(literal);
    if (known) return { kind: "known-secret", offset: at, length: literal.length, provider: null, secret: known.secret, label: known.form };
    if (literal === BROWSER_OPT_IN) {
      const after = text.slice(at + literal.length, Math.min(text.length, at + literal.length + 24));
      const value = TRUTHY_VALUE.exec(after);
      if (!value) return void 0;
      return { kind: "browser-opt-in", offset: at, length: literal.length, provider: null, label: `${BROWSER_OPT_IN}:${value[1]}` };
    }
    if (literal === BROWSER_HEADER) return { kind: "browser-header", offset: at, length: literal.length, provider: "anthropic", label: BROWSER_HEADER };
    const host = this.hostProvider.get(literal);
    if (host) return { kind: "host", offset: at, length: literal.length, provider: host, label: literal };
    const marker = this.markerProvider.get(literal);
    if (marker) return { kind: "sdk-marker", offset: at, length: literal.length, provider: marker, label: literal };
    return void 0;
  }
  confirmKey(text, at, shapes) {
    if (!startsToken(text, at)) return void 0;
    let end = at;
    const limit = Math.min(text.length, at + MAX_KEY_LENGTH + 1);
    while (end < limit && isKeyChar(text.codeAt(end))) end++;
    if (end === limit && end < text.length) return void 0;
    const token = text.slice(at, end);
    const shape = shapes.find((s) => s.pattern.test(token) && (!s.symmetricAround || isSymmetric(token, s.symmetricAround)));
    if (!shape || isPlaceholder(token.slice(3))) return void 0;
    if (shape.requiresContext || shape.publicContext) {
      const around = text.slice(Math.max(0, at - CONTEXT_WINDOW), Math.min(text.length, end + CONTEXT_WINDOW)).toLowerCase();
      if (shape.publicContext?.some((word) => around.includes(word.toLowerCase()))) return void 0;
      if (shape.requiresContext && !shape.requiresContext.some((word) => around.includes(word.toLowerCase()))) return void 0;
    }
    return { kind: "key", offset: at, length: token.length, provider: shape.provider, secret: token, shape, label: shape.label };
  }
};
var BYTE_FREQUENCY_ORDER = " etrnaosilcudp\n,=.()fmh\"gy;Avb_{}:SCkETx1w0I/PR&D-ONF[]2M!L*B|j'\\$q+?U34H6V`58W9>K7zGQYJ<X@#Z%^~";
var BYTE_RANK = new Uint8Array(256).fill(BYTE_FREQUENCY_ORDER.length);
for (let rank = 0; rank < BYTE_FREQUENCY_ORDER.length; rank++) BYTE_RANK[BYTE_FREQUENCY_ORDER.charCodeAt(rank)] = rank;
var COMMON_PAIRS = `  
 reonerenteatinesstntorettiledero;
= arsethio =e altan isctmecons, ed==pet ur); t cndraneun ias rncs.ngittrueul,
an) heodgeacea (ecllri {amchifexturnomcehirrvas {
e.pa ncayp }r typr srtfito: ouveli fopf nailpomp p",d e)efe,StRess a "la}
siluidelnot.),nuCouse(agolxtIn efout))AAPr vts&&lofurs()emadso){mackotpt,"diicigqubl o.skehadat(iePar(":shapabt,feim bsp /!=(teqooberyni d &.pow.c,1 !(e *f(xplsldcljesccr 0subomiplof* oiewn(s)lt")fa.tl ayt)\\n(r("||(n0,eyeSr. wiamos,e"evosocbj.rnkrce:De m)}buirtcnfibw cuTyNaACumCh ly SetSaih(s(Fi/ ru gjs:"Er(c*//*.le=pudue;& huep//})ho],egrk.ermok" psrgr)tC.iviizNoba ?--eo?  |(v u hh ttmb},voCagtVaeC=>e_.a :)
zeePt"sk )Exppeeo 10 '.d(sfrg (
__.f11tTebr,:
ObupauMaMoTo._n"CAffgsyn(p=t,tlyiv1,s:hra (f _obwa 1oggn [sa} (itP;iugLiAreT0 .mn.eEwo}}Ro,rTrgrTarvipeF.gui +n)gidoy...EA`;
var COMMON_PAIR_RANK = /* @__PURE__ */ new Map();
for (let at = 0; at < COMMON_PAIRS.length; at += 2) COMMON_PAIR_RANK.set(pairCode(COMMON_PAIRS.charCodeAt(at), COMMON_PAIRS.charCodeAt(at + 1)), at / 2);
function pairFrequency(first, second) {
  const commonRank = COMMON_PAIR_RANK.get(pairCode(first, second));
  if (commonRank !== void 0) return 2 - commonRank / COMMON_PAIR_RANK.size;
  return 0.95 ** (BYTE_RANK[first] + BYTE_RANK[second]);
}
function rarestAdjacentPairs(bytes) {
  let best = 0;
  let bestScore = Infinity;
  for (let k = 0; k + 2 < bytes.length; k++) {
    const score = pairFrequency(bytes[k], bytes[k + 1]) + pairFrequency(bytes[k + 1], bytes[k + 2]);
    if (score < bestScore) {
      best = k;
      bestScore = score;
    }
  }
  return best;
}
function startsToken(text, at) {
  if (at === 0) return true;
  const codeAt = typeof text === "string" ? (i) => text.charCodeAt(i) : text.codeAt;
  const prev = codeAt(at - 1);
  if (!isKeyChar(prev)) return true;
  return isAlnum(prev) && at >= 2 && codeAt(at - 2) === 92;
}
function isSymmetric(token, marker) {
  const markerAt = token.lastIndexOf(marker);
  if (markerAt < 0) return false;
  const leftStart = markerAt - (token.length - markerAt - marker.length);
  return leftStart >= 3 && token[leftStart - 1] === "-";
}
function encodedForms(secret) {
  const forms = [{ name: "verbatim", text: secret }];
  const encoded = encodeURIComponent(secret);
  if (encoded !== secret) forms.push({ name: "URL-encoded", text: encoded });
  const bytes = Buffer.from(secret, "utf8");
  for (let pad = 0; pad < 3; pad++) {
    const b64 = Buffer.concat([Buffer.alloc(pad), bytes]).toString("base64");
    const start = pad === 0 ? 0 : pad === 1 ? 2 : 3;
    const usableBits = (pad + bytes.length) * 8;
    const end = Math.floor(usableBits / 6);
    const core = b64.slice(start, end);
    if (core.length >= 8) forms.push({ name: "base64", text: core });
  }
  return forms.filter((form, i) => forms.findIndex((f) => f.text === form.text) === i && form.text.length >= 6);
}

// packages/core/src/scan/file.ts
import { isAscii } from "node:buffer";
import { open } from "node:fs/promises";
import { StringDecoder } from "node:string_decoder";

// packages/core/src/catalog/rules.ts
var RULES = {
  "no-api-key-in-bundle": {
    id: "no-api-key-in-bundle",
    short: "An AI-provider API key is in client build output.",
    help: "Anyone who loads the page can read this key and bill your account. Revoke it now, then move the provider call to your server and keep the key in a server-only environment variable.",
    defaultSeverity: "error",
    securitySeverity: 9.8
  },
  "no-server-secret-in-bundle": {
    id: "no-server-secret-in-bundle",
    short: "A server secret (from known-secrets) is in client build output.",
    help: "A value you declared secret was inlined into files sent to browsers, verbatim or encoded. Rotate it, and find the build step (a public env prefix, a bundler define) that copied it in.",
    defaultSeverity: "error",
    securitySeverity: 9.8
  },
  "no-client-ai-sdk": {
    id: "no-client-ai-sdk",
    short: "An AI-provider SDK is imported in client code.",
    help: "An SDK in the browser needs its API key there too. Call the provider from a server route and let the browser call that route.",
    defaultSeverity: "error",
    securitySeverity: 8.1
  },
  "no-dangerously-allow-browser": {
    id: "no-dangerously-allow-browser",
    short: "An AI SDK is told to run in the browser (dangerouslyAllowBrowser).",
    help: "The SDK refuses browsers because the key would be public; this option switches that guard off. Remove it and proxy the call through your server.",
    defaultSeverity: "error",
    securitySeverity: 8.1
  },
  "no-client-ai-api-call": {
    id: "no-client-ai-api-call",
    short: "Client code calls an AI provider's API directly.",
    help: "A direct call from the browser carries the key in its headers for anyone to copy. Send the request to your own server route, which adds the key and rate-limits per user.",
    defaultSeverity: "warning",
    securitySeverity: 6.5
  },
  "no-public-secret-env": {
    id: "no-public-secret-env",
    short: "A secret is named with a browser-exposed env prefix (NEXT_PUBLIC_, VITE_, \u2026).",
    help: "Frameworks inline every variable with a public prefix into client bundles. Rename it without the prefix and read it only in server code.",
    defaultSeverity: "error",
    securitySeverity: 8.8
  },
  "no-hardcoded-api-key": {
    id: "no-hardcoded-api-key",
    short: "An AI-provider API key is written in source code.",
    help: "Keys in source reach the repository, its forks and often the bundle. Revoke it, then read it from a server environment variable.",
    defaultSeverity: "error",
    securitySeverity: 9.1
  },
  "no-secret-in-bundler-config": {
    id: "no-secret-in-bundler-config",
    short: "Bundler config inlines a server secret into client bundles.",
    help: "next.config env, Vite define, webpack DefinePlugin and Nuxt runtimeConfig.public copy values into the browser build. Remove the secret from them and read it on the server.",
    defaultSeverity: "error",
    securitySeverity: 8.8
  },
  "no-secret-env-in-client": {
    id: "no-secret-env-in-client",
    short: "Client code reads a server-only secret from the environment.",
    help: "In the browser this is undefined at best and an inlined secret at worst. Move the code that needs it to the server.",
    defaultSeverity: "error",
    securitySeverity: 7.5
  }
};

// packages/core/src/redact.ts
import { createHash } from "node:crypto";
function redact(secret, prefix = "") {
  if (secret.length < 16) return `${prefix || ""}[redacted]`;
  const shownPrefix = prefix && secret.startsWith(prefix) ? prefix : "";
  return `${shownPrefix}\u2026${secret.slice(-4)}`;
}
function fingerprint(...parts) {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\0");
  return hash.digest("hex").slice(0, 16);
}
function stableBundlePath(file) {
  return file.replace(
    /([-.~_])([A-Za-z0-9_-]{8,})(?=\.[a-z]+(?:\.map)?$|\/)/g,
    (whole, sep, seg) => /\d/.test(seg) && /[A-Za-z]/.test(seg) ? `${sep}[hash]` : whole
  );
}

// packages/core/src/scan/to-findings.ts
function hitsToFindings(file, hits) {
  const findings = [];
  const sdkMarkers = /* @__PURE__ */ new Map();
  for (const hit of hits) {
    if ((hit.kind === "sdk-marker" || hit.kind === "host") && hit.provider) {
      const entry = sdkMarkers.get(hit.provider) ?? { first: hit, labels: /* @__PURE__ */ new Set() };
      entry.labels.add(hit.label);
      sdkMarkers.set(hit.provider, entry);
    }
  }
  const sdkProviders = /* @__PURE__ */ new Set();
  for (const [id, { labels }] of sdkMarkers) {
    const provider = getProvider(id);
    const markers = provider.sdkMarkers.filter((m) => labels.has(m));
    if (markers.length >= provider.sdkMarkersRequired) sdkProviders.add(id);
  }
  const reportedHosts = /* @__PURE__ */ new Set();
  const stableFile = stableBundlePath(file);
  for (const hit of hits) {
    if (hit.kind === "sdk-marker" || hit.kind === "host" && (sdkProviders.has(hit.provider) || reportedHosts.has(`${hit.provider}:${hit.label}`))) continue;
    const location = { file, line: hit.line, column: hit.column, endLine: hit.line, endColumn: hit.column + hit.length };
    switch (hit.kind) {
      case "key": {
        const provider = getProvider(hit.provider);
        const contextual = Boolean(hit.shape?.requiresContext);
        findings.push({
          ruleId: "no-api-key-in-bundle",
          severity: contextual ? "warning" : "error",
          message: `${hit.label} in client build output: anyone who loads this file can read it and bill your ${provider.name} account. Revoke it now (${provider.revokeUrl}), then call ${provider.name} from a server route and keep the key in a server-only env var.`,
          location,
          origin: null,
          provider: provider.id,
          evidence: redact(hit.secret, hit.shape ? shapePrefix(hit.shape) : ""),
          fingerprint: fingerprint("no-api-key-in-bundle", hit.secret),
          confidence: contextual ? "medium" : "high"
        });
        break;
      }
      case "known-secret":
        findings.push({
          ruleId: "no-server-secret-in-bundle",
          severity: "error",
          message: `A server secret from known-secrets is in client build output (${hit.label}). Rotate it now, then find the build step that inlined it: a public env prefix, a bundler define, or a value passed to client code.`,
          location,
          origin: null,
          provider: null,
          evidence: `${redact(hit.secret)} (${hit.label})`,
          fingerprint: fingerprint("no-server-secret-in-bundle", hit.secret),
          confidence: "high"
        });
        break;
      case "browser-opt-in":
      case "browser-header": {
        if (hit.kind === "browser-header" && sdkProviders.has("anthropic")) break;
        const optIn = hit.kind === "browser-opt-in";
        findings.push({
          ruleId: "no-dangerously-allow-browser",
          severity: "error",
          message: optIn ? `${hit.label} switches off the AI SDK's browser guard: the client and its API key run in every visitor's browser. Remove it and call the provider from a server route instead.` : `The ${BROWSER_HEADER_NAME} header lets a browser call Anthropic directly with your API key in the request. Send the request to a server route that adds the key instead.`,
          location,
          origin: null,
          provider: hit.provider ?? [...sdkProviders][0] ?? null,
          evidence: hit.label,
          fingerprint: fingerprint("no-dangerously-allow-browser", hit.label, stableFile, String(hit.line)),
          confidence: "high"
        });
        break;
      }
      case "host": {
        reportedHosts.add(`${hit.provider}:${hit.label}`);
        const provider = getProvider(hit.provider);
        findings.push({
          ruleId: "no-client-ai-api-call",
          severity: "warning",
          message: `Client code calls ${provider.name}'s API (${hit.label}) directly: the request has to carry your API key for anyone to copy. Call your own server route instead; it adds the key and rate-limits per user.`,
          location,
          origin: null,
          provider: provider.id,
          evidence: hit.label,
          fingerprint: fingerprint("no-client-ai-api-call", hit.label, stableFile),
          confidence: "low"
        });
        break;
      }
    }
  }
  for (const id of sdkProviders) {
    const { first, labels } = sdkMarkers.get(id);
    const provider = getProvider(id);
    findings.push({
      ruleId: "no-client-ai-sdk",
      severity: RULES["no-client-ai-sdk"].defaultSeverity,
      message: `The ${provider.name} SDK is bundled into client code: to work there it needs your API key in the browser. Move the ${provider.name} call to a server route and call that route from the browser.`,
      location: { file, line: first.line, column: first.column, endLine: first.line, endColumn: first.column + first.length },
      origin: null,
      provider: id,
      evidence: `${provider.name} SDK code (${[...labels].slice(0, 3).join(", ")})`,
      fingerprint: fingerprint("no-client-ai-sdk", id, stableBundlePath(file)),
      confidence: "medium"
    });
  }
  return findings;
}
var BROWSER_HEADER_NAME = "anthropic-dangerous-direct-browser-access";

// packages/core/src/scan/file.ts
var WINDOW_BYTES = 8 * 1024 * 1024;
var SNIFF_BYTES = 8e3;
var WindowMemory = class {
  buffer = Buffer.alloc(0);
  /** `length` bytes (at most WINDOW_BYTES) of reused memory; its old content is overwritten by the next read. */
  take(length) {
    if (this.buffer.length < length) this.buffer = Buffer.allocUnsafeSlow(Math.min(WINDOW_BYTES, Math.max(length, 2 * this.buffer.length)));
    return this.buffer.subarray(0, length);
  }
};
async function scanFile(path, displayPath, matcher, memory) {
  const handle = await open(path, "r");
  try {
    const { size } = await handle.stat();
    const first = await readAt(handle, 0, Math.min(size, WINDOW_BYTES), memory);
    if (first.subarray(0, SNIFF_BYTES).includes(0)) return { status: "binary", bytes: size };
    if (first.length >= size) {
      return { status: "scanned", findings: hitsToFindings(displayPath, placeInBuffer(first, matcher.scanBytes(first))), bytes: size };
    }
    return { status: "scanned", findings: hitsToFindings(displayPath, await scanWindows(handle, size, first, matcher, memory)), bytes: size };
  } finally {
    await handle.close();
  }
}
async function readAt(handle, position, length, memory) {
  const buffer = memory ? memory.take(length) : Buffer.allocUnsafe(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled < length ? buffer.subarray(0, filled) : buffer;
}
function placeInBuffer(buffer, hits) {
  const placed = [];
  let line = 1;
  let lineStart = 0;
  let columnFrom = 0;
  let columnThere = 1;
  let nextNewline = buffer.indexOf(10);
  for (const hit of hits.sort((a, b) => a.offset - b.offset)) {
    while (nextNewline !== -1 && nextNewline < hit.offset) {
      line++;
      lineStart = nextNewline + 1;
      nextNewline = buffer.indexOf(10, lineStart);
    }
    if (lineStart > columnFrom) [columnFrom, columnThere] = [lineStart, 1];
    columnThere += utf16Length(buffer, columnFrom, hit.offset);
    columnFrom = hit.offset;
    const placedHit = hit;
    placedHit.line = line;
    placedHit.column = columnThere;
    placed.push(placedHit);
  }
  return placed;
}
function utf16Length(buffer, from, to) {
  if (to - from <= SHORT_SPAN_BYTES) {
    let ascii = true;
    for (let at = from; at < to && ascii; at++) ascii = buffer[at] < 128;
    if (ascii) return to - from;
  }
  let length = 0;
  for (let at = from; at < to; ) {
    let end = Math.min(to, at + COLUMN_CHUNK_BYTES);
    while (end < to && end > at && (buffer[end] & 192) === 128) end--;
    if (end === at) end = Math.min(to, at + COLUMN_CHUNK_BYTES);
    length += isAscii(buffer.subarray(at, end)) ? end - at : buffer.toString("utf8", at, end).length;
    at = end;
  }
  return length;
}
var COLUMN_CHUNK_BYTES = 64 * 1024;
var SHORT_SPAN_BYTES = 256;
async function scanWindows(handle, size, first, matcher, memory) {
  const placed = [];
  const pendingColumns = [];
  let line = 1;
  let countedAbs = 0;
  let base = { offsetAbs: 0, hit: null };
  let windowStart = 0;
  let buffer = first;
  let acceptFrom = 0;
  let nextNewline = buffer.indexOf(10);
  const countNewlines = (uptoAbs) => {
    while (nextNewline !== -1 && windowStart + nextNewline < uptoAbs) {
      line++;
      base = { offsetAbs: windowStart + nextNewline + 1, hit: null };
      nextNewline = buffer.indexOf(10, nextNewline + 1);
    }
    countedAbs = uptoAbs;
  };
  for (; ; ) {
    const windowEnd = windowStart + buffer.length;
    const atEnd = windowEnd >= size;
    const acceptTo = atEnd ? windowEnd : windowEnd - MATCH_MARGIN;
    const hits = matcher.scanBytes(buffer, acceptFrom - windowStart, acceptTo - windowStart).sort((a, b) => a.offset - b.offset);
    for (const hit of hits) {
      const offsetAbs = windowStart + hit.offset;
      countNewlines(offsetAbs);
      const placedHit = { ...hit, offset: offsetAbs, line, column: 0 };
      const baseColumn = base.hit ? base.hit.column : 1;
      if (base.offsetAbs >= windowStart && baseColumn > 0) placedHit.column = baseColumn + utf16Length(buffer, base.offsetAbs - windowStart, hit.offset);
      else pendingColumns.push({ hit: placedHit, base: base.hit, fromAbs: base.offsetAbs });
      base = { offsetAbs, hit: placedHit };
      placed.push(placedHit);
    }
    countNewlines(acceptTo);
    if (atEnd) break;
    acceptFrom = acceptTo;
    windowStart = acceptTo - MATCH_MARGIN;
    buffer = await readAt(handle, windowStart, Math.min(WINDOW_BYTES, size - windowStart), memory);
    if (buffer.length === 0) break;
    nextNewline = buffer.indexOf(10, countedAbs - windowStart);
  }
  for (const { hit, base: from, fromAbs } of pendingColumns) hit.column = (from ? from.column : 1) + await utf16LengthOnDisk(handle, fromAbs, hit.offset);
  return placed;
}
async function utf16LengthOnDisk(handle, from, to) {
  const decoder = new StringDecoder("utf8");
  let length = 0;
  for (let at = from; at < to; at += WINDOW_BYTES) {
    const chunk = await readAt(handle, at, Math.min(WINDOW_BYTES, to - at));
    length += decoder.write(chunk).length;
  }
  return length + decoder.end().length;
}

// packages/core/src/scan/walk.ts
var BINARY_EXTENSIONS = new Set(
  "png jpg jpeg gif webp avif ico bmp tiff woff woff2 ttf otf eot mp3 mp4 webm ogg wav flac mov wasm zip gz br zst tgz pdf node".split(" ")
);
function describeFsError(error, shownAs) {
  const code = error.code;
  if (code === "ENOENT") return `${shownAs}: no such file or directory`;
  if (code === "EACCES" || code === "EPERM") return `${shownAs}: permission denied`;
  if (code === "ELOOP") return `${shownAs}: too many levels of symbolic links`;
  return `${shownAs}: ${error.message}`;
}

// packages/core/src/scan/scan-files.ts
var FILES_IN_FLIGHT = 4;
async function scanFiles(files, matcher) {
  const result = { findings: [], errors: [], bytes: 0, scanned: 0, binary: 0 };
  let next = 0;
  async function lane() {
    const memory = new WindowMemory();
    while (next < files.length) {
      const file = files[next++];
      try {
        const outcome = await scanFile(file.absolute, file.display, matcher, memory);
        result.bytes += outcome.bytes;
        if (outcome.status === "binary") result.binary++;
        else {
          result.scanned++;
          result.findings.push(...outcome.findings);
        }
      } catch (error) {
        result.errors.push({ path: file.display, message: describeFsError(error, file.display) });
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(FILES_IN_FLIGHT, files.length) }, lane));
  return result;
}

// packages/core/src/scan/worker.ts
if (parentPort) {
  const { files, knownSecrets } = workerData;
  const port = parentPort;
  scanFiles(files, new TextMatcher({ knownSecrets })).then(
    (result) => port.postMessage({ ok: true, result }),
    (error) => port.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) })
  );
}
