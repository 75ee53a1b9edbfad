/**
 * require-rate-limit and weak-rate-limit on small real projects, through the real ESLint class: every endpoint
 * kind of core's endpoint catalog, every guard kind of its guard catalog, guards and AI calls reached through
 * imports, covering layers (Next.js middleware and proxy matchers, SvelteKit handle, h3 onRequest, app.use).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { lintProject, removeProjects, where, writeProject } from './helpers.js';

afterAll(removeProjects);

const pkg = (dependencies: Record<string, string>) => JSON.stringify({ name: 'app', private: true, dependencies });
const NEXT = pkg({ next: '16.0.0', openai: '6.0.0', ai: '^5.0.0', '@upstash/ratelimit': '2.0.0' });
const TSCONFIG = JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['./*'] } } });
/** An OpenAI call with a cap, so only require-rate-limit speaks. */
const OPENAI_CALL = "openai.chat.completions.create({ model: 'gpt-4o-mini', max_completion_tokens: 500, messages: [{ role: 'user', content: 'hi' }] })";
const OPENAI_CLIENT = "import OpenAI from 'openai';\nconst openai = new OpenAI();\n";
const UPSTASH = "import { Ratelimit } from '@upstash/ratelimit';\nimport { Redis } from '@upstash/redis';\nconst ratelimit = new Ratelimit({ redis: Redis.fromEnv(), limiter: Ratelimit.slidingWindow(10, '1 m') });\n";

async function rateLimitReports(files: Record<string, string>, settings?: Record<string, unknown>) {
  const root = writeProject({ 'tsconfig.json': TSCONFIG, ...files });
  return lintProject(root, { rules: ['require-rate-limit', 'weak-rate-limit'], ...(settings ? { settings } : {}) });
}

