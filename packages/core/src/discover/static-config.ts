/**
 * Reads settings from a JS/TS config file without running it: a linear tokenizer (comments, strings, template
 * literals, regex literals skipped correctly) and one pass that records every `key: value` property of every
 * object literal with the chain of keys above it. A value is known only when it is a string literal (or a path
 * built from literals next to the config file, see PATH_CALLS); anything else is reported as computed, with its
 * text, so the caller can say why it fell back to a default. Nothing is evaluated, required or imported.
 */

/** Config files larger than this are not read (a config is a few KB; a bigger file is generated or hostile). */
export const MAX_CONFIG_BYTES = 256 * 1024;

type TokenKind = 'name' | 'string' | 'punct' | 'regex';
interface Token {
  kind: TokenKind;
  /** The name, the punctuator, or the string's value (escapes of the quote and backslash undone). */
  value: string;
  start: number;
  end: number;
  /** A template literal with `${…}` in it: a string whose value is not known. */
  interpolated?: boolean;
}

/** After these, a `/` starts a regular expression rather than a division. */
const BEFORE_REGEX = new Set(['(', ',', '=', ':', '[', '!', '&', '&&', '|', '||', '?', '??', '{', '}', ';', '=>', 'return', 'typeof', '+', '-', '*', '%', '<', '>']);
const PUNCT_2 = new Set(['=>', '&&', '||', '??', '?.', '==', '!=', '<=', '>=', '...']);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
    } else if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? n : end;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? n : end + 2;
    } else if (c === '"' || c === "'" || c === '`') {
      i = readString(text, i, tokens);
    } else if (c === '/' && (tokens.length === 0 || BEFORE_REGEX.has(tokens[tokens.length - 1]!.value))) {
      const start = i;
      i = skipRegex(text, i);
      tokens.push({ kind: 'regex', value: text.slice(start, i), start, end: i });
    } else if (/[\w$]/.test(c)) {
      const start = i;
      while (i < n && /[\w$]/.test(text[i]!)) i++;
      tokens.push({ kind: 'name', value: text.slice(start, i), start, end: i });
    } else {
      const three = text.slice(i, i + 3);
      const two = text.slice(i, i + 2);
      const value = three === '...' ? three : PUNCT_2.has(two) ? two : c;
      tokens.push({ kind: 'punct', value, start: i, end: i + value.length });
      i += value.length;
    }
  }
  return tokens;
}

function readString(text: string, start: number, tokens: Token[]): number {
  const quote = text[start]!;
  let value = '';
  let interpolated = false;
  let i = start + 1;
  while (i < text.length && text[i] !== quote) {
    const c = text[i]!;
    if (c === '\\') {
      value += text[i + 1] ?? '';
      i += 2;
    } else if (quote === '`' && c === '$' && text[i + 1] === '{') {
      // Skip the expression, nested braces counted (a string inside it holding `}` is rare in a config).
      interpolated = true;
      let depth = 1;
      i += 2;
      while (i < text.length && depth > 0) {
        if (text[i] === '{') depth++;
        else if (text[i] === '}') depth--;
        i++;
      }
    } else if (quote !== '`' && c === '\n') {
      break; // an unterminated string ends at the line
    } else {
      value += c;
      i++;
    }
  }
  tokens.push({ kind: 'string', value, start, end: i + 1, interpolated });
  return i + 1;
}

function skipRegex(text: string, start: number): number {
  let i = start + 1;
  let inClass = false;
  while (i < text.length && text[i] !== '\n') {
    const c = text[i]!;
    if (c === '\\') i++;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) break;
    i++;
  }
  i++;
  while (i < text.length && /[a-z]/.test(text[i]!)) i++;
  return i;
}

/** A value read from a config: a known string, or the source text of something that has to run to be known. */
export type StaticValue = { known: string; base: 'project' | 'config-file' } | { computed: string };

export interface ConfigProperty {
  /** Keys from the outermost object literal that is not itself a property value (`['build', 'outDir']`). */
  path: readonly string[];
  /** The function that outermost object is passed to (`defineConfig`, `adapter`, `remix`), if any. */
  callee: string | undefined;
  value: StaticValue;
}

/**
 * Calls that build a path from literals relative to the config file: `path.resolve(__dirname, 'x')`,
 * `join(import.meta.dirname, 'x')`, `fileURLToPath(new URL('x', import.meta.url))`.
 */
const PATH_CALLS = new Set(['resolve', 'join']);
const DIR_NAMES = ['__dirname', 'import.meta.dirname'];

interface Frame {
  kind: 'object' | 'block' | 'paren' | 'bracket';
  /** Object literals: the key this object is the value of, when its parent is an object literal. */
  key?: string;
  /** Parentheses: the name called (`defineConfig(`), when the parenthesis follows a name. */
  callee?: string;
  parent: Frame | undefined;
}

/** After these, `{` starts an object literal; after anything else (`)`, `=>`, `else`, `;`) it starts a block. */
const BEFORE_OBJECT = new Set(['(', ',', '=', ':', '[', '?', '||', '&&', '??', '...', 'return', 'default', 'satisfies']);
const NOT_CALLEES = new Set(['if', 'for', 'while', 'switch', 'catch', 'function', 'return', 'typeof', 'await']);

