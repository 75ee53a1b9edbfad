/**
 * The text matcher: one pass over the text with a literal-alternation prefilter (compiled once per
 * scan), then a bounded confirmation at each hit. No regex ever runs over the whole text except the
 * prefilter, which holds only literals, so the scan is linear in the text's length.
 */
import { CONTEXT_WINDOW, KEY_SHAPES, MAX_KEY_LENGTH, PROVIDERS, type KeyShape, type ProviderId } from '../catalog/providers.js';
import { isPlaceholder } from '../catalog/public-by-design.js';

export type HitKind = 'key' | 'known-secret' | 'browser-opt-in' | 'browser-header' | 'host' | 'sdk-marker';

export interface Hit {
  kind: HitKind;
  /** Offset of the match in the scanned text (the caller adds the window's base). */
  offset: number;
  length: number;
  provider: ProviderId | null;
  /** The matched secret (keys, known secrets). Kept in memory only, to redact and fingerprint it. */
  secret?: string;
  shape?: KeyShape;
  /** What was found, safe to print: a host, a marker, `dangerouslyAllowBrowser:!0`, the known secret's form. */
  label: string;
}

/** A known secret in the forms a build can inline it: verbatim, base64 (three alignments) and URL-encoded. */
interface KnownSecretForm {
  secret: string;
  form: string;
}

/** How far back and forward a confirmation may look: callers keep this much overlap between windows. */
export const MATCH_MARGIN = Math.max(MAX_KEY_LENGTH, CONTEXT_WINDOW) + 64;

const KEY_CHAR_CODES = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-') KEY_CHAR_CODES[c.charCodeAt(0)] = 1;
const isKeyChar = (code: number): boolean => code < 128 && KEY_CHAR_CODES[code] === 1;
const isAlnum = (code: number): boolean => isKeyChar(code) && code !== 95 && code !== 45;

const BROWSER_OPT_IN = 'dangerouslyAllowBrowser';
const BROWSER_HEADER = 'anthropic-dangerous-direct-browser-access';
/** A truthy literal after `dangerouslyAllowBrowser:` as minifiers and people write it. */
const TRUTHY_VALUE = /^\s*["'`]?\s*:\s*(!0|true|!!|1\b|"true"|'true')/;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export interface MatcherOptions {
  /** Server secrets' values: found verbatim and encoded, whatever their shape. */
  knownSecrets?: readonly string[];
}

export class TextMatcher {
  private readonly prefilter: RegExp;
  /** Every literal the prefilter searches for, longest first (the benchmark's ripgrep floor searches the same). */
  readonly literals: readonly string[];
  private readonly shapesByAnchor = new Map<string, KeyShape[]>();
  private readonly hostProvider = new Map<string, ProviderId>();
  private readonly markerProvider = new Map<string, ProviderId>();
  private readonly knownForms = new Map<string, KnownSecretForm>();

  constructor(options: MatcherOptions = {}) {
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
    const literals = new Set<string>([
      ...this.shapesByAnchor.keys(),
      BROWSER_OPT_IN,
      BROWSER_HEADER,
      ...this.hostProvider.keys(),
      ...this.markerProvider.keys(),
      ...this.knownForms.keys(),
    ]);
    // Longest first, so a literal that contains another (a marker holding a host) is reported as itself.
    this.literals = [...literals].sort((a, b) => b.length - a.length);
    const alternation = this.literals.map(escapeRegExp).join('|');
    this.prefilter = new RegExp(alternation, 'g');
  }

  /**
   * Every hit whose start lies in [from, to) of `text`. Confirmations may read up to MATCH_MARGIN
   * characters around the hit, so callers pass windows that overlap by that much.
   */
  scan(text: string, from = 0, to = text.length): Hit[] {
    const hits: Hit[] = [];
    const prefilter = this.prefilter;
    prefilter.lastIndex = from;
    for (let match = prefilter.exec(text); match && match.index < to; match = prefilter.exec(text)) {
      const literal = match[0];
      const at = match.index;
      const hit = this.confirm(text, at, literal);
      if (hit) hits.push(hit);
      // Literals can overlap (`sk-` inside a longer marker): go on from the next character.
      prefilter.lastIndex = at + 1;
    }
    return hits;
  }