describe('endpoints that spend with no limit are reported', () => {
  const cases: [string, Record<string, string>, string][] = [
    ['a Next.js Route Handler', { 'package.json': NEXT, 'app/api/chat/route.ts': `${OPENAI_CLIENT}export async function POST(req: Request) {\n  return Response.json(await ${OPENAI_CALL});\n}\n` }, 'app/api/chat/route.ts:3'],
    ['a Next.js route under src/app and a route group', { 'package.json': NEXT, 'src/app/(chat)/api/chat/route.ts': `${OPENAI_CLIENT}export const POST = async () => Response.json(await ${OPENAI_CALL});\n` }, 'src/app/(chat)/api/chat/route.ts:3'],
    ['a Pages Router API route', { 'package.json': NEXT, 'pages/api/chat.ts': `${OPENAI_CLIENT}export default async function handler(req: any, res: any) {\n  res.json(await ${OPENAI_CALL});\n}\n` }, 'pages/api/chat.ts:3'],
    ['a Server Action', { 'package.json': NEXT, 'app/actions.ts': `'use server';\n${OPENAI_CLIENT}export async function summarize(text: string) {\n  return ${OPENAI_CALL};\n}\n` }, 'app/actions.ts:4'],
    ['a Vercel Function', { 'package.json': pkg({ vite: '6.0.0', openai: '6' }), 'api/chat.ts': `${OPENAI_CLIENT}export default async function handler(req: Request) {\n  return Response.json(await ${OPENAI_CALL});\n}\n` }, 'api/chat.ts:3'],
    ['a Netlify Function', { 'package.json': pkg({ openai: '6' }), 'netlify/functions/chat.mts': `${OPENAI_CLIENT}export default async (req: Request) => Response.json(await ${OPENAI_CALL});\n` }, 'netlify/functions/chat.mts:3'],
    ['an Express route', { 'package.json': pkg({ express: '5', openai: '6' }), 'server.ts': `import express from 'express';\n${OPENAI_CLIENT}const app = express();\napp.post('/api/chat', async (req, res) => {\n  res.json(await ${OPENAI_CALL});\n});\napp.listen(3000);\n` }, 'server.ts:5'],
    ['a Fastify route', { 'package.json': pkg({ fastify: '5', openai: '6' }), 'server.ts': `import Fastify from 'fastify';\n${OPENAI_CLIENT}const app = Fastify();\napp.post('/chat', async () => ${OPENAI_CALL});\n` }, 'server.ts:5'],
    ['a Hono route', { 'package.json': pkg({ hono: '4', openai: '6' }), 'src/index.ts': `import { Hono } from 'hono';\n${OPENAI_CLIENT}const app = new Hono();\napp.post('/chat', async (c) => c.json(await ${OPENAI_CALL}));\nexport default app;\n` }, 'src/index.ts:5'],
    ['a Koa router route', { 'package.json': pkg({ koa: '2', '@koa/router': '13', openai: '6' }), 'src/app.ts': `import Koa from 'koa';\nimport Router from '@koa/router';\n${OPENAI_CLIENT}const app = new Koa();\nconst router = new Router();\nrouter.post('/chat', async (ctx) => { ctx.body = await ${OPENAI_CALL}; });\napp.use(router.routes());\n` }, 'src/app.ts:7'],
    ['a SvelteKit +server endpoint', { 'package.json': pkg({ '@sveltejs/kit': '2', openai: '6' }), 'src/routes/api/chat/+server.ts': `${OPENAI_CLIENT}export const POST = async () => new Response(JSON.stringify(await ${OPENAI_CALL}));\n` }, 'src/routes/api/chat/+server.ts:3'],
    ['a SvelteKit form action', { 'package.json': pkg({ '@sveltejs/kit': '2', openai: '6' }), 'src/routes/+page.server.ts': `${OPENAI_CLIENT}export const actions = {\n  default: async () => ({ answer: await ${OPENAI_CALL} }),\n};\n` }, 'src/routes/+page.server.ts:4'],
    ['a Nuxt server route', { 'package.json': pkg({ nuxt: '3', openai: '6' }), 'server/api/chat.post.ts': `${OPENAI_CLIENT}export default defineEventHandler(async (event) => ${OPENAI_CALL});\n` }, 'server/api/chat.post.ts:3'],
    ['a Remix action', { 'package.json': pkg({ '@remix-run/node': '2', '@remix-run/dev': '2', openai: '6' }), 'app/routes/chat.tsx': `${OPENAI_CLIENT}export async function action({ request }: { request: Request }) {\n  return ${OPENAI_CALL};\n}\nexport default function Chat() { return null; }\n` }, 'app/routes/chat.tsx:3'],
    ['an Astro endpoint', { 'package.json': pkg({ astro: '5', openai: '6' }), 'src/pages/api/chat.ts': `${OPENAI_CLIENT}export const POST = async () => new Response(JSON.stringify(await ${OPENAI_CALL}));\n` }, 'src/pages/api/chat.ts:3'],
    ['an Astro Action', { 'package.json': pkg({ astro: '5', openai: '6' }), 'src/actions/index.ts': `import { defineAction } from 'astro:actions';\n${OPENAI_CLIENT}export const server = {\n  chat: defineAction({ handler: async () => ${OPENAI_CALL} }),\n};\n` }, 'src/actions/index.ts:5'],
    ['an Expo API route', { 'package.json': pkg({ expo: '52', openai: '6' }), 'app/chat+api.ts': `${OPENAI_CLIENT}export async function POST(request: Request) {\n  return Response.json(await ${OPENAI_CALL});\n}\n` }, 'app/chat+api.ts:3'],
    ['a Cloudflare Worker', { 'package.json': pkg({ openai: '6', wrangler: '4' }), 'src/index.ts': `${OPENAI_CLIENT}export default {\n  async fetch(request: Request, env: unknown) {\n    return Response.json(await ${OPENAI_CALL});\n  },\n};\n` }, 'src/index.ts:4'],
    ['a Pages Function', { 'package.json': pkg({ openai: '6' }), 'functions/api/chat.ts': `${OPENAI_CLIENT}export const onRequestPost = async () => Response.json(await ${OPENAI_CALL});\n` }, 'functions/api/chat.ts:3'],
    ['a Supabase Edge Function (Deno.serve)', { 'supabase/functions/chat/index.ts': `import OpenAI from 'npm:openai';\nconst openai = new OpenAI();\nDeno.serve(async (req) => Response.json(await ${OPENAI_CALL}));\n` }, 'supabase/functions/chat/index.ts:3'],
    ['a Firebase callable', { 'package.json': pkg({ 'firebase-functions': '6', openai: '6' }), 'functions/src/index.ts': `import { onCall } from 'firebase-functions/v2/https';\n${OPENAI_CLIENT}export const chat = onCall(async (request) => ${OPENAI_CALL});\n` }, 'functions/src/index.ts:4'],
    ['a GraphQL resolver', { 'package.json': pkg({ 'graphql-yoga': '5', openai: '6' }), 'src/resolvers.ts': `${OPENAI_CLIENT}export const resolvers = {\n  Mutation: {\n    ask: async () => (await ${OPENAI_CALL}).choices[0],\n  },\n};\n` }, 'src/resolvers.ts:5'],
  ];
  it.each(cases)('%s', async (_name, files, expected) => {
    const reports = await rateLimitReports(files);
    expect(where(reports)).toEqual([`${expected} require-rate-limit`]);
  });

  it('names the endpoint, the chain through two imports and the framework fix, keyed per IP', async () => {
    const reports = await rateLimitReports({
      'package.json': NEXT,
      'lib/openai.ts': "import OpenAI from 'openai';\nexport const openai = new OpenAI();\n",
      'lib/ai.ts': `import { openai } from './openai';\nexport async function ask() {\n  return ${OPENAI_CALL};\n}\n`,
      'lib/chat.ts': "import { ask } from './ai';\nexport const answer = () => ask();\n",
      'app/api/chat/route.ts': "import { answer } from '@/lib/chat';\nexport async function POST() {\n  return Response.json(await answer());\n}\n",
    });
    expect(where(reports)).toEqual(['app/api/chat/route.ts:2 require-rate-limit']);
    expect(reports[0]!.message).toContain('app/api/chat/route.ts POST → lib/chat.ts → lib/ai.ts → openai.chat.completions.create: this endpoint spends OpenAI money');
    expect(reports[0]!.message).toContain('Upstash Ratelimit');
    expect(reports[0]!.message).toContain('keyed on the client IP');
  });

  it('keys the fix per user, with a quota, when the endpoint knows its user', async () => {
    const reports = await rateLimitReports({
      'package.json': NEXT,
      'app/api/chat/route.ts': `import { auth } from '@/auth';\n${OPENAI_CLIENT}export async function POST() {\n  const session = await auth();\n  if (!session?.user) return new Response(null, { status: 401 });\n  return Response.json(await ${OPENAI_CALL});\n}\n`,
      'auth.ts': 'export const auth = async () => ({ user: { id: 1 } });\n',
    });
    expect(where(reports)).toEqual(['app/api/chat/route.ts:4 require-rate-limit']);
    expect(reports[0]!.message).toContain('limit(userId)');
    expect(reports[0]!.message).toContain('keyed on the signed-in user');
  });

  it('suggests the Node and Workers fixes for Express and Workers', async () => {
    const express = await rateLimitReports({ 'package.json': pkg({ express: '5', openai: '6' }), 'server.ts': `import express from 'express';\n${OPENAI_CLIENT}const app = express();\napp.post('/chat', async (req, res) => { res.json(await ${OPENAI_CALL}); });\n` });
    expect(express[0]!.message).toContain('express-rate-limit');
    const worker = await rateLimitReports({ 'src/index.ts': `${OPENAI_CLIENT}export default { fetch: async () => Response.json(await ${OPENAI_CALL}) };\n` });
    expect(worker[0]!.message).toContain('env.MY_RATE_LIMITER.limit({ key: ip })');
  });

  it('reports each AI SDK, Anthropic, Gemini, LangChain and raw-fetch call as spending', async () => {
    const route = (body: string, imports: string) => ({ 'package.json': NEXT, 'app/api/x/route.ts': `${imports}\nexport async function POST() {\n  ${body}\n}\n` });
    const calls: [string, string][] = [
      ["import { streamText } from 'ai';\nimport { openai } from '@ai-sdk/openai';", "return streamText({ model: openai('gpt-4o'), maxOutputTokens: 300, prompt: 'x' }).toTextStreamResponse();"],
      ["import Anthropic from '@anthropic-ai/sdk';\nconst anthropic = new Anthropic();", "return Response.json(await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 300, messages: [] }));"],
      ["import { GoogleGenAI } from '@google/genai';\nconst ai = new GoogleGenAI({});", "return Response.json(await ai.models.generateContent({ model: 'gemini-2.5-flash', contents: 'x', config: { maxOutputTokens: 200 } }));"],
      ["import { ChatOpenAI } from '@langchain/openai';", "const model = new ChatOpenAI({ maxTokens: 200 });\n  return Response.json(await model.invoke('x'));"],
      ['', "return fetch('https://api.openai.com/v1/chat/completions', { method: 'POST', body: '{}' });"],
    ];
    for (const [imports, body] of calls) {
      const reports = await rateLimitReports(route(body, imports));
      expect(where(reports), body).toEqual([`app/api/x/route.ts:${imports.split('\n').length + 1} require-rate-limit`]);
    }
  });
});

