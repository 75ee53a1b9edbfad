/**
 * The text matcher: one pass over the bytes with a literal prefilter (built once per scan), then a
 * bounded confirmation at each hit. No regex ever runs over the whole text, so the scan is linear in
 * the text's length.
 *
 * The prefilter keys every literal on its rarest byte pairs and walks the bytes once, two at a time,
 * through a 64 Ki-entry pair table (see collect). It replaced a literal-alternation regex over a latin1
 * string: on the benchmark corpus (bench/) the regex ran ~195 MB/s per core, this loop ~1.8 GB/s, and
 * files no longer need decoding to a string.
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
  /**
   * A contextual key with no evidence near it: it counts only where its file shows the provider (the shape's
   * `fileContext`; see keyHitStands). A Maps key in a chunk without Gemini code stays silent.
   */
  needsFileContext?: boolean;
}

/** A known secret in the forms a build can inline it: verbatim, base64 (three alignments) and URL-encoded. */
interface KnownSecretForm {
  secret: string;
  form: string;
}

/**
 * How far from a key the scanner looks for the braces of the object that holds it (a Firebase web config is
 * about 250 characters minified, 400 written out with its seven properties).
 */
const CONFIG_OBJECT_REACH = 512;

/** How far back and forward a confirmation may look: callers keep this much overlap between windows. */
export const MATCH_MARGIN = Math.max(MAX_KEY_LENGTH, CONTEXT_WINDOW, CONFIG_OBJECT_REACH) + 64;

const KEY_CHAR_CODES = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-') KEY_CHAR_CODES[c.charCodeAt(0)] = 1;
const isKeyChar = (code: number): boolean => code < 128 && KEY_CHAR_CODES[code] === 1;
const isAlnum = (code: number): boolean => isKeyChar(code) && code !== 95 && code !== 45;

