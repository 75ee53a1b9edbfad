import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig } from '../src/index.js';

describe('parseConfig', () => {
  it('accepts ignore globs and allow entries in both forms', () => {
    expect(parseConfig({ ignore: ['fixtures/**'], allow: ['0123456789abcdef', { fingerprint: 'fedcba9876543210', reason: 'demo key, revoked' }] }, 'c.json')).toEqual({
      ignore: ['fixtures/**'],
      allow: [{ fingerprint: '0123456789abcdef' }, { fingerprint: 'fedcba9876543210', reason: 'demo key, revoked' }],
    });
  });
  it.each([
    [{ ignores: [] }, 'c.json: unknown key "ignores" (expected "ignore", "allow" or "audit")'],
    [{ ignore: 'dist' }, 'c.json: "ignore" must be an array of non-empty glob strings'],
    [{ allow: ['abc'] }, 'c.json: "allow[0]" is not a fingerprint (16 hex characters, as reports print them)'],
    [{ allow: [{ fingerprint: '0123456789abcdef', why: 'x' }] }, 'c.json: "allow[0]" has unknown key "why" (expected "fingerprint" and "reason")'],
    [[], 'c.json: must be a JSON object with "ignore" and/or "allow"'],
  ])('names the bad key: %j', (value, message) => {
    expect(() => parseConfig(value, 'c.json')).toThrow(new ConfigError('c.json', message.replace(/^c\.json: /, '')));
  });
});

describe('loadConfig', () => {
  it('treats a missing default config as empty, and a missing explicit one as an error', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'bo-config-'));
    expect((await loadConfig(dir)).config).toEqual({ ignore: [], allow: [] });
    await expect(loadConfig(dir, 'custom.json')).rejects.toThrow('custom.json: config file not found');
  });
  it('reports invalid JSON with the file name', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'bo-config-'));
    await writeFile(path.join(dir, '.backend-only.json'), '{ "ignore": [ }');
    await expect(loadConfig(dir)).rejects.toThrow(/^\.backend-only\.json: invalid JSON/);
  });
});
