/**
 * The committed bundle is what the runner runs: it must match the sources byte for byte, and action.yml
 * must describe exactly the inputs and outputs the code reads and writes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Inputs, Outputs } from '../src/inputs.js';
import { REPO_ROOT } from './helpers.js';

const DIST = path.join(REPO_ROOT, 'action/dist');

describe('action/dist', () => {
  it('matches a fresh build of the sources (run `pnpm --filter ./action build` and commit action/dist)', () => {
    const fresh = mkdtempSync(path.join(tmpdir(), 'bo-dist-'));
    execFileSync(process.execPath, [path.join(REPO_ROOT, 'action/build.mjs'), fresh], { stdio: 'pipe' });
    const names = readdirSync(fresh).sort();
    expect(readdirSync(DIST).sort()).toEqual(names);
    for (const name of names) {
      const same = readFileSync(path.join(fresh, name)).equals(readFileSync(path.join(DIST, name)));
      expect(same, `action/dist/${name} is stale`).toBe(true);
    }
  }, 120_000);
});

/** The ids under a top-level key of action.yml (`inputs:` or `outputs:`). */
function yamlIds(text: string, section: string): string[] {
  const body = text.split(new RegExp(`^${section}:\\n`, 'm'))[1]?.split(/^\S/m)[0] ?? '';
  return [...body.matchAll(/^ {2}([A-Za-z0-9_-]+):/gm)].map((m) => m[1]!);
}

describe('action.yml', () => {
  const text = readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8');

  it('runs the committed bundle on node24 with the shield icon', () => {
    expect(text).toMatch(/^runs:\n {2}using: node24\n {2}main: action\/dist\/index\.js$/m);
    expect(text).toMatch(/^ {2}icon: shield$/m);
  });

  it('describes every input and output the code uses', () => {
    for (const name of Object.values(Inputs)) expect(yamlIds(text, 'inputs')).toContain(name);
    expect(yamlIds(text, 'outputs').sort()).toEqual(expect.arrayContaining(Object.values(Outputs)));
    const described = [...text.matchAll(/^ {4}description: (.*)$/gm)].map((m) => m[1]!.trim());
    expect(described.every((d) => d.length > 0)).toBe(true);
  });
});