const BROWSER_OPT_IN = 'dangerouslyAllowBrowser';
const BROWSER_HEADER = 'anthropic-dangerous-direct-browser-access';
/** A truthy literal after `dangerouslyAllowBrowser:` as minifiers and people write it. */
const TRUTHY_VALUE = /^\s*["'`]?\s*:\s*(!0|true|!!|1\b|"true"|'true')/;
/**
 * The OpenAI and Anthropic SDKs' own browser-guard error ends with an example, "…option to `true`, e.g.,\n\n
 * new OpenAI({ apiKey, dangerouslyAllowBrowser: true });": text in the SDK's code, not an opt-in. Vite builds ship
 * no map to tell, so the words just before the option say it.
 */
const SDK_GUARD_WORDS = ['option to ', 'e.g.,']; // the backticks around `true` are escaped in a template literal
const SDK_GUARD_LOOKBEHIND = 96;

export interface MatcherOptions {
  /** Server secrets' values: found verbatim and encoded, whatever their shape. */
  knownSecrets?: readonly string[];
}

/** What confirmations read: a string, or a file's bytes read as latin1, without copying the whole. */
interface TextView {
  length: number;
  codeAt(index: number): number;
  slice(from: number, to: number): string;
}
const stringView = (text: string): TextView => ({ length: text.length, codeAt: (i) => text.charCodeAt(i), slice: (from, to) => text.slice(from, to) });
const bytesView = (bytes: Buffer): TextView => ({ length: bytes.length, codeAt: (i) => bytes[i]!, slice: (from, to) => bytes.toString('latin1', from, to) });

/** Words read per block of the scan loop (see collect). */
const STOP_BLOCK_WORDS = 16 * 1024;

/** Pairs are read as 16-bit words in the machine's byte order; the table is keyed the same way. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const pairCode = (first: number, second: number): number => (LITTLE_ENDIAN ? first | (second << 8) : (first << 8) | second);

export class TextMatcher {
  // The prefilter's tables, flat so the scan loop touches only typed arrays.
  /** Byte pair (as a 16-bit word) → slot; 0 where no literal holds the pair. Slot s's entries are [entryStart[s - 1], entryStart[s]). */
  private readonly pairTable = new Uint16Array(65536);
  private readonly entryStart: Uint32Array;
  /** Per entry: which literal, where in it the pair sits, and the literal's next two bytes as a word (-1: none). */
  private readonly entryLiteral: Uint32Array;
  private readonly entryPairAt: Uint32Array;
  private readonly entryNextWord: Int32Array;
  /** Every literal's latin1 bytes, end to end; literal n is [literalStart[n], literalStart[n + 1]). */
  private readonly literalBytes: Uint8Array;
  private readonly literalStart: Uint32Array;
  /** The longest distance from a literal's start to a pair the loop may stop at: it reads this far past `to`. */
  private readonly maxPairAt: number;
  /** Scratch for `collect`: the words of one block where the loop stopped (reused; a scan never nests). */
  private readonly stopWords = new Int32Array(STOP_BLOCK_WORDS);
  /** Per literal: the longer literals that start with it. */
  private readonly longerWithPrefix: readonly (readonly number[])[];
  /** Literals with a character above U+00FF (a known secret's verbatim form): never in latin1 text. */
  private readonly beyondLatin1: ReadonlySet<string>;
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
    this.literals = [...literals].sort((a, b) => b.length - a.length);
    this.longerWithPrefix = this.literals.map((literal, n) => this.literals.flatMap((other, m) => (m < n && other.length > literal.length && other.startsWith(literal) ? [m] : [])));
    this.beyondLatin1 = new Set(this.literals.filter((literal) => /[^\u0000-\u00ff]/.test(literal)));
    // Latin1 bytes, one per character: the text is matched as latin1, as the files' bytes are.
    const encoded = this.literals.map((literal) => Buffer.from(literal, 'latin1'));
    this.literalBytes = Buffer.concat(encoded);
    this.literalStart = new Uint32Array(encoded.length + 1);
    encoded.forEach((bytes, n) => (this.literalStart[n + 1] = this.literalStart[n]! + bytes.length));
    const entriesBySlot: { literal: number; pairAt: number }[][] = [];
    let maxPairAt = 0;
    encoded.forEach((bytes, literal) => {
      if (bytes.length < 3) throw new Error(`Prefilter literal '${this.literals[literal]}' is shorter than 3 characters: the scan loop cannot find it`);
      // The loop reads every other pair, so each literal is entered under two adjacent pairs: one of them is always read.
      const pairAt = rarestAdjacentPairs(bytes);
      for (const at of [pairAt, pairAt + 1]) {
        const pair = pairCode(bytes[at]!, bytes[at + 1]!);
        if (this.pairTable[pair] === 0) this.pairTable[pair] = entriesBySlot.push([]);
        entriesBySlot[this.pairTable[pair]! - 1]!.push({ literal, pairAt: at });
      }
      maxPairAt = Math.max(maxPairAt, pairAt + 1);
    });
    this.maxPairAt = maxPairAt;
    const entries = entriesBySlot.flat();
    this.entryLiteral = Uint32Array.from(entries, (e) => e.literal);
    this.entryPairAt = Uint32Array.from(entries, (e) => e.pairAt);
    // Many literals can share a pair (18 API hosts share `pi` of `api.`): comparing the word after it first
    // rejects most of them with one read.
    this.entryNextWord = Int32Array.from(entries, ({ literal, pairAt }) => {
      const bytes = encoded[literal]!;
      return pairAt + 3 < bytes.length ? pairCode(bytes[pairAt + 2]!, bytes[pairAt + 3]!) : -1;
    });
    this.entryStart = new Uint32Array(entriesBySlot.length + 1);
    entriesBySlot.forEach((list, slot) => (this.entryStart[slot + 1] = this.entryStart[slot]! + list.length));
  }

  /**
   * Every hit whose start lies in [from, to) of `text`. Confirmations may read up to MATCH_MARGIN
   * characters around the hit, so callers pass windows that overlap by that much.
   */
  scan(text: string, from = 0, to = text.length): Hit[] {
    // One byte per UTF-16 unit keeps offsets equal; a character above U+00FF loses its high byte and can
    // only make a false candidate, which the check on the text itself rejects.
    const bytes = Buffer.from(text, 'latin1');
    const view = stringView(text);
    return this.collect(bytes, from, to, (at, literal) => (text.startsWith(literal, at) ? this.confirm(view, at, literal) : undefined));
  }

  /**
   * `scan` over raw bytes (a file's UTF-8 read as latin1, as the scanners do), without decoding the
   * buffer: confirmations read bytes, and make strings only of a key-like token and its context.
   * Offsets are byte offsets.
   */
  scanBytes(bytes: Uint8Array, from = 0, to = bytes.length): Hit[] {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const view = bytesView(buffer);
    // A literal with a character above U+00FF was matched by its mangled low bytes: latin1 text never holds it.
    return this.collect(buffer, from, to, (at, literal) => (this.beyondLatin1.has(literal) ? undefined : this.confirm(view, at, literal)));
  }

  /**
   * The one pass: the bytes are read two at a time as 16-bit words (every other pair), and the table says
   * whether any literal holds that pair; only then are that pair's literals compared. Every literal is
   * at least 3 bytes and entered under two adjacent pairs, so one of them is always read.
   * Where several literals start at one offset, the longest is reported; literals that merely overlap
   * (a marker holding a host) are each reported.
   */
  private collect(bytes: Uint8Array, from: number, to: number, confirmAt: (at: number, literal: string) => Hit | undefined): Hit[] {
    const { pairTable, entryStart, entryLiteral, entryPairAt, entryNextWord, literalBytes, literalStart, longerWithPrefix } = this;
    const hits: Hit[] = [];
    let sorted = true;
    // A 16-bit view needs an even address: start it one byte early when the buffer's offset is odd. That
    // first pair then holds a byte before the buffer; candidates from it start before `from` and are dropped.
    const shift = bytes.byteOffset & 1;
    const words = new Uint16Array(bytes.buffer, bytes.byteOffset - shift, (bytes.byteLength + shift) >>> 1);
    const lastPair = Math.min(bytes.length - 2, to - 1 + this.maxPairAt);
    const endWord = Math.min(words.length, ((lastPair + shift) >>> 1) + 1);
    const literalAt = (literal: number, start: number): boolean => {
      const literalFrom = literalStart[literal]!;
      const length = literalStart[literal + 1]! - literalFrom;
      if (start + length > bytes.length) return false;
      let same = 0;
      while (same < length && bytes[start + same] === literalBytes[literalFrom + same]) same++;
      return same === length;
    };
    // Two phases per block of words: a tight loop that only notes where the table says stop, then the
    // literal checks at those words. Kept apart, the first loop runs about twice as fast.
    const stops = this.stopWords;
    for (let blockStart = (from + shift) >>> 1; blockStart < endWord; blockStart += STOP_BLOCK_WORDS) {
      const blockEnd = Math.min(endWord, blockStart + STOP_BLOCK_WORDS);
      let stopCount = 0;
      for (let word = blockStart; word < blockEnd; word++) if (pairTable[words[word]!] !== 0) stops[stopCount++] = word;
      for (let stop = 0; stop < stopCount; stop++) {
        const word = stops[stop]!;
        const slot = pairTable[words[word]!]!;
        const pairPosition = 2 * word - shift;
        const nextWord = word + 1 < words.length ? words[word + 1]! : -2;
        for (let entry = entryStart[slot - 1]!; entry < entryStart[slot]!; entry++) {
          const expected = entryNextWord[entry]!;
          if (expected !== -1 && expected !== nextWord) continue;
          const literal = entryLiteral[entry]!;
          const start = pairPosition - entryPairAt[entry]!;
          if (start < from || start >= to || !literalAt(literal, start)) continue;
          // Where a longer literal starts with this one (`bedrock-runtime.`), only the longer is reported.
          if (longerWithPrefix[literal]!.some((longer) => literalAt(longer, start))) continue;
          const hit = confirmAt(start, this.literals[literal]!);
          if (!hit) continue;
          if (hits.length > 0 && hits[hits.length - 1]!.offset > hit.offset) sorted = false;
          hits.push(hit);
        }
      }
    }
    // Hits come out in the order their pairs were read, which is off only by a few bytes where literals overlap.
    return sorted ? hits : hits.sort((a, b) => a.offset - b.offset);
  }

  private confirm(text: TextView, at: number, literal: string): Hit | undefined {
    const shapes = this.shapesByAnchor.get(literal);
    if (shapes) return this.confirmKey(text, at, shapes);
    const known = this.knownForms.get(literal);
    if (known) return { kind: 'known-secret', offset: at, length: literal.length, provider: null, secret: known.secret, label: known.form };
    if (literal === BROWSER_OPT_IN) {
      const after = text.slice(at + literal.length, Math.min(text.length, at + literal.length + 24));
      const value = TRUTHY_VALUE.exec(after);
      if (!value) return undefined;
      const before = text.slice(Math.max(0, at - SDK_GUARD_LOOKBEHIND), at);
      if (SDK_GUARD_WORDS.every((word) => before.includes(word))) return undefined;
      return { kind: 'browser-opt-in', offset: at, length: literal.length, provider: null, label: `${BROWSER_OPT_IN}:${value[1]}` };
    }
    if (literal === BROWSER_HEADER) return { kind: 'browser-header', offset: at, length: literal.length, provider: 'anthropic', label: BROWSER_HEADER };
    const host = this.hostProvider.get(literal);
    if (host) return { kind: 'host', offset: at, length: literal.length, provider: host, label: literal };
    const marker = this.markerProvider.get(literal);
    if (marker) return { kind: 'sdk-marker', offset: at, length: literal.length, provider: marker, label: literal };
    return undefined;
  }

  private confirmKey(text: TextView, at: number, shapes: readonly KeyShape[]): Hit | undefined {
    // Character checks first, so a flood of near-miss anchors (`sk-sk-sk-…`) costs no string at all.
    if (!startsToken(text, at)) return undefined;
    let end = at;
    const limit = Math.min(text.length, at + MAX_KEY_LENGTH + 1);
    while (end < limit && isKeyChar(text.codeAt(end))) end++;
    if (end === limit && end < text.length) return undefined; // longer than any key: an identifier or a blob
    const token = text.slice(at, end);
    const shape = shapes.find((s) => s.pattern.test(token) && (!s.symmetricAround || isSymmetric(token, s.symmetricAround)));
    if (!shape || isPlaceholder(token.slice(3))) return undefined;
    const hit: Hit = { kind: 'key', offset: at, length: token.length, provider: shape.provider, secret: token, shape, label: shape.label };
    if (shape.requiresContext) {
      const context = keyContext(text, at, end, shape, shape.requiresContext);
      if (context === 'public' || context === 'none') return undefined;
      if (context === 'file') hit.needsFileContext = true;
    }
    return hit;
  }
}

