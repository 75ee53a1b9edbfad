/**
 * Which SDK calls spend AI-provider money, and where each takes its per-call output cap. Read by the
 * `require-rate-limit` rule (the calls an endpoint must not make for anyone, as often as they like) and the
 * `require-max-tokens` rule (the cap each call must set on the server). Sources: shared/COST-CONTROLS.md §4 and
 * each SDK's own types, named per entry.
 */
import type { ProviderId } from './providers.js';

/** Where a call's output cap goes. */
export interface OutputCap {
  /** Parameter names that cap the output, any of which is enough. */
  names: readonly string[];
  /** The object inside the options that holds it (`config` for @google/genai, `generationConfig` for Gemini). */
  inside?: string;
  /** The SDK caps the output by itself when the parameter is absent (LangChain's ChatAnthropic: 2048). */
  defaultCapped?: boolean;
}

export interface BillableMethod {
  kind: 'method';
  /** `openai.chat.completions.create`: for messages. */
  id: string;
  provider: ProviderId;
  /** The member names the call ends with, after the client: `['chat', 'completions', 'create']`. */
  path: readonly string[];
  /**
   * Whether the path alone names the call. `chat.completions.create` is only ever an OpenAI-style SDK;
   * `messages.create` is also Twilio's, so it counts only in a module that uses an AI SDK.
   */
  distinctive: boolean;
  /** Undefined for calls with no output to cap (embeddings, images, audio). */
  cap?: OutputCap;
}

export interface BillableFunction {
  kind: 'function';
  id: string;
  provider: ProviderId | undefined;
  /** The exported name, imported from one of `modules`. */
  name: string;
  modules: readonly string[];
  cap?: OutputCap | 'ai-sdk';
}

export interface BillableConstructor {
  kind: 'constructor';
  id: string;
  provider: ProviderId;
  /** A chat model class: constructing it is where its calls are configured and, for the rules, where money goes. */
  name: string;
  modules: readonly string[];
  cap?: OutputCap;
}

export type BillableCall = BillableMethod | BillableFunction | BillableConstructor;

// openai/openai-node src/resources/chat/completions/completions.ts: `max_completion_tokens` (and the deprecated
// `max_tokens`, still accepted and the only one OpenAI-compatible hosts such as Groq and Together read).
const OPENAI_CHAT_CAP: OutputCap = { names: ['max_completion_tokens', 'max_tokens'] };
// openai-node src/resources/responses/responses.ts: `max_output_tokens`.
const OPENAI_RESPONSES_CAP: OutputCap = { names: ['max_output_tokens'] };
// openai-node src/resources/beta/threads/runs/runs.ts: `max_completion_tokens`.
const OPENAI_RUN_CAP: OutputCap = { names: ['max_completion_tokens'] };
// anthropic-sdk-typescript src/resources/messages/messages.ts: `max_tokens` is required.
const ANTHROPIC_CAP: OutputCap = { names: ['max_tokens'] };
// googleapis/js-genai src/types.ts GenerateContentConfig.maxOutputTokens.
const GENAI_CAP: OutputCap = { names: ['maxOutputTokens'], inside: 'config' };
// google-gemini/generative-ai-js types GenerationConfig.maxOutputTokens (on getGenerativeModel or per request).
const GEMINI_CAP: OutputCap = { names: ['maxOutputTokens'], inside: 'generationConfig' };
// mistralai/client-ts ChatCompletionRequest.maxTokens.
const MISTRAL_CAP: OutputCap = { names: ['maxTokens'] };

const method = (id: string, provider: ProviderId, path: string, distinctive: boolean, cap?: OutputCap): BillableMethod => ({
  kind: 'method',
  id,
  provider,
  path: path.split('.'),
  distinctive,
  ...(cap ? { cap } : {}),
});

/** Vercel AI SDK core functions (ai-sdk.dev/docs/reference/ai-sdk-core), all from the `ai` package. */
const AI_SDK_MODULES = ['ai'];
const aiSdk = (name: string, cap?: 'ai-sdk'): BillableFunction => ({ kind: 'function', id: name, provider: undefined, name, modules: AI_SDK_MODULES, ...(cap ? { cap } : {}) });

/** LangChain chat model classes, per provider package (js.langchain.com integrations). */
const langchain = (name: string, provider: ProviderId, modules: readonly string[], cap: OutputCap): BillableConstructor => ({
  kind: 'constructor',
  id: `new ${name}`,
  provider,
  name,
  modules,
  cap,
});