describe('guarded endpoints are left alone', () => {
  const route = (body: string, head = '') => ({ 'package.json': NEXT, 'app/api/chat/route.ts': `${OPENAI_CLIENT}${head}export async function POST(req: Request) {\n${body}\n  return Response.json(await ${OPENAI_CALL});\n}\n` });
  const guarded: [string, Record<string, string>][] = [
    ['Upstash Ratelimit with success checked', route("  const ip = req.headers.get('x-forwarded-for') ?? 'anon';\n  const { success } = await ratelimit.limit(ip);\n  if (!success) return new Response('Too many requests', { status: 429 });", UPSTASH)],
    ['Upstash inline verdict', route("  if (!(await ratelimit.limit(req.headers.get('x-real-ip') ?? '')).success) return new Response(null, { status: 429 });", UPSTASH)],
    ['rate-limiter-flexible consume', route("  try { await limiter.consume(req.headers.get('x-forwarded-for') ?? ''); } catch { return new Response(null, { status: 429 }); }", "import { RateLimiterMemory } from 'rate-limiter-flexible';\nconst limiter = new RateLimiterMemory({ points: 10, duration: 60 });\n")],
    ['Arcjet protect + isDenied', route("  const decision = await aj.protect(req);\n  if (decision.isDenied()) return new Response(null, { status: 403 });", "import arcjet, { slidingWindow } from '@arcjet/next';\nconst aj = arcjet({ key: process.env.ARCJET_KEY!, rules: [slidingWindow({ mode: 'LIVE', interval: 60, max: 10 })] });\n")],
    ['@unkey/ratelimit', route("  const { success } = await unkey.limit(req.headers.get('x-forwarded-for') ?? '');\n  if (!success) return new Response(null, { status: 429 });", "import { Ratelimit } from '@unkey/ratelimit';\nconst unkey = new Ratelimit({ rootKey: process.env.UNKEY_ROOT_KEY!, namespace: 'chat', limit: 10, duration: '60s' });\n")],
    ['@vercel/firewall checkRateLimit', route("  const { rateLimited } = await checkRateLimit('chat', { request: req });\n  if (rateLimited) return new Response(null, { status: 429 });", "import { checkRateLimit } from '@vercel/firewall';\n")],
    ['a Redis INCR + EXPIRE counter', route("  const key = `chat:${req.headers.get('x-forwarded-for')}`;\n  const count = await redis.incr(key);\n  if (count === 1) await redis.expire(key, 60);\n  if (count > 10) return new Response(null, { status: 429 });", "import { Redis } from '@upstash/redis';\nconst redis = Redis.fromEnv();\n")],
    ['a quota checked against a store', route("  const used = await db.messageCount(1);\n  if (used >= entitlements.maxMessagesPerDay) return Response.json({ error: 'limit' }, { status: 403 });", "declare const db: any;\ndeclare const entitlements: any;\n")],
    ['a hand-written limiter that answers 429', route("  if (!allow(req)) return new Response('slow down', { status: 429 });", 'declare function allow(r: Request): boolean;\n')],
  ];
  it.each(guarded)('%s', async (_name, files) => {
    expect(where(await rateLimitReports(files))).toEqual([]);
  });

  it('a limiter in another module, reached through imports', async () => {
    const reports = await rateLimitReports({
      'package.json': NEXT,
      'lib/rate-limit.ts': `${UPSTASH}export async function checkLimit(id: string) {\n  const { success } = await ratelimit.limit(id);\n  return success;\n}\n`,
      'app/api/chat/route.ts': `import { checkLimit } from '@/lib/rate-limit';\n${OPENAI_CLIENT}export async function POST(req: Request) {\n  if (!(await checkLimit(req.headers.get('x-forwarded-for') ?? ''))) return new Response(null, { status: 429 });\n  return Response.json(await ${OPENAI_CALL});\n}\n`,
    });
    expect(where(reports)).toEqual([]);
  });

  it('a helper that limits, then calls the provider', async () => {
    const reports = await rateLimitReports({
      'package.json': NEXT,
      'lib/ai.ts': `${UPSTASH}${OPENAI_CLIENT}export async function ask(ip: string) {\n  const { success } = await ratelimit.limit(ip);\n  if (!success) throw new Error('Too many requests');\n  return ${OPENAI_CALL};\n}\n`,
      'app/api/chat/route.ts': "import { ask } from '@/lib/ai';\nexport async function POST(req: Request) {\n  return Response.json(await ask(req.headers.get('x-forwarded-for') ?? ''));\n}\n",
    });
    expect(where(reports)).toEqual([]);
  });

  it('the Cloudflare rate-limit binding in a Worker', async () => {
    const reports = await rateLimitReports({
      'src/index.ts': `${OPENAI_CLIENT}export default {\n  async fetch(request: Request, env: any) {\n    const { success } = await env.CHAT_LIMITER.limit({ key: request.headers.get('cf-connecting-ip') ?? '' });\n    if (!success) return new Response(null, { status: 429 });\n    return Response.json(await ${OPENAI_CALL});\n  },\n};\n`,
    });
    expect(where(reports)).toEqual([]);
  });

  it('express-rate-limit with app.use before the routes, or per route', async () => {
    const head = `import express from 'express';\nimport rateLimit from 'express-rate-limit';\n${OPENAI_CLIENT}const app = express();\nconst limiter = rateLimit({ windowMs: 60_000, limit: 10 });\n`;
    const global = await rateLimitReports({ 'package.json': pkg({ express: '5', openai: '6', 'express-rate-limit': '8' }), 'server.ts': `${head}app.use('/api', limiter);\napp.post('/api/chat', async (req, res) => { res.json(await ${OPENAI_CALL}); });\n` });
    expect(where(global)).toEqual([]);
    const perRoute = await rateLimitReports({ 'package.json': pkg({ express: '5', openai: '6', 'express-rate-limit': '8' }), 'server.ts': `${head}app.post('/api/chat', limiter, async (req, res) => { res.json(await ${OPENAI_CALL}); });\n` });
    expect(where(perRoute)).toEqual([]);
  });

  it('@fastify/rate-limit registered before the routes, or set per route', async () => {
    const head = `import Fastify from 'fastify';\nimport rateLimit from '@fastify/rate-limit';\n${OPENAI_CLIENT}const app = Fastify();\n`;
    const registered = await rateLimitReports({ 'server.ts': `${head}await app.register(rateLimit, { max: 10, timeWindow: '1 minute' });\napp.post('/chat', async () => ${OPENAI_CALL});\n` });
    expect(where(registered)).toEqual([]);
    const perRoute = await rateLimitReports({ 'server.ts': `${head}app.post('/chat', { config: { rateLimit: { max: 5, timeWindow: '1 minute' } } }, async () => ${OPENAI_CALL});\n` });
    expect(where(perRoute)).toEqual([]);
  });

  it('hono-rate-limiter with app.use', async () => {
    const reports = await rateLimitReports({ 'src/index.ts': `import { Hono } from 'hono';\nimport { rateLimiter } from 'hono-rate-limiter';\n${OPENAI_CLIENT}const app = new Hono();\napp.use(rateLimiter({ windowMs: 60_000, limit: 10, keyGenerator: (c) => c.req.header('cf-connecting-ip') ?? '' }));\napp.post('/chat', async (c) => c.json(await ${OPENAI_CALL}));\n` });
    expect(where(reports)).toEqual([]);
  });

  it('sveltekit-rate-limiter in the endpoint, and in hooks.server handle', async () => {
    const sk = pkg({ '@sveltejs/kit': '2', openai: '6', 'sveltekit-rate-limiter': '0.6' });
    const limiter = "import { RateLimiter } from 'sveltekit-rate-limiter/server';\nconst limiter = new RateLimiter({ IP: [10, 'h'] });\n";
    const inEndpoint = await rateLimitReports({ 'package.json': sk, 'src/routes/api/chat/+server.ts': `${limiter}${OPENAI_CLIENT}export const POST = async (event: any) => {\n  if (await limiter.isLimited(event)) return new Response(null, { status: 429 });\n  return new Response(JSON.stringify(await ${OPENAI_CALL}));\n};\n` });
    expect(where(inEndpoint)).toEqual([]);
    const inHook = await rateLimitReports({
      'package.json': sk,
      'src/hooks.server.ts': `${limiter}export const handle = async ({ event, resolve }: any) => {\n  if (await limiter.isLimited(event)) return new Response(null, { status: 429 });\n  return resolve(event);\n};\n`,
      'src/routes/api/chat/+server.ts': `${OPENAI_CLIENT}export const POST = async () => new Response(JSON.stringify(await ${OPENAI_CALL}));\n`,
    });
    expect(where(inHook)).toEqual([]);
  });

  it('an h3 onRequest limiter on a Nuxt route', async () => {
    const reports = await rateLimitReports({
      'package.json': pkg({ nuxt: '3', openai: '6' }),
      'server/utils/limit.ts': "export async function rateLimit(event: any) {\n  if (await tooMany(event)) throw createError({ statusCode: 429 });\n}\ndeclare function tooMany(e: any): Promise<boolean>;\n",
      'server/api/chat.post.ts': `import { rateLimit } from '../utils/limit';\n${OPENAI_CLIENT}export default defineEventHandler({\n  onRequest: [rateLimit],\n  handler: async () => ${OPENAI_CALL},\n});\n`,
    });
    expect(where(reports)).toEqual([]);
  });

  it("a project's own guard named in settings, by name and by module#export", async () => {
    const files = {
      'package.json': NEXT,
      'lib/guard.ts': 'export async function enforceBudget(req: Request) {}\n',
      'app/api/chat/route.ts': `import { enforceBudget } from '@/lib/guard';\n${OPENAI_CLIENT}export async function POST(req: Request) {\n  await enforceBudget(req);\n  return Response.json(await ${OPENAI_CALL});\n}\n`,
    };
    expect(where(await rateLimitReports(files))).toEqual(['app/api/chat/route.ts:4 require-rate-limit']);
    expect(where(await rateLimitReports(files, { guards: ['enforceBudget'] }))).toEqual([]);
    expect(where(await rateLimitReports(files, { guards: ['lib/guard#enforceBudget'] }))).toEqual([]);
  });

  it("bring your own key: the caller's key pays", async () => {
    const reports = await rateLimitReports({
      'package.json': NEXT,
      'app/api/chat/route.ts': `import OpenAI from 'openai';\nexport async function POST(req: Request) {\n  const { apiKey, messages } = await req.json();\n  const openai = new OpenAI({ apiKey });\n  return Response.json(await openai.chat.completions.create({ model: 'gpt-4o', max_tokens: 300, messages }));\n}\n`,
    });
    expect(where(reports)).toEqual([]);
  });

  it('but a server key as the fallback is still your money', async () => {
    const reports = await rateLimitReports({
      'package.json': NEXT,
      'app/api/chat/route.ts': `import OpenAI from 'openai';\nexport async function POST(req: Request) {\n  const { apiKey, messages } = await req.json();\n  const openai = new OpenAI({ apiKey: apiKey || process.env.OPENAI_API_KEY });\n  return Response.json(await openai.chat.completions.create({ model: 'gpt-4o', max_tokens: 300, messages }));\n}\n`,
    });
    expect(where(reports)).toEqual(['app/api/chat/route.ts:2 require-rate-limit']);
  });

  it('a route that spends nothing', async () => {
    expect(where(await rateLimitReports({ 'package.json': NEXT, 'app/api/health/route.ts': 'export const GET = () => Response.json({ ok: true });\n' }))).toEqual([]);
  });
});