/** True when a key hit stands: it needs no file context, or `fileHas` finds one of its shape's `fileContext` literals. */
export function keyHitStands(hit: Hit, fileHas: (literal: string) => boolean): boolean {
  return !hit.needsFileContext || (hit.shape?.fileContext?.some(fileHas) ?? false);
}

/**
 * True when a source line that a key awaiting its source was built from names the provider of one of its
 * file-context shapes, and no public use (`apiKey: import.meta.env.VITE_GEMINI_API_KEY`, not `…VITE_FIREBASE_API_KEY`).
 */
export function sourceLineNamesProvider(provider: ProviderId, line: string): boolean {
  const lower = line.toLowerCase();
  return KEY_SHAPES.some(
    (shape) =>
      shape.provider === provider &&
      shape.fileContext !== undefined &&
      !shape.publicUses?.nameWords.some((word) => lower.includes(word)) &&
      (shape.requiresContext?.some((word) => lower.includes(word.toLowerCase())) ?? false),
  );
}

/**
 * What the code around a contextual key says it is, strongest evidence first: a public use told from the code's
 * structure (the key's name, the config object holding it), then the provider's words in the key's name or near
 * it, then public words near it; with none of these, whether its file's context may decide ('file') or not ('none').
 * A Gemini key next to a Firebase config is not made public by the config's words, nor the config's key made Gemini's.
 */
