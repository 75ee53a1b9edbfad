/**
 * Property-based tests (fast-check): random text with fake keys planted at random places, in the contexts
 * bundles carry them in. Every key is found exactly once, at its line and UTF-16 column; text without keys
 * yields nothing; the redacted form never shows more than the prefix and the last four characters.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KEY_SHAPES, TextMatcher, fingerprint, redact, scanBuffer, shapePrefix } from '../src/index.js';
import { fakeKeys, seededRandom } from './helpers/fake-keys.js';

const matcher = new TextMatcher();
const RUNS = 300;

/**
 * Filler: minified-code tokens, words, whitespace, newlines and non-ASCII text (accents, CJK, an emoji
 * that takes two UTF-16 units). It holds no `-` or `_`, which every standalone key shape needs, so
 * filler alone can never form a key; the contexts below bring their own punctuation.
 */
const fillerToken = fc.oneof(
  fc.constantFrom('function(e,t){return e+t}', 'var n=0;', 'if(!a)throw new Error("x");', '.then(function(r){', '}', ')', ';', ',', ' ', '  ', '\n', '\r\n', '\t'),
  fc.constantFrom('é', 'naïve', '日本語', '😀', 'Ω', '\u00a0', '//# comment\n', '/* ok */', '\\n', '\\"', "'", '"', '`', '?q=1&v=2'),
  fc.stringMatching(/^[A-Za-z0-9]{1,12}$/),
);
const filler = fc.array(fillerToken, { maxLength: 30 }).map((parts) => parts.join(''));

/** Where a key sits, as a snippet around it. */
const CONTEXTS: Record<string, (key: string) => string> = {
  'double quotes': (k) => `const k="${k}";`,
  'single quotes': (k) => `const k='${k}';`,
  'escaped quotes': (k) => `self.__next_f.push([1,"{\\"apiKey\\":\\"${k}\\"}"]);`,
  JSON: (k) => `{"apiKey":"${k}","org":null}`,
  'template literal': (k) => '`Bearer ' + k + '`',
  'template literal with expression': (k) => '`${base}?key=' + k + '`',
  'URL query': (k) => `"https://example.test/v1?key=${k}&lang=en"`,
  concatenation: (k) => `"Bearer "+"${k}"+suffix`,
  'minified object': (k) => `{apiKey:"${k}",baseURL:void 0}`,
  'sourcesContent after a \\n escape': (k) => `{"sourcesContent":["import x;\\n${k}\\n"]}`,
  'sourcesContent quoted': (k) => `{"sourcesContent":["const k = \\"${k}\\";\\n"]}`,
  'bare line': (k) => `\n${k}\n`,
};

/** A fake key of a random standalone shape, drawn from the shared helper with a seed fast-check controls. */
const fakeKey = fc.tuple(fc.integer(), fc.nat()).map(([seed, pick]) => {
  const keys = fakeKeys(seededRandom(seed));
  return keys[pick % keys.length]!;
});
const planted = fc.record({ fake: fakeKey, context: fc.constantFrom(...Object.keys(CONTEXTS)) });

/** Text made of filler with the snippets in between; where each key starts, as a UTF-16 index. */
function assemble(fillers: string[], plants: { fake: { key: string }; context: string }[]): { text: string; starts: number[] } {
  let text = fillers[0] ?? '';
  const starts: number[] = [];
  plants.forEach((plant, i) => {
    const snippet = CONTEXTS[plant.context]!(plant.fake.key);
    // Spaces around the snippet, so it never runs into filler that would lengthen the key's token.
    text += ' ';
    starts.push(text.length + snippet.indexOf(plant.fake.key));
    text += snippet + ' ' + (fillers[i + 1] ?? '');
  });
  return { text, starts };
}

/** 1-based line and UTF-16 column of a string index, as editors count them. */
function lineAndColumn(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const lines = before.split('\n');
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

describe('planted keys', () => {
  it('are each found exactly once, at their line and column, from bytes and from a string', () => {
    fc.assert(
      fc.property(fc.array(filler, { minLength: 5, maxLength: 5 }), fc.array(planted, { minLength: 1, maxLength: 4 }), (fillers, plants) => {
        const { text, starts } = assemble(fillers, plants);
        const findings = scanBuffer(Buffer.from(text, 'utf8'), 'chunk.js', matcher).filter((f) => f.ruleId === 'no-api-key-in-bundle');
        expect(findings).toHaveLength(plants.length);
        plants.forEach((plant, i) => {
          const matching = findings.filter((f) => f.fingerprint === fingerprint('no-api-key-in-bundle', plant.fake.key));
          expect(matching).toHaveLength(1);
          const { line, column } = lineAndColumn(text, starts[i]!);
          expect(matching[0]!.location).toMatchObject({ file: 'chunk.js', line, column });
        });
        // The string API reports UTF-16 offsets of the same keys.
        const keyHits = matcher.scan(text).filter((h) => h.kind === 'key');
        expect(keyHits.map((h) => h.offset).sort((a, b) => a - b)).toEqual([...starts].sort((a, b) => a - b));
        expect(JSON.stringify(findings)).not.toMatch(new RegExp(plants.map((p) => p.fake.key).join('|')));
      }),
      { numRuns: RUNS },
    );
  });

  it('are found however the text around them is cut into lines', () => {
    fc.assert(
      fc.property(planted, fc.array(fc.constantFrom('\n', '\r\n', 'x', 'é', '😀', ' '), { maxLength: 200 }), ({ fake, context }, around) => {
        const before = around.join('');
        const text = before + ' ' + CONTEXTS[context]!(fake.key);
        const findings = scanBuffer(Buffer.from(text, 'utf8'), 'a.js', matcher).filter((f) => f.ruleId === 'no-api-key-in-bundle');
        expect(findings.map((f) => f.location)).toMatchObject([lineAndColumn(text, text.indexOf(fake.key))]);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('text without keys', () => {
  it('yields no finding at all', () => {
    fc.assert(
      fc.property(fc.array(filler, { maxLength: 20 }), (fillers) => {
        const text = fillers.join(' ');
        expect(scanBuffer(Buffer.from(text, 'utf8'), 'clean.js', matcher)).toEqual([]);
        expect(matcher.scan(text)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('redact', () => {
  /** What is left of the redacted form once the allowed parts (the prefix, the last four) are taken away. */
  function hiddenPart(secret: string, prefix: string): string {
    let rest = redact(secret, prefix);
    if (prefix && rest.startsWith(prefix)) rest = rest.slice(prefix.length);
    if (secret.length >= 16 && rest.endsWith(secret.slice(-4))) rest = rest.slice(0, -4);
    return rest;
  }

  it('shows no more of any string than the given prefix and the last four characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ maxLength: 12 }), (secret, prefix) => {
        expect(['…', '[redacted]']).toContain(hiddenPart(secret, prefix));
      }),
      { numRuns: RUNS * 3 },
    );
  });

  it('shows a key as its shape prefix, an ellipsis and its last four characters', () => {
    fc.assert(
      fc.property(fakeKey, ({ key }) => {
        const shape = KEY_SHAPES.find((s) => s.pattern.test(key))!;
        const prefix = shapePrefix(shape);
        const shown = redact(key, prefix);
        expect(shown).toBe(`${prefix}…${key.slice(-4)}`);
        expect(shown.length).toBeLessThanOrEqual(prefix.length + 5);
      }),
      { numRuns: RUNS },
    );
  });
});