describe('covering layers', () => {
  const middleware = (matcher: string) =>
    `import { NextResponse } from 'next/server';\n${UPSTASH}export async function middleware(req: any) {\n  const { success } = await ratelimit.limit(req.ip ?? '');\n  if (!success) return new NextResponse('Too many requests', { status: 429 });\n  return NextResponse.next();\n}\n${matcher}`;
  const chatRoute = `${OPENAI_CLIENT}export async function POST() {\n  return Response.json(await ${OPENAI_CALL});\n}\n`;

  it('Next.js middleware.ts whose matcher covers the route', async () => {
    expect(where(await rateLimitReports({ 'package.json': NEXT, 'middleware.ts': middleware("export const config = { matcher: '/api/:path*' };\n"), 'app/api/chat/route.ts': chatRoute }))).toEqual([]);
  });

  it('Next.js 16 proxy.ts with no matcher covers every route', async () => {
    expect(where(await rateLimitReports({ 'package.json': NEXT, 'proxy.ts': middleware('').replace('function middleware', 'function proxy'), 'app/api/chat/route.ts': chatRoute }))).toEqual([]);
  });

  it('a middleware whose matcher leaves the route out', async () => {
    const reports = await rateLimitReports({
      'package.json': NEXT,
      'middleware.ts': middleware("export const config = { matcher: ['/((?!api|_next/static|_next/image|favicon.ico).*)'] };\n"),
      'app/api/chat/route.ts': chatRoute,
    });
    expect(where(reports)).toEqual(['app/api/chat/route.ts:3 require-rate-limit']);
    expect(reports[0]!.message).toContain('its `config.matcher` does not match /api/chat');
  });

  it('a middleware that limits only another path prefix', async () => {
    const body = middleware("export const config = { matcher: '/:path*' };\n").replace("  const { success }", "  if (!req.nextUrl.pathname.startsWith('/api/image')) return NextResponse.next();\n  const { success }");
    const reports = await rateLimitReports({ 'package.json': NEXT, 'middleware.ts': body, 'app/api/chat/route.ts': chatRoute });
    expect(where(reports)).toEqual(['app/api/chat/route.ts:3 require-rate-limit']);
  });

  it('a limiter registered after the routes does not cover them', async () => {
    const reports = await rateLimitReports({
      'package.json': pkg({ express: '5', openai: '6', 'express-rate-limit': '8' }),
      'server.ts': `import express from 'express';\nimport rateLimit from 'express-rate-limit';\n${OPENAI_CLIENT}const app = express();\napp.post('/chat', async (req, res) => { res.json(await ${OPENAI_CALL}); });\napp.use(rateLimit({ windowMs: 60_000, limit: 10 }));\n`,
    });
    expect(where(reports)).toEqual(['server.ts:6 require-rate-limit']);
    expect(reports[0]!.message).toContain('is registered after this route');
  });

  it('a limiter whose result is ignored limits nothing', async () => {
    const reports = await rateLimitReports({
      'package.json': NEXT,
      'app/api/chat/route.ts': `${UPSTASH}${OPENAI_CLIENT}export async function POST(req: Request) {\n  await ratelimit.limit(req.headers.get('x-forwarded-for') ?? '');\n  return Response.json(await ${OPENAI_CALL});\n}\n`,
    });
    expect(where(reports)).toEqual(['app/api/chat/route.ts:6 require-rate-limit']);
    expect(reports[0]!.message).toContain('`ratelimit.limit` is called, but its result is never checked');
  });

  it('an Express router mounted in another file, in a project with a limiter, is not judged from here', async () => {
    const reports = await rateLimitReports({
      'package.json': pkg({ express: '5', openai: '6', 'express-rate-limit': '8' }),
      'routes/chat.ts': `import { Router } from 'express';\n${OPENAI_CLIENT}const router = Router();\nrouter.post('/', async (req, res) => { res.json(await ${OPENAI_CALL}); });\nexport default router;\n`,
    });
    expect(where(reports)).toEqual([]);
  });
});

