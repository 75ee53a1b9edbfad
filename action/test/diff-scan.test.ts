import { describe, expect, it } from 'vitest';
import { TextMatcher } from '@backend-only/core';
import { fakeKeys, randomChars } from '../../packages/core/test/helpers/fake-keys.js';
import { envFileKind, findKeysInLines, findPublicSecretEnvNames } from '../src/diff/scan-lines.js';

const lines = (...texts: string[]) => texts.map((text, i) => ({ line: 10 + i, text }));
const names = (file: string, ...texts: string[]) =>
  findPublicSecretEnvNames(file, envFileKind(file)!, lines(...texts)).map((f) => `${f.location.line}:${f.location.column} ${f.evidence}`);

describe('envFileKind', () => {
  it.each([
    ['.env', 'dotenv'],
    ['apps/web/.env.production.local', 'dotenv'],
    ['.github/workflows/ci.yml', 'workflow'],
    ['.github/workflows/deploy.yaml', 'workflow'],
    ['Dockerfile', 'dockerfile'],
    ['docker/web.Dockerfile', 'dockerfile'],
    ['Dockerfile.prod', 'dockerfile'],
    ['docker-compose.yml', 'compose'],
    ['deploy/docker-compose.override.yaml', 'compose'],
    ['compose.yaml', 'compose'],
    ['vercel.json', 'vercel'],
    ['netlify.toml', 'netlify'],
  ])('%s is %s', (file, kind) => expect(envFileKind(file)).toBe(kind));

  it.each(['src/env.ts', 'docs/workflows/ci.yml', '.github/workflows/sub/x.yml', 'config.yml', 'package.json'])('%s sets no build env', (file) =>
    expect(envFileKind(file)).toBeUndefined(),
  );
});

describe('findPublicSecretEnvNames', () => {
  it('finds a workflow step env that hands a secret to a public prefix', () => {
    expect(names('.github/workflows/build.yml', '          NEXT_PUBLIC_OPENAI_API_KEY: $' + '{{ secrets.OPENAI_API_KEY }}')).toEqual(['10:11 NEXT_PUBLIC_OPENAI_API_KEY']);
    // The secret's own name in the value, and a server-side name, are fine.
    expect(names('.github/workflows/build.yml', '          OPENAI_API_KEY: $' + '{{ secrets.NEXT_PUBLIC_OPENAI_API_KEY }}')).toEqual([]);
    // A run step exporting it to later steps.
    expect(names('.github/workflows/build.yml', '        run: echo "VITE_GROQ_API_KEY=$' + '{{ secrets.GROQ }}" >> "$GITHUB_ENV"')).toEqual(['10:20 VITE_GROQ_API_KEY']);
  });

  it('reads .env, Dockerfile ARG/ENV, compose, vercel.json and netlify.toml forms', () => {
    expect(names('.env.local', 'export NEXT_PUBLIC_ANTHROPIC_API_KEY=abc', '# NEXT_PUBLIC_OPENAI_API_KEY=commented out', 'NEXT_PUBLIC_SITE_URL=https://x')).toEqual([
      '10:8 NEXT_PUBLIC_ANTHROPIC_API_KEY',
    ]);
    expect(names('Dockerfile', 'ARG NEXT_PUBLIC_OPENAI_API_KEY', 'ENV VITE_OPENAI_API_KEY $OPENAI', 'RUN npm run build')).toEqual([
      '10:5 NEXT_PUBLIC_OPENAI_API_KEY',
      '11:5 VITE_OPENAI_API_KEY',
    ]);
    expect(names('docker-compose.yml', '      - REACT_APP_OPENAI_API_KEY=$' + '{OPENAI_API_KEY}', '      EXPO_PUBLIC_GEMINI_API_KEY: abc')).toEqual([
      '10:9 REACT_APP_OPENAI_API_KEY',
      '11:7 EXPO_PUBLIC_GEMINI_API_KEY',
    ]);
    expect(names('vercel.json', '    "NEXT_PUBLIC_OPENAI_API_KEY": "@openai-key",')).toEqual(['10:6 NEXT_PUBLIC_OPENAI_API_KEY']);
    expect(names('netlify.toml', '  VITE_OPENAI_API_KEY = "abc"')).toEqual(['10:3 VITE_OPENAI_API_KEY']);
  });

  it('leaves public-by-design names alone', () => {
    expect(names('.env', 'NEXT_PUBLIC_SUPABASE_ANON_KEY=abc', 'NEXT_PUBLIC_FIREBASE_API_KEY=abc', 'VITE_API_URL=https://x')).toEqual([]);
  });

  it('builds findings that name the rule, prefix and provider', () => {
    const [finding] = findPublicSecretEnvNames('.env', 'dotenv', lines('NEXT_PUBLIC_OPENAI_API_KEY=x'));
    expect(finding).toMatchObject({ ruleId: 'no-public-secret-env', severity: 'error', provider: 'openai', origin: null });
    expect(finding!.message).toContain('NEXT_PUBLIC_');
    expect(finding!.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('findKeysInLines', () => {
  it('finds every provider key shape on its head-side line and column, redacted', () => {
    const matcher = new TextMatcher();
    const keys = fakeKeys();
    const texts = keys.map((k, i) => `${' '.repeat(i)}const k${i} = "${k.key}";`);
    const findings = findKeysInLines('src/keys.ts', lines(...texts), matcher);
    expect(findings.map((f) => [f.location.line, f.location.column])).toEqual(keys.map((k, i) => [10 + i, texts[i]!.indexOf(k.key) + 1]));
    expect(findings.every((f) => f.ruleId === 'no-hardcoded-api-key')).toBe(true);
    const output = JSON.stringify(findings);
    for (const { key } of keys) expect(output).not.toContain(key);
  });

  it('tells Google keys apart: a Gemini key is an error, a Firebase config key or a bare AIza key nothing', () => {
    const aiza = () => 'AI' + 'za' + randomChars(35);
    const [firebaseKey, geminiKey, bareKey] = [aiza(), aiza(), aiza()];
    const added = lines(
      `const firebaseConfig = { apiKey: '${firebaseKey}', authDomain: 'demo.firebaseapp.com', projectId: 'demo' };`,
      `VITE_GEMINI_API_KEY=${geminiKey}`,
    );
    expect(findKeysInLines('src/app.ts', added, new TextMatcher()).map((f) => [f.location.line, f.severity, f.provider])).toEqual([[11, 'error', 'google']]);
    expect(findKeysInLines('src/map.ts', lines(`const key = '${bareKey}';`), new TextMatcher())).toEqual([]);
  });

  it('ignores SDK names and API hosts: those are the plugin rules’ job', () => {
    expect(findKeysInLines('a.ts', lines("fetch('https://api.openai.com/v1/chat/completions')", "import OpenAI from 'openai'"), new TextMatcher())).toEqual([]);
  });
});
