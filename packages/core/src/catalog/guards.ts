/**
 * What counts as a rate limit or quota on a request's path, what says the endpoint knows its user, and the fix
 * to suggest per runtime. Read by `require-rate-limit`. Sources: shared/COST-CONTROLS.md §2–3 and the README or
 * types of each library, named per entry.
 */

/**
 * How a limiter is enforced:
 * - `result`: the call returns a verdict that must be checked (`const { success } = await rl.limit(id)`).
 * - `rejects`: the call throws or rejects when over the limit (`await limiter.consume(key)`).
 * - `middleware`: a factory whose return value is registered in front of routes (`app.use(rateLimit({...}))`).
 */
export type GuardEnforcement = 'result' | 'rejects' | 'middleware';

export interface LimiterLibrary {
  /** The npm modules it is imported from. */
  modules: readonly string[];
  /** Methods called on an instance (or functions called directly) that enforce the limit. */
  methods: readonly string[];
  enforcement: GuardEnforcement;
  /** The name for messages. */
  name: string;
}

export const LIMITER_LIBRARIES: readonly LimiterLibrary[] = [
  // upstash.com/docs/redis/sdks/ratelimit-ts/methods: limit(id) → { success, … }; blockUntilReady(id, ms).
  { name: '@upstash/ratelimit', modules: ['@upstash/ratelimit'], methods: ['limit', 'blockUntilReady'], enforcement: 'result' },
  // npm README @unkey/ratelimit: `await unkey.limit(identifier)` → { success }.
  { name: '@unkey/ratelimit', modules: ['@unkey/ratelimit'], methods: ['limit'], enforcement: 'result' },
  // animir/node-rate-limiter-flexible wiki: consume() rejects with RateLimiterRes when over.
  { name: 'rate-limiter-flexible', modules: ['rate-limiter-flexible'], methods: ['consume', 'penalty'], enforcement: 'rejects' },
  // docs.arcjet.com: `const decision = await aj.protect(req)`; `decision.isDenied()`.
  { name: 'Arcjet', modules: ['@arcjet/next', '@arcjet/node', '@arcjet/bun', '@arcjet/deno', '@arcjet/sveltekit', '@arcjet/remix', '@arcjet/nest', '@arcjet/astro'], methods: ['protect'], enforcement: 'result' },
  // vercel/vercel packages/firewall/docs/README.md: checkRateLimit(id, { request }) → { rateLimited }.
  { name: '@vercel/firewall', modules: ['@vercel/firewall'], methods: ['checkRateLimit', 'unstable_checkRateLimit'], enforcement: 'result' },
  // ciscoheat/sveltekit-rate-limiter README: `if (await limiter.isLimited(event)) error(429)`.
  { name: 'sveltekit-rate-limiter', modules: ['sveltekit-rate-limiter/server', 'sveltekit-rate-limiter'], methods: ['isLimited', 'check'], enforcement: 'result' },
  // get-convex/rate-limiter README: `await rateLimiter.limit(ctx, name, { key, throws })`.
  { name: '@convex-dev/rate-limiter', modules: ['@convex-dev/rate-limiter'], methods: ['limit'], enforcement: 'result' },
  // npmjs.com/package/next-rate-limit and vercel/next.js examples/api-routes-rate-limit: check() throws.
  { name: 'next-rate-limit', modules: ['next-rate-limit'], methods: ['check', 'checkNext'], enforcement: 'rejects' },
  // express-rate-limit README: `app.use(rateLimit({ windowMs, limit }))`; express-slow-down the same shape.
  { name: 'express-rate-limit', modules: ['express-rate-limit', 'express-slow-down'], methods: ['rateLimit', 'default', 'slowDown'], enforcement: 'middleware' },
  // rhinobase/hono-rate-limiter README: `app.use(rateLimiter({ windowMs, limit, keyGenerator }))`.
  { name: 'hono-rate-limiter', modules: ['hono-rate-limiter', '@hono-rate-limiter/redis', '@hono-rate-limiter/cloudflare'], methods: ['rateLimiter', 'cloudflareRateLimiter'], enforcement: 'middleware' },
  // fastify/fastify-rate-limit README: `await fastify.register(rateLimit, { max, timeWindow })`, before the routes.
  { name: '@fastify/rate-limit', modules: ['@fastify/rate-limit', 'fastify-rate-limit'], methods: ['default'], enforcement: 'middleware' },
  // koajs/ratelimit README: `app.use(ratelimit({ driver, db, duration, max }))`.
  { name: 'koa-ratelimit', modules: ['koa-ratelimit', 'koa2-ratelimit'], methods: ['default', 'RateLimit'], enforcement: 'middleware' },
  // express-brute README: `brute.prevent` as route middleware.
  { name: 'express-brute', modules: ['express-brute'], methods: ['prevent'], enforcement: 'middleware' },
];

/** Every module a limiter is imported from. */
export const LIMITER_MODULES: ReadonlySet<string> = new Set(LIMITER_LIBRARIES.flatMap((l) => l.modules));

/**
 * Packages that limit requests without code in the route: Nuxt modules configured in nuxt.config
 * (nuxt-security `rateLimiter` is on by default; nuxt-api-shield and nuxt-rate-limit limit server/api routes).
 * Sources: each module's README (COST-CONTROLS.md §2 "Nuxt modules").
 */
export const DECLARATIVE_LIMITER_PACKAGES: readonly string[] = ['nuxt-security', 'nuxt-api-shield', 'nuxt-rate-limit', 'nuxthub-ratelimit', '@jf/ratelimit-nuxt'];

/** The limiter libraries' instance methods, for a receiver the rule cannot trace (`ratelimit.limit(ip)`). */
export const LIMITER_METHODS: ReadonlySet<string> = new Set(LIMITER_LIBRARIES.filter((l) => l.enforcement !== 'middleware').flatMap((l) => l.methods));