function keyContext(text: TextView, at: number, end: number, shape: KeyShape, words: readonly string[]): 'public' | 'near' | 'file' | 'none' {
  const uses = shape.publicUses;
  const name = assignedName(text, at);
  if (uses && name) {
    if (name === uses.configObject.keyProperty.toLowerCase() && inConfigObject(text, at, end, uses.configObject.siblings)) return 'public';
    if (uses.nameWords.some((word) => name.includes(word))) return 'public';
  }
  if (name && words.some((word) => name.includes(word.toLowerCase()))) return 'near';
  const around = text.slice(Math.max(0, at - CONTEXT_WINDOW), Math.min(text.length, end + CONTEXT_WINDOW)).toLowerCase();
  if (words.some((word) => around.includes(word.toLowerCase()))) return 'near';
  if (uses?.nearbyWords.some((word) => around.includes(word))) return 'public';
  return shape.fileContext ? 'file' : 'none';
}

const QUOTE_OR_ESCAPE = new Set([34, 39, 96, 92]); // " ' ` \
const NAME_CODES = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_$') NAME_CODES[c.charCodeAt(0)] = 1;
const MAX_NAME_LENGTH = 80;

/**
 * The lower-cased name a value starting at `at` is given, read backwards: `apiKey:"…"`, `"apiKey": "…"`,
 * `\"apiKey\":\"…\"` (JSON in a string or a map's sourcesContent), `GEMINI_API_KEY="…"`, `VITE_FIREBASE_KEY=…`.
 * Undefined when the value is not assigned to a name (an argument, an array item, text).
 */
