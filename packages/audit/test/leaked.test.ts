/** Matching a provider's redacted key against the redacted form a scan printed. */
import { describe, expect, it } from 'vitest';
import { matchKey, parseLeakedReport, redactedParts, type LeakedKey } from '@backend-only/audit';
import { fakeKeys } from '../../core/test/helpers/fake-keys.js';
import { anthropicHint, openAiRedacted } from './accounts.js';

const leak = (provider: 'openai' | 'anthropic', evidence: string): LeakedKey => ({ provider, evidence, fingerprint: '0011223344556677', where: 'dist/a.js:1' });

describe('redactedParts', () => {
  it.each([
    ['sk-proj-…a1b2', 'sk-proj-', 'a1b2'],
    ['sk-abc...def', 'sk-abc', 'def'],
    ['sk-ant-api03-R2D...igAA', 'sk-ant-api03-R2D', 'igAA'],
    ['sk-proj-****...****WXyz', 'sk-proj-', 'WXyz'],
    ['…a1b2', '', 'a1b2'],
  ])('%s', (value, head, tail) => expect(redactedParts(value)).toEqual({ head, tail }));

  it.each(['[redacted]', 'sk-proj-a1b2', 'OpenAI SDK code (x)', 'backend-only/no-hardcoded-api-key', 'sk-…'])('%s is not a redacted key', (value) => {
    expect(redactedParts(value)).toBeNull();
  });
});

describe('matchKey', () => {
  const key = fakeKeys()[0]!.key;
  const ours = `sk-proj-…${key.slice(-4)}`;

  it('matches the same key in OpenAI API-reference form (first 6, last 3) on the 3 characters both show', () => {
    expect(matchKey('openai', openAiRedacted(key), leak('openai', ours))).toMatchObject({ randomChars: 3 });
    expect(matchKey('openai', `sk-proj-...${key.slice(-4)}`, leak('openai', ours))).toMatchObject({ randomChars: 4 });
  });

  it('does not match another end, another prefix, another provider, or too little shown', () => {
    const otherEnd = key.slice(0, -1) + (key.endsWith('x') ? 'y' : 'x');
    expect(matchKey('openai', openAiRedacted(otherEnd), leak('openai', ours))).toBeNull();
    expect(matchKey('openai', `sk-svc...${key.slice(-3)}`, leak('openai', ours))).toBeNull();
    expect(matchKey('anthropic', openAiRedacted(key), leak('openai', ours))).toBeNull();
    expect(matchKey('openai', `sk-proj-...${key.slice(-2)}`, leak('openai', ours))).toBeNull();
  });

  it("counts Anthropic's fixed AA ending out of the evidence", () => {
    const anthropic = fakeKeys().find((k) => k.shapeId === 'anthropic-api')!.key;
    expect(matchKey('anthropic', anthropicHint(anthropic), leak('anthropic', `sk-ant-api03-…${anthropic.slice(-4)}`))).toMatchObject({ randomChars: 2 });
  });
});

describe('parseLeakedReport', () => {
  it('reads the keys of a JSON report, once per key, and skips other findings', () => {
    const report = {
      findings: [
        { ruleId: 'no-api-key-in-bundle', provider: 'openai', evidence: 'sk-proj-…a1b2', fingerprint: 'aaaaaaaaaaaaaaaa', file: 'dist/a.js', line: 1 },
        { ruleId: 'no-api-key-in-bundle', provider: 'openai', evidence: 'sk-proj-…a1b2', fingerprint: 'aaaaaaaaaaaaaaaa', file: 'dist/a.js.map', line: 1 },
        { ruleId: 'no-client-ai-sdk', provider: 'openai', evidence: 'OpenAI SDK code (OPENAI_BASE_URL)', fingerprint: 'bbbbbbbbbbbbbbbb', file: 'dist/a.js', line: 1 },
        { ruleId: 'no-api-key-in-bundle', provider: 'groq', evidence: 'gsk_…zzzz', fingerprint: 'cccccccccccccccc', file: 'dist/a.js', line: 2 },
      ],
    };
    expect(parseLeakedReport(JSON.stringify(report), 'r.json')).toEqual([{ provider: 'openai', evidence: 'sk-proj-…a1b2', fingerprint: 'aaaaaaaaaaaaaaaa', where: 'dist/a.js:1' }]);
  });

  it('reads SARIF results', () => {
    const sarif = { runs: [{ results: [{ properties: { provider: 'anthropic', evidence: 'sk-ant-api03-…xyAA' }, partialFingerprints: { 'backendOnly/v1': 'dddddddddddddddd' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'src/x.ts' }, region: { startLine: 3 } } }] }] }] };
    expect(parseLeakedReport(JSON.stringify(sarif), 'r.sarif')).toEqual([{ provider: 'anthropic', evidence: 'sk-ant-api03-…xyAA', fingerprint: 'dddddddddddddddd', where: 'src/x.ts:3' }]);
  });

  it('names the file when it is not a report', () => {
    expect(() => parseLeakedReport('{', 'r.json')).toThrow(/^r\.json: not a JSON report/);
    expect(() => parseLeakedReport('{"a":1}', 'r.json')).toThrow('r.json: neither a backend-only JSON report ("findings") nor SARIF ("runs")');
  });
});