describe('weak-rate-limit', () => {
  const route = (body: string, head = UPSTASH) => ({ 'package.json': NEXT, 'app/api/chat/route.ts': `${OPENAI_CLIENT}${head}export async function POST(req: Request) {\n${body}\n  return Response.json(await ${OPENAI_CALL});\n}\n` });
  it('a limiter that runs only when an env var is set', async () => {
    const reports = await rateLimitReports(route("  if (process.env.UPSTASH_REDIS_REST_URL) {\n    const { success } = await ratelimit.limit(req.headers.get('x-forwarded-for') ?? '');\n    if (!success) return new Response(null, { status: 429 });\n  }"));
    expect(where(reports)).toEqual(['app/api/chat/route.ts:6 weak-rate-limit']);
    expect(reports[0]!.severity).toBe(1);
  });
  it('a limiter object that exists only with its env vars', async () => {
    const head = "import { Ratelimit } from '@upstash/ratelimit';\nimport { kv } from '@vercel/kv';\nconst ratelimit = process.env.KV_REST_API_URL ? new Ratelimit({ redis: kv, limiter: Ratelimit.fixedWindow(5, '1 m') }) : undefined;\n";
    const reports = await rateLimitReports(route("  if (ratelimit) {\n    const { success } = await ratelimit.limit(req.headers.get('x-forwarded-for') ?? '');\n    if (!success) return new Response(null, { status: 429 });\n  }", head));
    expect(where(reports)).toEqual(['app/api/chat/route.ts:6 weak-rate-limit']);
  });
  it('one global key', async () => {
    const reports = await rateLimitReports(route("  const { success } = await ratelimit.limit('global');\n  if (!success) return new Response(null, { status: 429 });"));
    expect(reports.map((r) => r.message)).toEqual([expect.stringContaining('one fixed key')]);
  });
  it('a key from a header the client controls', async () => {
    const reports = await rateLimitReports(route("  const { success } = await ratelimit.limit(req.headers.get('x-user-id') ?? '');\n  if (!success) return new Response(null, { status: 429 });"));
    expect(reports.map((r) => r.message)).toEqual([expect.stringContaining('a request header the client sets')]);
  });
  it('an authenticated endpoint limited per IP only', async () => {
    const reports = await rateLimitReports(route("  const session = await auth();\n  if (!session) return new Response(null, { status: 401 });\n  const ip = req.headers.get('x-forwarded-for') ?? '';\n  const { success } = await ratelimit.limit(ip);\n  if (!success) return new Response(null, { status: 429 });", `${UPSTASH}declare function auth(): Promise<unknown>;\n`));
    expect(reports.map((r) => r.message)).toEqual([expect.stringContaining('per-user limit or quota')]);
  });
  it('a per-user limit is fine', async () => {
    const reports = await rateLimitReports(route("  const session = await auth();\n  if (!session) return new Response(null, { status: 401 });\n  const { success } = await ratelimit.limit(session.userId);\n  if (!success) return new Response(null, { status: 429 });", `${UPSTASH}declare function auth(): Promise<any>;\n`));
    expect(reports).toEqual([]);
  });
});