export const BILLABLE_CALLS: readonly BillableCall[] = [
  // Longest paths first: `beta.chat.completions.parse` before `completions.create` would match it.
  method('openai.beta.chat.completions.parse', 'openai', 'beta.chat.completions.parse', true, OPENAI_CHAT_CAP),
  method('openai.beta.chat.completions.stream', 'openai', 'beta.chat.completions.stream', true, OPENAI_CHAT_CAP),
  method('openai.beta.threads.runs.createAndPoll', 'openai', 'threads.runs.createAndPoll', true, OPENAI_RUN_CAP),
  method('openai.beta.threads.runs.create', 'openai', 'threads.runs.create', true, OPENAI_RUN_CAP),
  method('openai.beta.threads.runs.stream', 'openai', 'threads.runs.stream', true, OPENAI_RUN_CAP),
  method('openai.chat.completions.create', 'openai', 'chat.completions.create', true, OPENAI_CHAT_CAP),
  method('openai.chat.completions.stream', 'openai', 'chat.completions.stream', true, OPENAI_CHAT_CAP),
  method('openai.chat.completions.parse', 'openai', 'chat.completions.parse', true, OPENAI_CHAT_CAP),
  method('openai.responses.create', 'openai', 'responses.create', true, OPENAI_RESPONSES_CAP),
  method('openai.responses.stream', 'openai', 'responses.stream', true, OPENAI_RESPONSES_CAP),
  // The legacy completions endpoint: openai-node src/resources/completions.ts `max_tokens`.
  method('openai.completions.create', 'openai', 'completions.create', true, { names: ['max_tokens'] }),
  method('openai.embeddings.create', 'openai', 'embeddings.create', true),
  method('openai.images.generate', 'openai', 'images.generate', true),
  method('openai.images.edit', 'openai', 'images.edit', true),
  method('openai.images.createVariation', 'openai', 'images.createVariation', true),
  method('openai.audio.speech.create', 'openai', 'audio.speech.create', true),
  method('openai.audio.transcriptions.create', 'openai', 'audio.transcriptions.create', true),
  method('openai.audio.translations.create', 'openai', 'audio.translations.create', true),
  method('openai.realtime.clientSecrets.create', 'openai', 'realtime.clientSecrets.create', true),
  // openai v3 (OpenAIApi): createChatCompletion / createCompletion take `max_tokens`.
  method('openai.createChatCompletion', 'openai', 'createChatCompletion', true, { names: ['max_tokens'] }),
  method('openai.createCompletion', 'openai', 'createCompletion', true, { names: ['max_tokens'] }),
  method('openai.createImage', 'openai', 'createImage', true),
  // togethercomputer/together-typescript src/resources/images.ts: `images.create({ prompt, model })`.
  method('together.images.create', 'together', 'images.create', false),
  method('anthropic.messages.create', 'anthropic', 'messages.create', false, ANTHROPIC_CAP),
  method('anthropic.messages.stream', 'anthropic', 'messages.stream', false, ANTHROPIC_CAP),
  method('anthropic.messages.batches.create', 'anthropic', 'messages.batches.create', false),
  method('google.models.generateContentStream', 'google', 'models.generateContentStream', false, GENAI_CAP),
  method('google.models.generateContent', 'google', 'models.generateContent', false, GENAI_CAP),
  // @google/generative-ai: model.generateContent(…) on a getGenerativeModel() result; its cap is usually set there.
  method('google.generateContentStream', 'google', 'generateContentStream', false, GEMINI_CAP),
  method('google.generateContent', 'google', 'generateContent', false, GEMINI_CAP),
  method('google.sendMessageStream', 'google', 'sendMessageStream', false),
  method('google.sendMessage', 'google', 'sendMessage', false),
  method('mistral.chat.complete', 'mistral', 'chat.complete', false, MISTRAL_CAP),
  method('mistral.chat.stream', 'mistral', 'chat.stream', false, MISTRAL_CAP),
  // replicate/replicate-javascript index.d.ts: `run(identifier, { input })`; caps differ per model.
  method('replicate.run', 'replicate', 'run', false),
  method('replicate.predictions.create', 'replicate', 'predictions.create', false),
  // ai-sdk.dev/docs/migration-guides/migration-guide-5-0: `maxTokens` (v4) became `maxOutputTokens` (v5+).
  aiSdk('generateText', 'ai-sdk'),
  aiSdk('streamText', 'ai-sdk'),
  aiSdk('generateObject', 'ai-sdk'),
  aiSdk('streamObject', 'ai-sdk'),
  aiSdk('embed'),
  aiSdk('embedMany'),
  aiSdk('generateImage'),
  aiSdk('experimental_generateImage'),
  aiSdk('experimental_transcribe'),
  aiSdk('experimental_generateSpeech'),
  // @langchain/openai ChatOpenAIFields.maxTokens (no default); @langchain/anthropic AnthropicInput.maxTokens
  // defaults to 2048.
  langchain('ChatOpenAI', 'openai', ['@langchain/openai', 'langchain/chat_models/openai'], { names: ['maxTokens', 'maxCompletionTokens'] }),
  langchain('OpenAI', 'openai', ['@langchain/openai', 'langchain/llms/openai'], { names: ['maxTokens'] }),
  langchain('ChatAnthropic', 'anthropic', ['@langchain/anthropic', 'langchain/chat_models/anthropic'], { names: ['maxTokens'], defaultCapped: true }),
  langchain('ChatGoogleGenerativeAI', 'google', ['@langchain/google-genai'], { names: ['maxOutputTokens'] }),
  langchain('ChatGroq', 'groq', ['@langchain/groq'], { names: ['maxTokens'] }),
  langchain('ChatMistralAI', 'mistral', ['@langchain/mistralai'], { names: ['maxTokens'] }),
];