/** Every property of every object literal in a config file's text, in source order. */
export function readConfigProperties(text: string): ConfigProperty[] {
  const tokens = tokenize(text);
  const properties: ConfigProperty[] = [];
  let top: Frame | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    if (t.kind === 'punct' && (t.value === '{' || t.value === '(' || t.value === '[')) {
      if (t.value === '(') {
        const callee = prev?.kind === 'name' && !NOT_CALLEES.has(prev.value) ? prev.value : undefined;
        top = { kind: 'paren', callee, parent: top };
      } else if (t.value === '[') {
        top = { kind: 'bracket', parent: top };
      } else if (!prev || BEFORE_OBJECT.has(prev.value)) {
        const keyToken = prev?.value === ':' && top?.kind === 'object' ? tokens[i - 2] : undefined;
        top = { kind: 'object', key: keyToken && keyToken.kind !== 'punct' ? keyToken.value : undefined, parent: top };
      } else {
        top = { kind: 'block', parent: top };
      }
      continue;
    }
    if (t.kind === 'punct' && (t.value === '}' || t.value === ')' || t.value === ']')) {
      top = top?.parent;
      continue;
    }
    // A property: `key:` or `'key':` right after `{` or `,` inside an object literal.
    if (top?.kind === 'object' && t.kind !== 'punct' && tokens[i + 1]?.value === ':' && (prev?.value === '{' || prev?.value === ',')) {
      const value = readValue(tokens, i + 2, text);
      if (value) properties.push({ path: [...keysAbove(top), t.value], callee: calleeOf(top), value });
    }
  }
  return properties;
}

function keysAbove(frame: Frame): string[] {
  const keys: string[] = [];
  for (let f: Frame | undefined = frame; f?.kind === 'object' && f.key !== undefined && f.parent?.kind === 'object'; f = f.parent) keys.unshift(f.key);
  return keys;
}

function calleeOf(frame: Frame): string | undefined {
  let f = frame;
  while (f.kind === 'object' && f.key !== undefined && f.parent?.kind === 'object') f = f.parent;
  return f.parent?.kind === 'paren' ? f.parent.callee : undefined;
}

const MAX_VALUE_TOKENS = 64;

/** The value starting at token `from`, up to the `,` or closing bracket that ends it; undefined for a nested object. */
function readValue(tokens: readonly Token[], from: number, text: string): StaticValue | undefined {
  const first = tokens[from];
  if (!first || first.value === '{' || first.value === ',' || first.value === '}') return undefined;
  let depth = 0;
  let end = from;
  // A value known without running anything is a few tokens long; stop reading a long one (it is computed).
  const last = Math.min(tokens.length, from + MAX_VALUE_TOKENS);
  for (; end < last; end++) {
    const v = tokens[end]!.value;
    if (tokens[end]!.kind !== 'punct') continue;
    if (v === '(' || v === '[' || v === '{') depth++;
    else if (v === ')' || v === ']' || v === '}') {
      if (depth === 0) break;
      depth--;
    } else if (v === ',' && depth === 0) break;
  }
  const value = tokens.slice(from, end);
  const source = text.slice(first.start, tokens[end - 1]?.end ?? first.end).replace(/\s+/g, ' ');
  if (value.length === 1 && first.kind === 'string' && !first.interpolated) return { known: first.value, base: 'project' };
  // `'x' as const`, `'x' satisfies string`
  if (value.length === 3 && first.kind === 'string' && !first.interpolated && (value[1]!.value === 'as' || value[1]!.value === 'satisfies')) return { known: first.value, base: 'project' };
  const relative = pathFromLiterals(value);
  if (relative !== undefined) return { known: relative, base: 'config-file' };
  return { computed: source.length > 80 ? `${source.slice(0, 77)}…` : source };
}

/** `[path.]resolve|join(__dirname, 'a', 'b')` or `fileURLToPath(new URL('a', import.meta.url))`: the literal part, joined. */
function pathFromLiterals(value: readonly Token[]): string | undefined {
  const text = value.map((t) => (t.kind === 'string' ? (t.interpolated ? '\u0000' : JSON.stringify(t.value)) : t.value)).join(' ');
  if (text.includes('\u0000')) return undefined;
  const call = /^(?:path \. )?(\w+) \( (__dirname|import \. meta \. dirname) ((?:, "(?:[^"\\]|\\.)*" )+)(?:, )?\)$/.exec(text);
  if (call && PATH_CALLS.has(call[1]!) && DIR_NAMES.includes(call[2]!.replace(/ /g, ''))) {
    const parts = [...call[3]!.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]!}"`) as string);
    return parts.some((p) => p.startsWith('/')) ? undefined : parts.join('/');
  }
  const url = /^(?:url \. )?fileURLToPath \( new URL \( ("(?:[^"\\]|\\.)*") , import \. meta \. url \) \)$/.exec(text);
  if (url) {
    const target = JSON.parse(url[1]!) as string;
    return target.startsWith('/') || /^[a-z]+:/i.test(target) ? undefined : target;
  }
  return undefined;
}

/** `import NAME from 'source'` / `const NAME = require('source')`: the local name a module's default export has. */
export function defaultImportName(text: string, sources: readonly string[]): { name: string; source: string } | undefined {
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'string' || !sources.includes(t.value)) continue;
    if (tokens[i - 1]?.value === 'from' && tokens[i - 2]?.kind === 'name' && tokens[i - 3]?.value === 'import') return { name: tokens[i - 2]!.value, source: t.value };
    if (tokens[i - 1]?.value === '(' && tokens[i - 2]?.value === 'require' && tokens[i - 3]?.value === '=' && tokens[i - 4]?.kind === 'name') return { name: tokens[i - 4]!.value, source: t.value };
  }
  return undefined;
}