  private confirm(text: string, at: number, literal: string): Hit | undefined {
    const shapes = this.shapesByAnchor.get(literal);
    if (shapes) return this.confirmKey(text, at, shapes);
    const known = this.knownForms.get(literal);
    if (known) return { kind: 'known-secret', offset: at, length: literal.length, provider: null, secret: known.secret, label: known.form };
    if (literal === BROWSER_OPT_IN) {
      const after = text.slice(at + literal.length, at + literal.length + 24);
      const value = TRUTHY_VALUE.exec(after);
      if (!value) return undefined;
      return { kind: 'browser-opt-in', offset: at, length: literal.length, provider: null, label: `${BROWSER_OPT_IN}:${value[1]}` };
    }
    if (literal === BROWSER_HEADER) return { kind: 'browser-header', offset: at, length: literal.length, provider: 'anthropic', label: BROWSER_HEADER };
    const host = this.hostProvider.get(literal);
    if (host) return { kind: 'host', offset: at, length: literal.length, provider: host, label: literal };
    const marker = this.markerProvider.get(literal);
    if (marker) return { kind: 'sdk-marker', offset: at, length: literal.length, provider: marker, label: literal };
    return undefined;
  }

  private confirmKey(text: string, at: number, shapes: readonly KeyShape[]): Hit | undefined {
    if (!startsToken(text, at)) return undefined;
    let end = at;
    const limit = Math.min(text.length, at + MAX_KEY_LENGTH + 1);
    while (end < limit && isKeyChar(text.charCodeAt(end))) end++;
    if (end === limit && end < text.length) return undefined; // longer than any key: an identifier or a blob
    const token = text.slice(at, end);
    const shape = shapes.find((s) => s.pattern.test(token) && (!s.symmetricAround || isSymmetric(token, s.symmetricAround)));
    if (!shape || isPlaceholder(token.slice(3))) return undefined;
    if (shape.requiresContext || shape.publicContext) {
      const around = text.slice(Math.max(0, at - CONTEXT_WINDOW), Math.min(text.length, end + CONTEXT_WINDOW)).toLowerCase();
      if (shape.publicContext?.some((word) => around.includes(word.toLowerCase()))) return undefined;
      if (shape.requiresContext && !shape.requiresContext.some((word) => around.includes(word.toLowerCase()))) return undefined;
    }
    return { kind: 'key', offset: at, length: token.length, provider: shape.provider, secret: token, shape, label: shape.label };
  }
}

/**
 * A key starts where the previous character is not a key character, or is the letter of an escape
 * sequence (`\nsk-…` inside a JSON string or a source map's sourcesContent).
 */
function startsToken(text: string, at: number): boolean {
  if (at === 0) return true;
  const prev = text.charCodeAt(at - 1);
  if (!isKeyChar(prev)) return true;
  return isAlnum(prev) && at >= 2 && text.charCodeAt(at - 2) === 92; // '\\'
}

/** OpenAI's random parts on both sides of the marker have the same length: the left one starts right after the prefix's last '-'. */
function isSymmetric(token: string, marker: string): boolean {
  const markerAt = token.lastIndexOf(marker);
  if (markerAt < 0) return false;
  const leftStart = markerAt - (token.length - markerAt - marker.length);
  return leftStart >= 3 && token[leftStart - 1] === '-';
}

/** A secret as builds and URLs carry it. Base64 at three byte alignments, minus the edge characters that depend on neighbours. */
function encodedForms(secret: string): { name: string; text: string }[] {
  const forms = [{ name: 'verbatim', text: secret }];
  const encoded = encodeURIComponent(secret);
  if (encoded !== secret) forms.push({ name: 'URL-encoded', text: encoded });
  const bytes = Buffer.from(secret, 'utf8');
  for (let pad = 0; pad < 3; pad++) {
    const b64 = Buffer.concat([Buffer.alloc(pad), bytes]).toString('base64');
    // Drop the characters mixed with the padding bytes at the start, and those mixed with what follows at the end.
    const start = pad === 0 ? 0 : pad === 1 ? 2 : 3;
    const usableBits = (pad + bytes.length) * 8;
    const end = Math.floor(usableBits / 6);
    const core = b64.slice(start, end);
    if (core.length >= 8) forms.push({ name: 'base64', text: core });
  }
  return forms.filter((form, i) => forms.findIndex((f) => f.text === form.text) === i && form.text.length >= 6);
}

export const exportedForTesting = { encodedForms, isSymmetric, startsToken };