/**
 * API paths that spend money on every OpenAI-compatible host (OpenAI, Groq, Together, OpenRouter, a proxy behind
 * `OPENAI_API_BASE_URL`): a raw request to one bills whoever's key it carries (platform.openai.com/docs/api-reference;
 * docs.anthropic.com/en/api/messages). Matched in a request URL's literal text when its host is not literal.
 */
export const BILLABLE_API_PATHS: readonly { path: string; provider: ProviderId }[] = [
  { path: '/v1/chat/completions', provider: 'openai' },
  { path: '/v1/completions', provider: 'openai' },
  { path: '/v1/responses', provider: 'openai' },
  { path: '/v1/images/generations', provider: 'openai' },
  { path: '/v1/embeddings', provider: 'openai' },
  { path: '/v1/audio/', provider: 'openai' },
  { path: '/v1/messages', provider: 'anthropic' },
  { path: ':generateContent', provider: 'google' },
  { path: ':streamGenerateContent', provider: 'google' },
];

/** The AI SDK's cap name by major version; before v5 only `maxTokens` exists, from v5 only `maxOutputTokens` is read. */
export const AI_SDK_CAP_NAMES = { 4: 'maxTokens', 5: 'maxOutputTokens' } as const;

/** The AI SDK major version a package.json range names (`^4.3.0` → 4, `5.0.0-beta.1` → 5), or undefined. */
export function aiSdkMajor(range: string | undefined): number | undefined {
  const match = range ? /(\d+)\./.exec(range) ?? /^[\^~>=\s]*(\d+)$/.exec(range) : null;
  return match ? Number(match[1]) : undefined;
}

/** Modules whose import makes a module an AI caller (for calls whose path alone says nothing: `messages.create`). */
export function isAiCallerModule(specifier: string, providerOfModule: (s: string) => unknown): boolean {
  return AI_SDK_MODULES.includes(specifier) || specifier.startsWith('@ai-sdk/') || specifier.startsWith('@langchain/') || specifier.startsWith('langchain') || providerOfModule(specifier) !== undefined;
}

const METHODS = BILLABLE_CALLS.filter((c): c is BillableMethod => c.kind === 'method');
const FUNCTIONS = new Map(BILLABLE_CALLS.filter((c): c is BillableFunction => c.kind === 'function').map((c) => [c.name, c]));
const CONSTRUCTORS = BILLABLE_CALLS.filter((c): c is BillableConstructor => c.kind === 'constructor');

/** The billable method whose path ends `memberNames` (the callee's member names after the client), or undefined. */
export function billableMethodOf(memberNames: readonly string[]): BillableMethod | undefined {
  return METHODS.find((m) => m.path.length <= memberNames.length && m.path.every((name, i) => memberNames[memberNames.length - m.path.length + i] === name));
}

/** The AI SDK function `imported` from `specifier`, or undefined. */
export function billableFunctionOf(specifier: string, imported: string): BillableFunction | undefined {
  const call = FUNCTIONS.get(imported);
  return call && call.modules.includes(specifier) ? call : undefined;
}

/** The chat model class `imported` from `specifier`, or undefined. */
export function billableConstructorOf(specifier: string, imported: string): BillableConstructor | undefined {
  return CONSTRUCTORS.find((c) => c.name === imported && c.modules.includes(specifier));
}
