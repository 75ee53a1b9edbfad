#!/usr/bin/env node
/**
 * What the cost rules (require-rate-limit, require-max-tokens, weak-rate-limit; issue 12) add to a lint with the
 * plugin's `recommended` config: ESLint (the ESLint class) on a generated 1,600-file Next.js project — route
 * handlers and Server Actions that reach AI calls and limiters through two to four first-party imports, next to
 * plain components and helpers — with `recommended` as is and with the three rules switched off. Target: ≤10%.
 *
 *   node bench/eslint-cost.mjs [--rounds 3] [--short]   generate .bench/eslint-cost (once), print the figures
 *
 * Each timed lint runs in its own Node process (a cold ESLint, as `eslint .` in CI); modes alternate and the
 * fastest of each is kept, by CPU time. Needs `pnpm build` first (it runs eslint-plugin/dist).
 * bench/run.mjs calls `benchEslintCost({ log, short })`, which returns Markdown lines.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const COST_RULES = ['require-rate-limit', 'require-max-tokens', 'weak-rate-limit'];
/** Bump when the generator changes, so an old project is regenerated. */
const GENERATOR_VERSION = '1';
const ROUTES = 200;
const ACTIONS = 100;
const LIBS = 300;
const COMPONENTS = 1000;

function generateProject(dir) {
  rmSync(dir, { recursive: true, force: true });
  const write = (file, text) => {
    const target = path.join(dir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  };
  write('package.json', JSON.stringify({ name: 'cost-bench', private: true, dependencies: { next: '16.0.0', react: '19.0.0', openai: '6.0.0', ai: '5.0.0', '@upstash/ratelimit': '2.0.0' } }, null, 2));
  write('tsconfig.json', JSON.stringify({ compilerOptions: { jsx: 'preserve', strict: true, baseUrl: '.', paths: { '@/*': ['./*'] } } }, null, 2));
  write('lib/openai.ts', "import OpenAI from 'openai';\nexport const openai = new OpenAI();\n");
  write('lib/ratelimit.ts', "import { Ratelimit } from '@upstash/ratelimit';\nimport { Redis } from '@upstash/redis';\nexport const ratelimit = new Ratelimit({ redis: Redis.fromEnv(), limiter: Ratelimit.slidingWindow(10, '1 m') });\nexport async function checkLimit(id: string) {\n  const { success } = await ratelimit.limit(id);\n  return success;\n}\n");
  // lib/lNNN.ts: a chain of helpers; every third calls OpenAI, the rest format and forward.
  for (let i = 0; i < LIBS; i++) {
    const next = i + 1 < LIBS && i % 4 !== 3 ? `import { step${i + 1} } from './l${i + 1}';\n` : '';
    const call = i % 3 === 0 ? `  const answer = await openai.chat.completions.create({ model: 'gpt-4o-mini', max_completion_tokens: 400, messages: [{ role: 'user', content: text }] });\n  return answer.choices[0]?.message.content ?? '';` : next ? `  return step${i + 1}(text.trim());` : '  return text.toUpperCase();';
    write(`lib/l${i}.ts`, `import { openai } from './openai';\n${next}\n/** Step ${i}. */\nexport async function step${i}(input: string): Promise<string> {\n  const text = input.slice(0, ${200 + i});\n${call}\n}\n\nexport function format${i}(value: string): string {\n  return value.split('\\n').map((line) => line.trim()).join(' ');\n}\n`);
  }
  for (let i = 0; i < ROUTES; i++) {
    const guarded = i % 2 === 0;
    const guard = guarded ? "  if (!(await checkLimit(req.headers.get('x-forwarded-for') ?? ''))) return new Response(null, { status: 429 });\n" : '';
    write(`app/api/r${i}/route.ts`, `${guarded ? "import { checkLimit } from '@/lib/ratelimit';\n" : ''}import { step${(i * 7) % LIBS} } from '@/lib/l${(i * 7) % LIBS}';\n\nexport async function POST(req: Request) {\n${guard}  const { text } = await req.json();\n  return Response.json({ answer: await step${(i * 7) % LIBS}(String(text)) });\n}\n\nexport function GET() {\n  return Response.json({ ok: true });\n}\n`);
  }
  for (let i = 0; i < ACTIONS; i++) {
    write(`app/actions/a${i}.ts`, `'use server';\nimport { streamText } from 'ai';\nimport { openai } from '@ai-sdk/openai';\nimport { format${i % LIBS} } from '@/lib/l${i % LIBS}';\n\nexport async function summarize${i}(text: string) {\n  return streamText({ model: openai('gpt-4o-mini'), prompt: format${i % LIBS}(text)${i % 2 ? ', maxOutputTokens: 300' : ''} });\n}\n`);
  }
  for (let i = 0; i < COMPONENTS; i++) {
    write(`components/c${i}.tsx`, `'use client';\nimport { useState } from 'react';\nimport { format${i % LIBS} } from '@/lib/l${i % LIBS}';\n\nexport function View${i}({ items }: { items: string[] }) {\n  const [selected, setSelected] = useState<string>();\n  return (\n    <ul>\n      {items.map((item) => (\n        <li key={item} className={item === selected ? 'on' : undefined} onClick={() => setSelected(item)}>\n          {format${i % LIBS}(item)}\n        </li>\n      ))}\n    </ul>\n  );\n}\n`);
  }
  write('.generator-version', GENERATOR_VERSION);
}

/** One timed lint in this process: prints `{ ms, cpuMs, files, reports }` as JSON. */
async function measure(projectDir, mode) {
  const { ESLint } = await import('eslint');
  const plugin = (await import(pathToFileURL(path.join(repoRoot, 'eslint-plugin/dist/index.js')).href)).default;
  const off = mode === 'without' ? Object.fromEntries(COST_RULES.map((id) => [`backend-only/${id}`, 'off'])) : {};
  const eslint = new ESLint({ cwd: projectDir, overrideConfigFile: true, cache: false, overrideConfig: [plugin.configs.recommended, { rules: off }] });
  const started = performance.now();
  const cpu = process.cpuUsage();
  const results = await eslint.lintFiles(['.']);
  const used = process.cpuUsage(cpu);
  const costReports = results.reduce((n, r) => n + r.messages.filter((m) => COST_RULES.some((id) => m.ruleId === `backend-only/${id}`)).length, 0);
  process.stdout.write(JSON.stringify({ ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, files: results.length, costReports }));
}

export async function benchEslintCost({ log = console.log, short = false, rounds = short ? 1 : 3 } = {}) {
  const title = ['## ESLint cost rules (require-rate-limit, require-max-tokens, weak-rate-limit)', ''];
  if (!existsSync(path.join(repoRoot, 'eslint-plugin/dist/index.js'))) return [...title, 'skipped: eslint-plugin/dist is not built yet (pnpm build).'];
  const projectDir = path.join(repoRoot, '.bench', 'eslint-cost');
  const versionFile = path.join(projectDir, '.generator-version');
  if (!existsSync(versionFile) || readFileSync(versionFile, 'utf8') !== GENERATOR_VERSION) {
    log('generating .bench/eslint-cost…');
    generateProject(projectDir);
  }
  const best = {};
  for (let round = 0; round < rounds; round++) {
    for (const mode of ['without', 'with']) {
      const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--measure', projectDir, mode], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
      const run = JSON.parse(out);
      log(`${mode} the cost rules: ${(run.cpuMs / 1000).toFixed(2)} s CPU, ${(run.ms / 1000).toFixed(2)} s wall`);
      if (!best[mode] || run.cpuMs < best[mode].cpuMs) best[mode] = run;
    }
  }
  const overhead = (best.with.cpuMs / best.without.cpuMs - 1) * 100;
  return [
    ...title,
    `Codebase: a generated Next.js project, ${best.with.files} files (${ROUTES} route handlers, ${ACTIONS} Server Actions, ${LIBS} helpers in import chains, ${COMPONENTS} client components), in .bench/eslint-cost. Fresh process per lint, best of ${rounds} alternating runs by CPU time.`,
    '',
    '| config | CPU time | wall time | cost reports |',
    '|---|---:|---:|---:|',
    `| \`recommended\` without the three cost rules | ${(best.without.cpuMs / 1000).toFixed(2)} s | ${(best.without.ms / 1000).toFixed(2)} s | ${best.without.costReports} |`,
    `| \`recommended\` | ${(best.with.cpuMs / 1000).toFixed(2)} s | ${(best.with.ms / 1000).toFixed(2)} s | ${best.with.costReports} |`,
    '',
    `The cost rules add ${overhead.toFixed(1)}% (target ≤10%: ${overhead <= 10 ? 'met' : 'MISSED'}).`,
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args[0] === '--measure') {
    measure(args[1], args[2]).catch((error) => {
      process.stderr.write(String(error?.stack ?? error));
      process.exitCode = 1;
    });
  } else {
    const rounds = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : undefined;
    benchEslintCost({ short: args.includes('--short'), ...(rounds ? { rounds } : {}) }).then((lines) => console.log(lines.join('\n')));
  }
}