/** Names a project gives its limiter objects and middleware (`ratelimit`, `rateLimiter`, `aiLimiter`, `throttle`). */
export const LIMITER_NAME = /rate_?limit|limiter|throttl/i;

/** Redis commands that count requests (INCR/INCRBY…) and the ones that make the count expire (vercel/chatbot lib/ratelimit.ts). */
export const COUNTER_COMMANDS: ReadonlySet<string> = new Set(['incr', 'incrby', 'incrbyfloat', 'hincrby', 'zadd']);
export const EXPIRY_COMMANDS: ReadonlySet<string> = new Set(['expire', 'pexpire', 'expireat', 'pexpireat']);

/**
 * What a hand-written limit or quota says when it refuses: an HTTP 429, or words like these in the refusal
 * (vercel/chatbot `ChatSDKError('rate_limit:chat')`, "Daily limit reached", "Not enough credits").
 */
export const TOO_MANY_REQUESTS_STATUS = 429;
export const REFUSAL_WORDS = /rate[ _-]?limit|too many requests|quota|usage limit|limit (?:reached|exceeded)|daily limit|(?:out of|insufficient|not enough|no) credits/i;

/** Names of counters and budgets an `if` compares before refusing (a quota against a store). */
export const QUOTA_NAMES = /credit|quota|usage|remaining|balance|entitlement|message_?count|request_?count|tokens_?used|max_?messages_?per/i;

/** Request headers a platform or proxy sets from the client's address; any other header the client writes itself. */
export const IP_HEADERS: ReadonlySet<string> = new Set(['x-forwarded-for', 'x-real-ip', 'cf-connecting-ip', 'x-vercel-forwarded-for', 'true-client-ip', 'fly-client-ip', 'x-client-ip']);

/**
 * Server-side calls and reads that tell who the user is (COST-CONTROLS.md §3): Auth.js `auth()` /
 * `getServerSession`, Clerk `auth()` / `currentUser()`, Supabase `auth.getUser()`, Better Auth `api.getSession`,
 * Lucia `validateRequest`, nuxt-auth-utils `requireUserSession`, Remix `requireUserId`, Firebase `verifyIdToken`,
 * Kinde `getKindeServerSession`, WorkOS `withAuth`.
 */
export const AUTH_CALLS: ReadonlySet<string> = new Set([
  'auth',
  'getServerSession',
  'getServerAuthSession',
  'currentUser',
  'getUser',
  'getClaims',
  'getSession',
  'validateRequest',
  'validateSession',
  'requireUserSession',
  'getUserSession',
  'requireUserId',
  'requireUser',
  'getUserId',
  'verifyIdToken',
  'getKindeServerSession',
  'withAuth',
  'getAuth',
]);
/** `req.user`, `request.auth` (Firebase callables), `locals.user` (SvelteKit), `context.auth`, `req.auth` (express-jwt). */
export const AUTH_MEMBERS: ReadonlySet<string> = new Set(['user', 'auth', 'session', 'userId']);
export const AUTH_MEMBER_OBJECTS: ReadonlySet<string> = new Set(['req', 'request', 'locals', 'context', 'ctx']);

/** Where a runtime's requests come from, for the fix a message suggests. */
export type LimiterRuntime = 'serverless' | 'node' | 'express' | 'fastify' | 'hono' | 'koa' | 'workers';

/** The fix per runtime, with a real library (keyed `{{key}}`: the user id or the client IP). */
export const RATE_LIMIT_FIXES: Readonly<Record<LimiterRuntime, string>> = {
  // upstash.com/docs/redis/sdks/ratelimit-ts/gettingstarted: serverless and edge need a shared store.
  serverless:
    "rate-limit it with Upstash Ratelimit before the call: `const { success } = await ratelimit.limit({{key}})` (`new Ratelimit({ redis: Redis.fromEnv(), limiter: Ratelimit.slidingWindow(10, '1 m') })`), and return 429 when `!success`",
  // animir/node-rate-limiter-flexible README.
  node: 'rate-limit it before the call with rate-limiter-flexible (`await limiter.consume({{key}})`, 429 when it rejects) or Upstash Ratelimit',
  express: 'put express-rate-limit in front of it (`rateLimit({ windowMs: 60_000, limit: 10, keyGenerator: (req) => {{key}} })`, registered before the route) or call rate-limiter-flexible `consume({{key}})` in the handler',
  fastify: 'register @fastify/rate-limit before the routes (`await app.register(rateLimit, { max: 10, timeWindow: "1 minute", keyGenerator: (req) => {{key}} })`) or set `config: { rateLimit }` on the route',
  hono: 'put hono-rate-limiter in front of it (`app.use(rateLimiter({ windowMs: 60_000, limit: 10, keyGenerator: (c) => {{key}} }))`), or the Workers rate-limit binding on Cloudflare',
  koa: 'put koa-ratelimit in front of it (`app.use(ratelimit({ driver: "memory", db: new Map(), duration: 60_000, max: 10, id: (ctx) => {{key}} }))`)',
  // developers.cloudflare.com/workers/runtime-apis/bindings/rate-limit.
  workers: 'rate-limit it with the Workers rate-limit binding: `const { success } = await env.MY_RATE_LIMITER.limit({ key: {{key}} })` (a `ratelimits` entry in wrangler config), and return 429 when `!success`',
};

/** `{{key}}` for an endpoint that knows its user, and for one that does not: the code, and the words. */
export const RATE_LIMIT_KEYS = {
  user: { code: 'userId', words: 'the signed-in user' },
  ip: { code: 'ip', words: 'the client IP (`x-forwarded-for` behind a proxy), since this endpoint has no user' },
} as const;
