import { afterAll, expect, it } from 'vitest';
import { lintProject, NEXT_PKG, removeProjects, writeProject } from './helpers.js';

afterAll(removeProjects);

it('smoke', async () => {
  const root = writeProject({
    'package.json': NEXT_PKG,
    'lib/openai.ts': "import OpenAI from 'openai';\nexport const openai = new OpenAI();\n",
    'lib/ai.ts': "import { openai } from './openai';\nexport async function ask(q: string) {\n  return openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: q }] });\n}\n",
    'app/api/chat/route.ts': "import { ask } from '@/lib/ai';\nexport async function POST(req: Request) {\n  const { q } = await req.json();\n  return Response.json(await ask(q));\n}\n",
    'tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['./*'] } } }),
  });
  const reports = await lintProject(root);
  console.log(reports);
  expect(reports.length).toBeGreaterThan(0);
});