function assignedName(text: TextView, at: number): string | undefined {
  let i = skipBack(text, at - 1);
  const operator = i >= 0 ? text.codeAt(i) : 0;
  if (operator !== 58 && operator !== 61) return undefined; // ':' '='
  i = skipBack(text, i - 1);
  const nameEnd = i + 1;
  while (i >= 0 && nameEnd - i <= MAX_NAME_LENGTH && text.codeAt(i) < 128 && NAME_CODES[text.codeAt(i)] === 1) i--;
  return nameEnd - i > 1 ? text.slice(i + 1, nameEnd).toLowerCase() : undefined;
}

/** The index before the quotes, escapes and white space (a few characters at most) that end at `i`. */
function skipBack(text: TextView, i: number): number {
  for (let skipped = 0; i >= 0 && skipped < 16; skipped++, i--) {
    const code = text.codeAt(i);
    if (QUOTE_OR_ESCAPE.has(code) || code === 32 || code === 9 || code === 10 || code === 13) continue;
    // `\n`, `\t`: white space as a JSON string writes it.
    if ((code === 110 || code === 116 || code === 114) && i > 0 && text.codeAt(i - 1) === 92) continue;
    return i;
  }
  return i;
}

/**
 * True when the object literal around [at, end) also names one of `siblings` as a property: the braces are found
 * by counting depth within CONFIG_OBJECT_REACH each way (strings are not parsed; a brace inside one can only make
 * the object not found, and the key is then judged on its other evidence).
 */
function inConfigObject(text: TextView, at: number, end: number, siblings: readonly string[]): boolean {
  const open = unmatchedBrace(text, at - 1, -1);
  const close = open < 0 ? -1 : unmatchedBrace(text, end, 1);
  if (close < 0) return false;
  const body = text.slice(open, close + 1);
  return siblings.some((name) => namesProperty(body, name));
}

/** The first brace from `from` that closes no brace met on the way (`{` going back, `}` going on), within CONFIG_OBJECT_REACH; -1 if none. */
function unmatchedBrace(text: TextView, from: number, step: 1 | -1): number {
  const [nested, wanted] = step < 0 ? [125, 123] : [123, 125]; // '}' '{' / '{' '}'
  for (let i = from, depth = 0; i >= 0 && i < text.length && Math.abs(i - from) < CONFIG_OBJECT_REACH; i += step) {
    const code = text.codeAt(i);
    if (code === nested) depth++;
    else if (code === wanted && depth-- === 0) return i;
  }
  return -1;
}

/** True when `body` has `name` as a property name: not inside a longer name, followed by its quote and a ':'. */
function namesProperty(body: string, name: string): boolean {
  for (let from = body.indexOf(name); from !== -1; from = body.indexOf(name, from + 1)) {
    const before = body.charCodeAt(from - 1);
    if (before < 128 && NAME_CODES[before] === 1) continue;
    let after = from + name.length;
    while (after < body.length && after - from - name.length < 4 && (QUOTE_OR_ESCAPE.has(body.charCodeAt(after)) || body.charCodeAt(after) === 32)) after++;
    if (body.charCodeAt(after) === 58) return true;
  }
  return false;
}

/**
 * Printable bytes from most to least common in minified JavaScript and source maps (measured on the
 * benchmark corpus, bench/). Used only to pick which pairs of a literal the scan loop stops at: a poor
 * guess costs speed, never a match.
 */