describe('shapes met on real apps', () => {
  it('a CommonJS Express router: controller in another module, a limiter by name as route middleware', async () => {
    const files = {
      'package.json': pkg({ express: '4', openai: '3' }),
      'config/openai.js': "const { Configuration, OpenAIApi } = require('openai');\nmodule.exports = new OpenAIApi(new Configuration({ apiKey: process.env.OPENAI_API_KEY }));\n",
      'controllers/ai.js': "const openai = require('../config/openai');\nmodule.exports = {\n  postIdea: async (req, res) => {\n    const r = await openai.createCompletion({ model: 'gpt-3.5-turbo-instruct', max_tokens: 200, prompt: req.body.prompt });\n    res.json(r.data);\n  },\n  getHome: (req, res) => res.send('hi'),\n};\n",
    };
    const unguarded = await rateLimitReports({ ...files, 'server.js': "const express = require('express');\nconst ai = require('./controllers/ai');\nconst app = express();\napp.get('/', ai.getHome);\napp.post('/idea', ai.postIdea);\napp.listen(3000);\n" });
    expect(where(unguarded)).toEqual(['server.js:5 require-rate-limit']);
    expect(unguarded[0]!.message).toContain('server.js POST /idea → controllers/ai.js → openai.createCompletion');
    const guarded = await rateLimitReports({ ...files, 'server.js': "const express = require('express');\nconst { ideaLimiter } = require('./limits');\nconst ai = require('./controllers/ai');\nconst app = express();\napp.post('/idea', ideaLimiter, ai.postIdea);\n", 'limits.js': 'module.exports = { ideaLimiter: (req, res, next) => next() };\n' });
    expect(where(guarded)).toEqual([]);
  });

  it('names the provider a client comes from (Together on the OpenAI-style SDK)', async () => {
    const reports = await rateLimitReports({ 'package.json': NEXT, 'app/api/x/route.ts': "import Together from 'together-ai';\nconst together = new Together();\nexport async function POST() {\n  return Response.json(await together.chat.completions.create({ model: 'meta-llama/Llama-3-8b', max_tokens: 100, messages: [] }));\n}\n" });
    expect(reports[0]!.message).toContain('spends Together AI money');
  });

  it('a raw request to an OpenAI-compatible path on a base URL from the environment, in an Astro 2 endpoint', async () => {
    const reports = await rateLimitReports({ 'package.json': pkg({ astro: '2' }), 'src/pages/api/generate.ts': "const baseUrl = import.meta.env.OPENAI_API_BASE_URL || 'https://api.openai.com';\nexport const post = async ({ request }) => fetch(`${baseUrl}/v1/chat/completions`, { method: 'POST', body: await request.text() });\n" });
    expect(where(reports)).toEqual(['src/pages/api/generate.ts:2 require-rate-limit']);
  });

  it('a node:http server', async () => {
    const reports = await rateLimitReports({ 'server.mjs': `import { createServer } from 'node:http';\n${OPENAI_CLIENT}createServer(async (req, res) => {\n  res.end(JSON.stringify(await ${OPENAI_CALL}));\n}).listen(8080);\n` });
    expect(where(reports)).toEqual(['server.mjs:4 require-rate-limit']);
  });

  it("a key the user saved in their profile is the user's own (chatbot-ui)", async () => {
    const reports = await rateLimitReports({ 'package.json': NEXT, 'app/api/chat/azure/route.ts': "import OpenAI from 'openai';\ndeclare function getServerProfile(): Promise<any>;\nexport async function POST() {\n  const profile = await getServerProfile();\n  const KEY = profile.azure_openai_api_key;\n  const client = new OpenAI({ apiKey: KEY });\n  return Response.json(await client.chat.completions.create({ model: 'gpt-4o', max_tokens: 10, messages: [] }));\n}\n" });
    expect(where(reports)).toEqual([]);
  });

  it('a limiter used under `if (ratelimit && !userKey)` is optional (blinkshot)', async () => {
    const head = "import { Ratelimit } from '@upstash/ratelimit';\nlet ratelimit: Ratelimit | undefined;\nif (process.env.UPSTASH_REDIS_REST_URL) ratelimit = new Ratelimit({} as any);\n";
    const reports = await rateLimitReports({ 'package.json': NEXT, 'app/api/chat/route.ts': `${OPENAI_CLIENT}${head}export async function POST(req: Request) {\n  const { userKey } = await req.json();\n  if (ratelimit && !userKey) {\n    const { success } = await ratelimit.limit(req.headers.get('x-forwarded-for') ?? '');\n    if (!success) return new Response(null, { status: 429 });\n  }\n  return Response.json(await ${OPENAI_CALL});\n}\n` });
    expect(where(reports)).toEqual(['app/api/chat/route.ts:6 weak-rate-limit']);
  });
});
