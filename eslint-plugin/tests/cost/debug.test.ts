import { it } from 'vitest';
import { lintProject, writeProject } from './helpers.js';
it('debug', async () => {
  const root = writeProject({ 'package.json': JSON.stringify({ dependencies: { next: '16', openai: '6' } }),
    'app/api/chat/route.ts': `import OpenAI from 'openai';\nexport async function POST(req: Request) {\n  const { apiKey, messages } = await req.json();\n  const openai = new OpenAI({ apiKey: apiKey || process.env.OPENAI_API_KEY });\n  return Response.json(await openai.chat.completions.create({ model: 'gpt-4o', max_tokens: 300, messages }));\n}\n` });
  console.log(await lintProject(root));
});
