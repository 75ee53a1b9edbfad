/** require-max-tokens on real files through the real ESLint class: each SDK's cap name, caps, models and options from the request. */
import { afterAll, describe, expect, it } from 'vitest';
import { lintProject, removeProjects, where, writeProject } from './helpers.js';

afterAll(removeProjects);

async function capReports(code: string, aiVersion = '^5.0.0', file = 'app/api/chat/route.ts') {
  const root = writeProject({ 'package.json': JSON.stringify({ name: 'app', dependencies: { next: '16.0.0', ai: aiVersion } }), [file]: code });
  return lintProject(root, { rules: ['require-max-tokens'] });
}

const OPENAI = "import OpenAI from 'openai';\nconst openai = new OpenAI();\n";
const handler = (body: string, head = OPENAI) => `${head}export async function POST(req: Request) {\n${body}\n}\n`;

describe('reported', () => {
  const cases: [string, string, string, string?][] = [
    ['an OpenAI chat call with no cap', handler("  return openai.chat.completions.create({ model: 'gpt-4o', messages: [] });"), 'Add `max_completion_tokens`'],
    ['an OpenAI Responses call with no cap', handler("  return openai.responses.create({ model: 'gpt-4.1', input: 'x' });"), 'Add `max_output_tokens`'],
    ['a cap from the request body', handler("  const body = await req.json();\n  return openai.chat.completions.create({ model: 'gpt-4o', messages: body.messages, max_tokens: body.max_tokens });"), 'takes `max_tokens` from the request'],
    ['the whole body spread into the options', handler("  const body = await req.json();\n  return openai.chat.completions.create({ ...body, max_tokens: 100 });"), 'passes request data straight through'],
    ['the body itself as the options', handler('  return openai.chat.completions.create(await req.json());'), 'passes request data straight through'],
    ['an unchecked model from the request', handler("  const { model, messages } = await req.json();\n  return openai.chat.completions.create({ model, messages, max_tokens: 500 });"), 'takes its model from the request'],
    ['AI SDK v5 with the v4 name', handler("  return streamText({ model: openai('gpt-4o'), prompt: 'x', maxTokens: 500 });", "import { streamText } from 'ai';\nimport { openai } from '@ai-sdk/openai';\n"), 'AI SDK 5 no longer reads'],
    ['AI SDK with no cap', handler("  return generateText({ model: openai('gpt-4o'), prompt: 'x' });", "import { generateText } from 'ai';\nimport { openai } from '@ai-sdk/openai';\n"), 'Add `maxOutputTokens`'],
    ['Gemini (@google/genai) with no config', handler("  return ai.models.generateContent({ model: 'gemini-2.5-flash', contents: 'x' });", "import { GoogleGenAI } from '@google/genai';\nconst ai = new GoogleGenAI({});\n"), '`config.maxOutputTokens`'],
    ['LangChain ChatOpenAI with no maxTokens', "import { ChatOpenAI } from '@langchain/openai';\nexport const model = new ChatOpenAI({ model: 'gpt-4o' });\n", 'Add `maxTokens`'],
    ['Express passing req.body through', "import OpenAI from 'openai';\nconst openai = new OpenAI();\nexport const chat = async (req: any, res: any) => res.json(await openai.chat.completions.create(req.body));\n", 'passes request data straight through', 'server.ts'],
  ];
  it.each(cases)('%s', async (_name, code, text, file) => {
    const reports = await capReports(code, '^5.0.0', file);
    expect(reports).toHaveLength(1);
    expect(reports[0]!.message).toContain(text);
  });
});