const BYTE_FREQUENCY_ORDER = ' etrnaosilcudp\n,=.()fmh"gy;Avb_{}:SCkETx1w0I/PR&D-ONF[]2M!L*B|j\'\\$q+?U34H6V`58W9>K7zGQYJ<X@#Z%^~';
const BYTE_RANK = new Uint8Array(256).fill(BYTE_FREQUENCY_ORDER.length);
for (let rank = 0; rank < BYTE_FREQUENCY_ORDER.length; rank++) BYTE_RANK[BYTE_FREQUENCY_ORDER.charCodeAt(rank)] = rank;
/**
 * The 410 byte pairs seen at least 400 times per MB in the same corpus, most common first (77% of all
 * pairs there): pairs like `//` or `.c` are far more common than their bytes' frequencies suggest.
 */
const COMMON_PAIRS =
  '  \n reonerenteatinesstntorettiledero;\n= arsethio =e altan isctmecons, ed==pet ur); t cndraneun ias r' +
  'ncs.ngittrueul,\nan) heodgeacea (ecllri {amchifexturnomcehirrvas {\ne.pa ncayp }r typr srtfito: ouveli' +
  ' fopf nailpomp p",d e)efe,StRess a "la}\nsiluidelnot.),nuCouse(agolxtIn efout))AAPr vts&&lofurs()emad' +
  'so){mackotpt,"diicigqubl o.skehadat(iePar(":shapabt,feim bsp /!=(teqooberyni d &.pow.c,1 !(e *f(xpls' +
  'ldcljesccr 0subomiplof* oiewn(s)lt")fa.tl ayt)\\n(r("||(n0,eyeSr. wiamos,e"evosocbj.rnkrce:De m)}buir' +
  'tcnfibw cuTyNaACumCh ly SetSaih(s(Fi/ ru gjs:"Er(c*//*.le=pudue;& huep//})ho],egrk.ermok" psrgr)tC.i' +
  'viizNoba ?--eo?  |(v u hh ttmb},voCagtVaeC=>e_.a :)\nzeePt"sk )Exppeeo 10 \'.d(sfrg (\n__.f11tTebr,:\nOb' +
  'upauMaMoTo._n"CAffgsyn(p=t,tlyiv1,s:hra (f _obwa 1oggn [sa} (itP;iugLiAreT0 .mn.eEwo}}Ro,rTrgrTarvip' +
  'eF.gui +n)gidoy...EA';
const COMMON_PAIR_RANK = new Map<number, number>();
for (let at = 0; at < COMMON_PAIRS.length; at += 2) COMMON_PAIR_RANK.set(pairCode(COMMON_PAIRS.charCodeAt(at), COMMON_PAIRS.charCodeAt(at + 1)), at / 2);

/**
 * Estimated frequency of a pair: common pairs score above 1 by their rank; any other pair below 1, as if
 * its bytes were independent (a byte's frequency falls ~5% per rank).
 */
function pairFrequency(first: number, second: number): number {
  const commonRank = COMMON_PAIR_RANK.get(pairCode(first, second));
  if (commonRank !== undefined) return 2 - commonRank / COMMON_PAIR_RANK.size;
  return 0.95 ** (BYTE_RANK[first]! + BYTE_RANK[second]!);
}

/**
 * Where the literal's rarest-looking two adjacent pairs start (`k`: the pairs at k and k + 1). (Also
 * weighing how many literals already share a pair was tried: it moved literals onto pairs that are
 * more common than the estimate says, and the loop stopped four times as often.)
 */
function rarestAdjacentPairs(bytes: Uint8Array): number {
  let best = 0;
  let bestScore = Infinity;
  for (let k = 0; k + 2 < bytes.length; k++) {
    const score = pairFrequency(bytes[k]!, bytes[k + 1]!) + pairFrequency(bytes[k + 1]!, bytes[k + 2]!);
    if (score < bestScore) {
      best = k;
      bestScore = score;
    }
  }
  return best;
}

/**
 * A key starts where the previous character is not a key character, or is the letter of an escape
 * sequence (`\nsk-…` inside a JSON string or a source map's sourcesContent).
 */
function startsToken(text: TextView | string, at: number): boolean {
  if (at === 0) return true;
  const codeAt = typeof text === 'string' ? (i: number) => text.charCodeAt(i) : text.codeAt;
  const prev = codeAt(at - 1);
  if (!isKeyChar(prev)) return true;
  return isAlnum(prev) && at >= 2 && codeAt(at - 2) === 92; // '\\'
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

export const exportedForTesting = { encodedForms, isSymmetric, startsToken, assignedName: (text: string, at: number) => assignedName(stringView(text), at) };
