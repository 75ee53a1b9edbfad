/**
 * Fake keys, built at test time from parts so no committed file holds a format-valid key.
 * Each is random, so a test that passes can't depend on one lucky string.
 */
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const B64URL = `${ALNUM}_-`;
const HEX = '0123456789abcdef';
/** base64("OpenAI"), split so this file does not hold it whole. */
export const OPENAI_MARKER = 'T3Bl' + 'bkFJ';

export function randomChars(length: number, alphabet = ALNUM, random: () => number = Math.random): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(random() * alphabet.length)];
  return out;
}

export interface FakeKey {
  shapeId: string;
  provider: string;
  key: string;
}

/** One fake key of every shape the catalog matches on its own (and DeepSeek, which needs context). */
export function fakeKeys(random: () => number = Math.random): FakeKey[] {
  const r = (n: number, a = ALNUM) => randomChars(n, a, random);
  return [
    { shapeId: 'openai-project', provider: 'openai', key: 'sk-' + 'proj-' + r(74, B64URL) + OPENAI_MARKER + r(74, B64URL) },
    { shapeId: 'openai-project', provider: 'openai', key: 'sk-' + 'proj-' + r(58, B64URL) + OPENAI_MARKER + r(58, B64URL) },
    { shapeId: 'openai-project', provider: 'openai', key: 'sk-' + 'proj-' + r(20) + OPENAI_MARKER + r(20) },
    { shapeId: 'openai-service-account', provider: 'openai', key: 'sk-' + 'svcacct-' + r(74, B64URL) + OPENAI_MARKER + r(74, B64URL) },
    { shapeId: 'openai-admin', provider: 'openai', key: 'sk-' + 'admin-' + r(58, B64URL) + OPENAI_MARKER + r(58, B64URL) },
    { shapeId: 'openai-legacy', provider: 'openai', key: 'sk-' + r(20) + OPENAI_MARKER + r(20) },
    { shapeId: 'openai-legacy-none', provider: 'openai', key: 'sk-' + 'None-' + r(32) + OPENAI_MARKER + r(32) },
    { shapeId: 'openai-service', provider: 'openai', key: 'sk-' + 'service-' + 'my-bot-' + r(20) + OPENAI_MARKER + r(20) },
    { shapeId: 'anthropic-api', provider: 'anthropic', key: 'sk-' + 'ant-api03-' + r(93, B64URL) + 'AA' },
    { shapeId: 'anthropic-api', provider: 'anthropic', key: 'sk-' + 'ant-api03-' + r(91, B64URL) + 'AA' },
    { shapeId: 'anthropic-admin', provider: 'anthropic', key: 'sk-' + 'ant-admin01-' + r(93, B64URL) + 'AA' },
    { shapeId: 'groq-api', provider: 'groq', key: 'gsk' + '_' + r(52) },
    { shapeId: 'xai-api', provider: 'xai', key: 'xai' + '-' + r(80, `${ALNUM}_`) },
    { shapeId: 'openrouter-api', provider: 'openrouter', key: 'sk-' + 'or-v1-' + r(64, HEX) },
    { shapeId: 'huggingface-token', provider: 'huggingface', key: 'hf' + '_' + r(34) },
    { shapeId: 'replicate-api', provider: 'replicate', key: 'r8' + '_' + r(37) },
    { shapeId: 'perplexity-api', provider: 'perplexity', key: 'pplx' + '-' + r(48) },
    { shapeId: 'together-api', provider: 'together', key: 'tgp' + '_v1_' + r(43, B64URL) },
    { shapeId: 'cerebras-api', provider: 'cerebras', key: 'csk' + '-' + r(48) },
  ];
}

/** A seeded PRNG (mulberry32) for reproducible corpora. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
