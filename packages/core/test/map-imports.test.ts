/**
 * sdkImportsInMapText: which SDKs a map's sources import, told from the map's JSON text, and when only parsing can
 * tell (a source with no sourcesContent is read from disk).
 */
import { describe, expect, it } from 'vitest';
import { sdkImportsInMapText } from '../src/scan/map-imports.js';

const map = (fields: Record<string, unknown>): string => JSON.stringify({ version: 3, names: [], mappings: 'AAAA', ...fields });

describe('sdkImportsInMapText', () => {
  it('finds imports in any quoting, JSON-escaped or not, and subpaths, once per provider', () => {
    const text = map({
      sources: ['../src/a.ts', '../src/b.ts', '../src/c.js'],
      sourcesContent: [
        'import OpenAI from "openai";\nimport { x } from "openai/resources";\n',
        "import Anthropic from '@anthropic-ai/sdk';\n",
        'const { GoogleGenerativeAI } = require(`@google/generative-ai`);\nimport("./chunk.js");\n',
      ],
    });
    expect(text).toContain('from \\"openai\\"'); // the escaped form the scan reads
    expect(sdkImportsInMapText(text)?.sort()).toEqual(['anthropic', 'google', 'openai']);
  });

  it('is empty for sources that import no SDK, even when they name one in a string or a comment', () => {
    const text = map({ sources: ['../src/a.ts'], sourcesContent: ['// talks to openai through /api\nimport { api } from "./api";\nconst label = "openai";\n'] });
    expect(sdkImportsInMapText(text)).toEqual([]);
  });

  it('is null when a source may have no sourcesContent: none at all, a null entry, or an index map', () => {
    expect(sdkImportsInMapText(map({ sources: ['../src/a.ts'] }))).toBeNull();
    expect(sdkImportsInMapText(map({ sources: ['../src/a.ts', '../src/b.ts'], sourcesContent: [null, 'x'] }))).toBeNull();
    expect(sdkImportsInMapText(map({ sources: ['../src/a.ts', '../src/b.ts'], sourcesContent: ['x', null] }))).toBeNull();
    // A source ending in a backslash escapes it: the quote after it still ends the string.
    expect(sdkImportsInMapText(map({ sources: ['a', 'b'], sourcesContent: ['x\\', null] }))).toBeNull();
    expect(sdkImportsInMapText(JSON.stringify({ version: 3, sections: [{ offset: { line: 0, column: 0 }, map: JSON.parse(map({ sources: ['a'], sourcesContent: ['x'] })) }] }))).toBeNull();
    // Written with spaces, the compact key is not there: parsed, never guessed.
    expect(sdkImportsInMapText(JSON.stringify(JSON.parse(map({ sources: ['a'], sourcesContent: ['x'] })), null, 2))).toBeNull();
  });

  it('is not fooled by a null inside a source: an escaped quote before it is text', () => {
    const text = map({ sources: ['../src/a.ts'], sourcesContent: ['const s = ",null";\nimport OpenAI from "openai";\n'] });
    expect(text).toContain('\\",null');
    expect(sdkImportsInMapText(text)).toEqual(['openai']);
  });
});
