/**
 * Where a key literal in a minified file is used. SvelteKit's `$env/static/public` module and bundler defines put
 * a key into the bundle at a spot with no mapping of its own (`const Xe="sk-…"`, `{PUBLIC_KEY:"sk-…"}`); the place
 * that leads back to first-party source is where the binding it is assigned to is used as a key
 * (`apiKey:Xe`, `Authorization:"Bearer "+Xe`, `new e(Xe)`). Scanning is linear and bounded: one `indexOf` walk for
 * the name, a fixed window read before each use.
 */

/** The literal's binding: a variable (`Xe="…"`, `const Xe="…"`) or an object property (`{PUBLIC_KEY:"…"}`, `a.KEY="…"`). */
interface Binding {
  name: string;
  kind: 'variable' | 'property';
  /** Offset of the name where it is bound. */
  at: number;
}

/** Occurrences of a name looked at (a one-letter name can occur a million times in a large chunk). */
const MAX_OCCURRENCES = 20_000;
/** Key-like uses returned, first in file order. */
const MAX_USES = 8;
/** Characters before a use that tell it passes a key (`apiKey:`, `Authorization:\`Bearer ${`). */
const CONTEXT_CHARS = 48;
/** Lower-case words that, just before a use, say the value is passed as a key. */
const KEY_USE_WORDS = ['apikey', 'api_key', 'api-key', 'authorization', 'bearer', 'token', 'secret', 'key='];
/** A use as the sole first argument of a constructor (`new e(Xe)`, `new GoogleGenerativeAI(Xe)`). */
const CONSTRUCTOR_ARGUMENT = /\bnew\s*[\w$.]{1,60}\(\s*$/;
/** Operators that end in `=` without being an assignment (`==`, `<=`, `!=`, `=>` is excluded by the literal after it). */
const NOT_ASSIGNMENT = '=!<>';
/** How far back a property name written as a string (`"PUBLIC_KEY":`) is read. */
const MAX_NAME_CHARS = 100;

const isIdentifierChar = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 36 || code === 95 || code > 127;
const isQuote = (char: string | undefined): boolean => char === '"' || char === "'" || char === '`';

/** Offset of the last non-space character at or before `from`, or -1. */
function skipSpaceBack(text: string, from: number): number {
  let i = from;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i--;
  return i;
}

/** The identifier that ends at `end` (inclusive), or null. */
function identifierEndingAt(text: string, end: number): { name: string; at: number } | null {
  let start = end + 1;
  while (start > 0 && end - start < MAX_NAME_CHARS && isIdentifierChar(text.charCodeAt(start - 1))) start--;
  if (start > end || (text.charCodeAt(start) >= 48 && text.charCodeAt(start) <= 57)) return null;
  return { name: text.slice(start, end + 1), at: start };
}

/** The binding a string literal whose text starts at `literalStart` is assigned to, or null when it is not assigned. */
export function bindingOf(text: string, literalStart: number): Binding | null {
  if (!isQuote(text[literalStart - 1])) return null;
  const before = skipSpaceBack(text, literalStart - 2);
  if (text[before] === '=' && !NOT_ASSIGNMENT.includes(text[before - 1] ?? '')) {
    const found = identifierEndingAt(text, skipSpaceBack(text, before - 1));
    if (!found) return null;
    return { ...found, kind: text[found.at - 1] === '.' ? 'property' : 'variable' };
  }
  if (text[before] === ':') {
    const end = skipSpaceBack(text, before - 1);
    if (!isQuote(text[end])) {
      const found = identifierEndingAt(text, end);
      return found && { ...found, kind: 'property' };
    }
    const open = text.lastIndexOf(text[end]!, end - 1);
    if (open === -1 || end - open > MAX_NAME_CHARS) return null;
    return { name: text.slice(open + 1, end), at: open + 1, kind: 'property' };
  }
  return null;
}

const namesAKey = (text: string): boolean => {
  const lower = text.toLowerCase();
  return KEY_USE_WORDS.some((word) => lower.includes(word));
};

/** True when the text just before `at` passes the value there as a key. */
function passesAKey(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - CONTEXT_CHARS), at);
  return namesAKey(window) || CONSTRUCTOR_ARGUMENT.test(window);
}

/**
 * Offsets, in file order, where the key literal at `literalStart` is used as a key: the uses of its binding
 * (`apiKey:Xe`), and the property name itself when the literal sits at its use (`{apiKey:"sk-…"}`).
 */
export function keyUses(text: string, literalStart: number): number[] {
  const binding = bindingOf(text, literalStart);
  if (!binding) return [];
  const uses: number[] = [];
  if (binding.kind === 'property' && namesAKey(binding.name)) uses.push(binding.at);
  // A property is used as `.NAME`; a variable by its bare name, not as a property (`a.Xe`) nor as an object key (`{Xe:1}`).
  const needle = binding.kind === 'property' ? `.${binding.name}` : binding.name;
  let seen = 0;
  for (let at = text.indexOf(needle); at !== -1 && seen < MAX_OCCURRENCES && uses.length < MAX_USES; at = text.indexOf(needle, at + needle.length)) {
    seen++;
    const use = binding.kind === 'property' ? at + 1 : at;
    if (use === binding.at || isIdentifierChar(text.charCodeAt(at + needle.length))) continue;
    if (binding.kind === 'variable') {
      const previous = text[at - 1];
      if (previous === '.' || (at > 0 && isIdentifierChar(text.charCodeAt(at - 1)))) continue;
      if (text[at + needle.length] === ':' && (previous === '{' || previous === ',')) continue;
    }
    if (passesAKey(text, at)) uses.push(use);
  }
  return uses;
}