describe('not reported', () => {
  const cases: [string, string, string?][] = [
    ['an OpenAI call with max_completion_tokens', handler("  return openai.chat.completions.create({ model: 'gpt-4o', messages: [], max_completion_tokens: 800 });")],
    ['a cap from a const options object', handler("  const options = { model: 'gpt-4o', max_tokens: 800 } as const;\n  return openai.chat.completions.create({ ...options, messages: [] });")],
    ['a requested cap clamped on the server', handler("  const body = await req.json();\n  return openai.chat.completions.create({ model: 'gpt-4o', messages: [], max_tokens: Math.min(body.max_tokens, 1000) });")],
    ['a requested model checked against a list', handler("  const { model } = await req.json();\n  if (!['gpt-4o-mini', 'gpt-4o'].includes(model)) return new Response(null, { status: 400 });\n  return openai.chat.completions.create({ model, messages: [], max_tokens: 500 });")],
    ['a body parsed by a schema', handler("  const body = schema.parse(await req.json());\n  return openai.chat.completions.create({ ...body, max_tokens: 500 });", `${OPENAI}declare const schema: any;\n`)],
    ['options from a parameter (a wrapper)', `${OPENAI}export function complete(params: any) {\n  return openai.chat.completions.create(params);\n}\n`],
    ['an options spread the rule cannot see into', handler("  return openai.chat.completions.create({ ...defaults(), messages: [] });", `${OPENAI}declare function defaults(): any;\n`)],
    ['Anthropic with max_tokens', handler("  return anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [] });", "import Anthropic from '@anthropic-ai/sdk';\nconst anthropic = new Anthropic();\n")],
    ['AI SDK v5 with maxOutputTokens', handler("  return streamText({ model: openai('gpt-4o'), prompt: 'x', maxOutputTokens: 500 });", "import { streamText } from 'ai';\nimport { openai } from '@ai-sdk/openai';\n")],
    ['Gemini with config.maxOutputTokens', handler("  return ai.models.generateContent({ model: 'gemini-2.5-flash', contents: 'x', config: { maxOutputTokens: 300 } });", "import { GoogleGenAI } from '@google/genai';\nconst ai = new GoogleGenAI({});\n")],
    ['LangChain ChatAnthropic (capped at 2048 by default)', "import { ChatAnthropic } from '@langchain/anthropic';\nexport const model = new ChatAnthropic({ model: 'claude-sonnet-4-5' });\n"],
    ['embeddings (no output to cap)', handler("  return openai.embeddings.create({ model: 'text-embedding-3-small', input: 'x' });")],
    ['a Twilio messages.create in a module with no AI SDK', "import twilio from 'twilio';\nconst client = twilio();\nexport const send = () => client.messages.create({ to: '+1', body: 'hi' });\n"],
  ];
  it.each(cases)('%s', async (_name, code, file) => {
    expect(where(await capReports(code, '^5.0.0', file))).toEqual([]);
  });

  it('AI SDK v4 reads maxTokens', async () => {
    expect(where(await capReports(handler("  return streamText({ model: openai('gpt-4o'), prompt: 'x', maxTokens: 500 });", "import { streamText } from 'ai';\nimport { openai } from '@ai-sdk/openai';\n"), '^4.3.0'))).toEqual([]);
  });
});

describe('shapes met on real apps', () => {
  it('a model from the request behind a conditional spread (twitterbio): the model, not the spread', async () => {
    const reports = await capReports(handler("  const { prompt, model } = await req.json();\n  const isQwen = model === 'Qwen/Qwen3.5-9B';\n  const params = { model, messages: [{ role: 'user', content: prompt }], max_tokens: isQwen ? 200 : 2000, ...(isQwen && { top_k: 20 }) };\n  return openai.chat.completions.stream(params);"));
    expect(reports.map((r) => r.message)).toEqual([expect.stringContaining('takes its model from the request')]);
  });
});

it("bring your own key: the caller's cap and model are the caller's bill", async () => {
  const reports = await capReports(handler("  const { apiKey, model, messages, max_tokens } = await req.json();\n  const client = new OpenAI({ apiKey });\n  return client.chat.completions.create({ model, messages, max_tokens });"));
  expect(where(reports)).toEqual([]);
});

it("a project's own wrapper named like the SDK takes its own arguments (astrotribe's openAI.createChatCompletion(messages))", async () => {
  const reports = await capReports("import { openAI } from '~/server/utils/openai';\nexport default defineEventHandler(async (event) => {\n  const { messages } = await readBody(event);\n  return openAI.createChatCompletion(messages);\n});\n", '^5.0.0', 'server/api/ask.ts');
  expect(where(reports)).toEqual([]);
});

describe('a call made in the browser is a leaked key, reported by the leak rules, not here (one report per leak)', () => {
  const call = "export const ask = () => openai.chat.completions.create({ model: 'gpt-4o', messages: [] });\n";
  it.each([
    ["a Client Component ('use client')", `'use client';\n${OPENAI}${call}`, 'app/chat/Chat.tsx'],
    ['a module whose client opts into the browser', `import OpenAI from 'openai';\nconst openai = new OpenAI({ apiKey: 'x', dangerouslyAllowBrowser: true });\n${call}`, 'lib/ai.ts'],
    ['a module reading its key from a public env name (open-chat)', `import OpenAI from 'openai';\nconst openai = new OpenAI({ apiKey: process.env.NEXT_PUBLIC_OPEN_AI_API_KEY });\n${call}`, 'src/services/openAI.service.ts'],
  ])('%s', async (_name, code, file) => {
    expect(where(await capReports(code, '^5.0.0', file))).toEqual([]);
  });

  it('a server module that turns the browser opt-in off is still checked', async () => {
    const code = `import OpenAI from 'openai';\nconst openai = new OpenAI({ dangerouslyAllowBrowser: false });\n${call}`;
    expect(await capReports(code, '^5.0.0', 'lib/ai.ts')).toHaveLength(1);
  });
});
