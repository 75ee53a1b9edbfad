/**
 * The server endpoints a linted file defines, from core's endpoint catalog (catalog/endpoints.ts): exports
 * that a framework's file conventions make handlers, and calls that register handlers (Express-style routes,
 * `Deno.serve`, Firebase `onRequest`, Workers' `export default { fetch }`, GraphQL resolver maps), with the
 * middleware registered in front of each in the same file.
 */
import {
  APP_FACTORIES,
  APP_NAMES,
  fileEndpointFor,
  HANDLER_CALLS,
  LIMITER_LIBRARIES,
  LIMITER_NAME,
  RESOLVER_TYPES,
  ROUTE_METHODS,
  type FileEndpoint,
  type Framework,
  type LimiterRuntime,
} from '@backend-only/core';
import type { AstNode } from '../import-graph/module-facts.js';
import { calleeName, memberChain, unwrapNode, type CostReader, type ProjectGuards } from './facts.js';

export interface Endpoint {
  /** For messages: `POST`, `default`, `actions.create`, `POST /api/chat`. */
  name: string;
  /** "a Route Handler", "an Express route". */
  kind: string;
  runtime: LimiterRuntime;
  /** Where the report goes: the export's name, the route registration's method. */
  report: AstNode;
  /** The handler's code (a function, or an expression naming one). */
  handler: AstNode;
  /** Route middleware in front of the handler (the arguments between the path and the handler). */
  middleware: AstNode[];
  /** A limiter registered in front of it in this file (`app.use(limiter)` before the route). */
  coveredBy?: string;
  /** A limiter registered on the same app after the route, which does not cover it. */
  registeredAfter?: string;
  /** The route is on a router or plugin mounted elsewhere: a limiter there is out of sight. */
  mountedElsewhere: boolean;
  /** The URL path, for file-routed endpoints (matched against middleware matchers). */
  routePath?: string;
  /** A re-exported handler (`export { POST } from './chat'`): the import to follow. */
  reexport?: { specifier: string; imported: string };
}

/** Every endpoint of the linted file. `fromRoot` is its path from the project root (posix). */
export function findEndpoints(program: AstNode, fromRoot: string, framework: Framework | undefined, reader: CostReader, guards: ProjectGuards, serverSide: boolean): Endpoint[] {
  const endpoints: Endpoint[] = [];
  const convention = fileEndpointFor(framework?.id, fromRoot);
  const useServer = hasDirective(program, 'use server');
  if (convention || useServer) endpoints.push(...exportedHandlers(program, convention, useServer, fromRoot));
  endpoints.push(...calledHandlers(program, reader, guards, serverSide));
  return endpoints;
}

function exportedHandlers(program: AstNode, convention: FileEndpoint | undefined, useServer: boolean, fromRoot: string): Endpoint[] {
  const endpoints: Endpoint[] = [];
  const kind = convention?.kind ?? 'a Server Action';
  const runtime = convention?.runtime ?? 'serverless';
  const routePath = convention ? routePathOf(fromRoot) : undefined;
  const wanted = (name: string) => useServer || convention?.exports.includes(name) === true;
  const add = (name: string, report: AstNode, handler: AstNode, reexport?: Endpoint['reexport']) => {
    const wrapped = unwrapHandler(handler, convention);
    endpoints.push({ name, kind, runtime, report, handler: wrapped.handler, middleware: wrapped.middleware, mountedElsewhere: false, ...(routePath ? { routePath } : {}), ...(reexport ? { reexport } : {}) });
  };
  for (const statement of program.body as AstNode[]) {
    if (statement.type === 'ExportDefaultDeclaration' && wanted('default')) {
      const declaration = statement.declaration as AstNode;
      add('default', declaration.type === 'FunctionDeclaration' && declaration.id ? (declaration.id as AstNode) : statement, declaration);
      continue;
    }
    if (statement.type !== 'ExportNamedDeclaration' || statement.exportKind === 'type') continue;
    const declaration = statement.declaration as AstNode | undefined;
    if (declaration?.type === 'FunctionDeclaration' && declaration.id) {
      const name = (declaration.id as AstNode).name as string;
      if (wanted(name)) add(name, declaration.id as AstNode, declaration);
    } else if (declaration?.type === 'VariableDeclaration') {
      for (const declarator of declaration.declarations as AstNode[]) {
        const id = declarator.id as AstNode;
        if (!declarator.init) continue;
        if (id.type === 'Identifier') {
          const name = id.name as string;
          if (convention?.objectExports?.includes(name)) {
            for (const property of objectProperties(declarator.init as AstNode)) add(`${name}.${property.name}`, property.key, property.value);
          } else if (wanted(name) && (!useServer || isFunctionLike(declarator.init as AstNode))) {
            add(name, id, declarator.init as AstNode);
          }
        } else if (id.type === 'ObjectPattern') {
          // `export const { GET, POST } = handlers` (Auth.js): the handlers come from the initializer.
          for (const property of id.properties as AstNode[]) {
            const value = property.value as AstNode | undefined;
            if (property.type === 'Property' && value?.type === 'Identifier' && wanted(value.name as string)) add(value.name as string, value, declarator.init as AstNode);
          }
        }
      }
    } else if (!declaration) {
      const source = statement.source as AstNode | undefined;
      for (const specifier of statement.specifiers as AstNode[]) {
        if (specifier.exportKind === 'type') continue;
        const exported = nameOf(specifier.exported as AstNode);
        const local = nameOf(specifier.local as AstNode);
        if (!wanted(exported)) continue;
        if (source) add(exported, specifier, specifier, { specifier: String(source.value), imported: local });
        else add(exported, specifier, specifier.local as AstNode);
      }
    }
  }
  return endpoints;
}

/** `defineEventHandler(fn)` → fn; `defineEventHandler({ onRequest: [limit], handler })` → handler, with onRequest as middleware. */
function unwrapHandler(handler: AstNode, convention: FileEndpoint | undefined): { handler: AstNode; middleware: AstNode[] } {
  const node = unwrapNode(handler);
  if (node.type !== 'CallExpression' || !convention?.wrappers?.includes(calleeName(unwrapNode(node.callee as AstNode)) ?? '')) return { handler, middleware: [] };
  const arg = (node.arguments as AstNode[])[0];
  if (!arg) return { handler, middleware: [] };
  if (arg.type === 'ObjectExpression') {
    const props = objectProperties(arg);
    const inner = props.find((p) => p.name === 'handler')?.value ?? arg;
    const onRequest = props.find((p) => p.name === 'onRequest')?.value;
    const middleware = onRequest ? (onRequest.type === 'ArrayExpression' ? (onRequest.elements as AstNode[]).filter(Boolean) : [onRequest]) : [];
    return { handler: inner, middleware };
  }
  return { handler: arg, middleware: [] };
}

interface Registration {
  pos: number;
  receiver: string;
  prefix: string | undefined;
  guard: AstNode;
}

/** Route registrations, serve calls, Firebase functions, Workers' fetch handlers and GraphQL resolvers. */
function calledHandlers(program: AstNode, reader: CostReader, guards: ProjectGuards, serverSide: boolean): Endpoint[] {
  const endpoints: Endpoint[] = [];
  const uses: Registration[] = [];
  const routes: { endpoint: Endpoint; pos: number; receiver: string; path: string }[] = [];
  const stack: AstNode[] = [program];
  while (stack.length > 0) {
    const node = stack.pop() as AstNode;
    if (node.type === 'CallExpression') {
      const callee = unwrapNode(node.callee as AstNode);
      const args = node.arguments as AstNode[];
      const method = calleeName(callee);
      if (callee.type === 'MemberExpression' && method) {
        const app = appOf(callee.object as AstNode, reader);
        if (app && (method === 'use' || method === 'register')) {
          const first = args[0];
          const prefix = first && literalString(first);
          for (const arg of prefix !== undefined ? args.slice(1) : args) {
            if (isGuardMiddleware(arg, reader, guards) || (method === 'register' && isLimiterPlugin(arg, reader))) uses.push({ pos: start(node), receiver: app.name, prefix, guard: arg });
          }
        } else if (app && ROUTE_METHODS.has(method)) {
          const pathIndex = method === 'on' ? 1 : 0;
          const routePath = args[pathIndex] && routeLiteral(args[pathIndex] as AstNode);
          const handler = args[args.length - 1];
          if (routePath !== undefined && handler && args.length > pathIndex + 1) {
            const middleware = args.slice(pathIndex + 1, -1);
            const options = routeOptionGuards(middleware);
            const endpoint: Endpoint = { name: `${method.toUpperCase()} ${routePath}`, kind: `${app.label} route`, runtime: app.runtime, report: callee.property as AstNode, handler, middleware: [...middleware.filter((m) => m.type !== 'ObjectExpression'), ...options.middleware], mountedElsewhere: !app.created, ...(options.covered ? { coveredBy: options.covered } : {}) };
            endpoints.push(endpoint);
            routes.push({ endpoint, pos: start(node), receiver: app.name, path: routePath });
          }
        } else if (app && method === 'route' && args[0]?.type === 'ObjectExpression') {
          // Fastify's full declaration: `app.route({ method, url, handler, preHandler, config })`.
          const props = objectProperties(args[0]);
          const handler = props.find((p) => p.name === 'handler')?.value;
          const url = props.find((p) => p.name === 'url')?.value;
          if (handler) {
            const routePath = url ? (literalString(url) ?? '?') : '?';
            const options = routeOptionGuards([args[0]]);
            const endpoint: Endpoint = { name: `route ${routePath}`, kind: `${app.label} route`, runtime: app.runtime, report: callee.property as AstNode, handler, middleware: options.middleware, mountedElsewhere: !app.created, ...(options.covered ? { coveredBy: options.covered } : {}) };
            endpoints.push(endpoint);
            routes.push({ endpoint, pos: start(node), receiver: app.name, path: routePath });
          }
        }
      }
      const served = servedHandler(node, callee, reader);
      if (served) endpoints.push(served);
    } else if (node.type === 'ExportDefaultDeclaration') {
      const declaration = unwrapNode(node.declaration as AstNode);
      // Cloudflare Workers: `export default { async fetch(request, env, ctx) { … } }`.
      const fetch = declaration.type === 'ObjectExpression' ? objectProperties(declaration).find((p) => p.name === 'fetch') : undefined;
      if (fetch && isFunctionLike(fetch.value)) endpoints.push({ name: 'fetch', kind: 'a Worker', runtime: 'workers', report: fetch.key, handler: fetch.value, middleware: [], mountedElsewhere: false });
    } else if (node.type === 'Property' && serverSide && RESOLVER_TYPES.has(nameOf(node.key as AstNode)) && unwrapNode(node.value as AstNode).type === 'ObjectExpression') {
      for (const field of objectProperties(unwrapNode(node.value as AstNode))) {
        if (isFunctionLike(field.value)) endpoints.push({ name: `${nameOf(node.key as AstNode)}.${field.name}`, kind: 'a GraphQL resolver', runtime: 'node', report: field.key, handler: field.value, middleware: [], mountedElsewhere: false });
      }
    }
    for (const child of children(node)) stack.push(child);
  }
  // A limiter covers a route when it is registered before it, on the same app (or on a parent, when the routes are
  // on a router: its mount is in this file only if the router is), and its path prefix contains the route's.
  for (const route of routes) {
    for (const use of uses) {
      const samePath = use.prefix === undefined || route.path.startsWith(use.prefix) || use.receiver !== route.receiver;
      if (!samePath) continue;
      const label = describe(use.guard);
      if (use.pos < route.pos) route.endpoint.coveredBy ??= label;
      else if (use.receiver === route.receiver) route.endpoint.registeredAfter ??= label;
    }
  }
  return endpoints;
}

/** `Deno.serve(handler)`, `serve(handler)` from Deno's std, Firebase `onRequest`/`onCall`, Astro `defineAction({ handler })`. */
function servedHandler(node: AstNode, callee: AstNode, reader: CostReader): Endpoint | undefined {
  const args = node.arguments as AstNode[];
  const last = args[args.length - 1];
  if (!last) return undefined;
  const report = reportNodeFor(node) ?? callee;
  const { names, base } = callee.type === 'MemberExpression' ? memberChain(callee) : { names: [], base: callee };
  if (base?.type === 'Identifier' && base.name === 'Deno' && names.join('.') === 'serve') {
    return { name: 'Deno.serve', kind: 'a Deno server', runtime: 'serverless', report, handler: last, middleware: [], mountedElsewhere: false };
  }
  const name = names.length > 0 ? names[names.length - 1] : base?.type === 'Identifier' ? (base.name as string) : undefined;
  const binding = base?.type === 'Identifier' ? reader.facts.imports.get(base.name as string) : undefined;
  if (!name || !binding) return undefined;
  for (const shape of HANDLER_CALLS) {
    if (!shape.names.includes(name) || shape.modules === 'global' || !shape.modules.some((m) => binding.specifier === m || binding.specifier.startsWith(`${m}/`))) continue;
    const handler = last.type === 'ObjectExpression' ? objectProperties(last).find((p) => p.name === 'handler')?.value : last;
    if (!handler) return undefined;
    return { name: exportNameFor(node) ?? name, kind: shape.kind, runtime: shape.runtime, report, handler, middleware: [], mountedElsewhere: false };
  }
  return undefined;
}

interface App {
  name: string;
  label: string;
  runtime: LimiterRuntime;
  /** Created in this file by the framework's app factory (not a router, a parameter or an import). */
  created: boolean;
}

/** The app or router a route is registered on: `app`, `router`, `app.post(…).get(…)` chains, `new Hono()` variables. */
function appOf(receiver: AstNode, reader: CostReader): App | undefined {
  let node = unwrapNode(receiver);
  // Chained registrations: `app.get(…).post(…)`, `router.route('/x').post(…)`.
  while (node.type === 'CallExpression' && unwrapNode(node.callee as AstNode).type === 'MemberExpression') node = unwrapNode((unwrapNode(node.callee as AstNode) as AstNode).object as AstNode);
  if (node.type !== 'Identifier') return undefined;
  const name = node.name as string;
  for (const init of reader.initializersOf(name)) {
    const factory = appFactoryOf(unwrapNode(init), reader);
    if (factory) return { name, ...factory };
  }
  if (!APP_NAMES.test(name)) return undefined;
  const framework = Object.entries(APP_FACTORIES).find(([module]) => [...reader.facts.imports.values()].some((b) => b.specifier === module));
  return { name, label: framework ? labelOf(framework[0]) : 'a server', runtime: framework?.[1].runtime ?? 'node', created: false };
}

function appFactoryOf(init: AstNode, reader: CostReader): Omit<App, 'name'> | undefined {
  if (init.type !== 'CallExpression' && init.type !== 'NewExpression') return undefined;
  const callee = unwrapNode(init.callee as AstNode);
  const { names, base } = callee.type === 'MemberExpression' ? memberChain(callee) : { names: [], base: callee };
  if (base?.type !== 'Identifier') return undefined;
  const binding = reader.facts.imports.get(base.name as string);
  if (!binding) return undefined;
  const factory = APP_FACTORIES[binding.specifier];
  if (!factory) return undefined;
  const imported = names.length > 0 ? (names[names.length - 1] as string) : binding.imported;
  if (!factory.names.includes(imported) && !(names.length === 0 && binding.imported === 'default')) return undefined;
  // `express.Router()`, `Router()`, `new Router()` from koa-router make routers, mounted elsewhere.
  const isRouter = imported === 'Router' || binding.specifier.includes('router');
  return { label: labelOf(binding.specifier), runtime: factory.runtime, created: !isRouter };
}

function labelOf(module: string): string {
  const name = module.replace(/^@koa\/|\/.*$/, '').replace('koa-router', 'koa');
  return `a${/^[aeiou]/.test(name) ? 'n' : ''} ${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}

/** A route middleware or app.use argument that limits requests: a limiter factory call or instance, or a project guard. */
export function isGuardMiddleware(node: AstNode, reader: CostReader, guards: ProjectGuards): boolean {
  const arg = unwrapNode(node);
  if (arg.type === 'ArrayExpression') return (arg.elements as AstNode[]).some((e) => e && isGuardMiddleware(e, reader, guards));
  if (arg.type === 'CallExpression') {
    const callee = unwrapNode(arg.callee as AstNode);
    const name = calleeName(callee);
    if (name && (LIMITER_NAME.test(name) || guards.names.has(name))) return true;
    const root = callee.type === 'MemberExpression' ? memberChain(callee).base : callee;
    const binding = root?.type === 'Identifier' ? reader.facts.imports.get(root.name as string) : undefined;
    return binding !== undefined && LIMITER_LIBRARIES.some((l) => l.modules.includes(binding.specifier));
  }
  if (arg.type === 'MemberExpression') {
    const { names, base } = memberChain(arg);
    return [...names, base?.type === 'Identifier' ? (base.name as string) : ''].some((n) => LIMITER_NAME.test(n) || n === 'prevent');
  }
  if (arg.type === 'Identifier') {
    const name = arg.name as string;
    if (LIMITER_NAME.test(name) || guards.names.has(name)) return true;
    const binding = reader.facts.imports.get(name);
    if (binding && LIMITER_LIBRARIES.some((l) => l.modules.includes(binding.specifier))) return true;
    return reader.initializersOf(name).some((init) => isGuardMiddleware(init, reader, guards));
  }
  return false;
}

/** `app.register(rateLimit, …)` with the plugin imported from @fastify/rate-limit. */
function isLimiterPlugin(node: AstNode, reader: CostReader): boolean {
  const arg = unwrapNode(node);
  const name = arg.type === 'Identifier' ? (arg.name as string) : arg.type === 'ImportExpression' ? literalString(arg.source as AstNode) : undefined;
  if (!name) return false;
  const binding = reader.facts.imports.get(name);
  return (binding !== undefined && LIMITER_LIBRARIES.some((l) => l.enforcement === 'middleware' && l.modules.includes(binding.specifier))) || LIMITER_LIBRARIES.some((l) => l.modules.includes(name));
}

/** Fastify route options that limit: `{ config: { rateLimit: {…} } }`, `preHandler: app.rateLimit()`, `onRequest: [limiter]`. */
function routeOptionGuards(args: readonly AstNode[]): { covered: string | undefined; middleware: AstNode[] } {
  const middleware: AstNode[] = [];
  let covered: string | undefined;
  for (const arg of args) {
    if (arg.type !== 'ObjectExpression') continue;
    for (const property of objectProperties(arg)) {
      if (property.name === 'config' && property.value.type === 'ObjectExpression' && objectProperties(property.value).some((p) => p.name === 'rateLimit' && !(p.value.type === 'Literal' && p.value.value === false))) covered = 'config.rateLimit';
      if (property.name === 'preHandler' || property.name === 'onRequest' || property.name === 'beforeHandle') middleware.push(property.value);
    }
  }
  return { covered, middleware };
}

function describe(node: AstNode): string {
  const arg = unwrapNode(node);
  if (arg.type === 'Identifier') return arg.name as string;
  if (arg.type === 'CallExpression') return `${calleeName(unwrapNode(arg.callee as AstNode)) ?? 'a limiter'}(…)`;
  return 'a limiter';
}

/** The URL path of a file-routed endpoint: `app/(chat)/api/chat/route.ts` → `/api/chat`; `pages/api/x/index.ts` → `/api/x`. */
export function routePathOf(fromRoot: string): string {
  let segments = fromRoot.split('/');
  if (segments[0] === 'src') segments = segments.slice(1);
  const top = segments[0];
  if (top === 'app' || top === 'routes' || top === 'pages') segments = segments.slice(1);
  else if (top === 'server' && (segments[1] === 'api' || segments[1] === 'routes')) segments = segments[1] === 'routes' ? segments.slice(2) : segments.slice(1);
  const last = segments.pop() ?? '';
  const stem = last.replace(/\.[^.]+$/, '').replace(/\.(?:get|post|put|patch|delete)$/, '');
  if (!['route', '+server', '+page.server', 'index'].includes(stem)) segments.push(stem);
  const parts = segments.filter((s) => !/^\(.*\)$/.test(s) && !s.startsWith('@')).map((s) => s.replace(/^\[+\.{0,3}([^\]]+)\]+$/, '$1'));
  return `/${parts.join('/')}`;
}

/** A route path argument: `'/chat'`, a template without expressions, a regex (`/x`), or an array of them. */
function routeLiteral(node: AstNode): string | undefined {
  const text = literalString(node);
  if (text !== undefined) return text.startsWith('/') || text === '*' ? text : undefined;
  if (node.type === 'Literal' && (node as { regex?: unknown }).regex) return String(node.raw ?? '/regex/');
  if (node.type === 'ArrayExpression') return (node.elements as AstNode[]).map((e) => (e && literalString(e)) ?? '?').join(', ');
  return undefined;
}

interface ObjectProperty {
  name: string;
  key: AstNode;
  value: AstNode;
}

function objectProperties(node: AstNode): ObjectProperty[] {
  const object = unwrapNode(node);
  if (object.type !== 'ObjectExpression') return [];
  return (object.properties as AstNode[]).filter((p) => p.type === 'Property' && !p.computed).map((p) => ({ name: nameOf(p.key as AstNode), key: p.key as AstNode, value: unwrapNode(p.value as AstNode) }));
}

function isFunctionLike(node: AstNode): boolean {
  const n = unwrapNode(node);
  return n.type === 'FunctionExpression' || n.type === 'ArrowFunctionExpression' || n.type === 'CallExpression' || n.type === 'Identifier';
}

/** `export const chat = onCall(…)` → `chat`. */
function exportNameFor(call: AstNode): string | undefined {
  const parent = call.parent as AstNode | undefined;
  if (parent?.type === 'VariableDeclarator' && (parent.id as AstNode).type === 'Identifier') return (parent.id as AstNode).name as string;
  if (parent?.type === 'AssignmentExpression') {
    const left = parent.left as AstNode;
    if (left.type === 'MemberExpression') return nameOf(left.property as AstNode);
  }
  return undefined;
}

function reportNodeFor(call: AstNode): AstNode | undefined {
  const parent = call.parent as AstNode | undefined;
  if (parent?.type === 'VariableDeclarator') return parent.id as AstNode;
  return undefined;
}

function hasDirective(program: AstNode, directive: string): boolean {
  for (const statement of program.body as AstNode[]) {
    if (statement.type !== 'ExpressionStatement' || typeof statement.directive !== 'string') return false;
    if (statement.directive === directive) return true;
  }
  return false;
}

function literalString(node: AstNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && (node.expressions as unknown[]).length === 0) return ((node.quasis as AstNode[])[0]?.value as { cooked?: string }).cooked;
  return undefined;
}

function nameOf(node: AstNode | undefined): string {
  if (!node) return '';
  if (node.type === 'Identifier') return node.name as string;
  if (node.type === 'Literal') return String(node.value);
  return '';
}

const SKIP = new Set(['parent', 'loc', 'range', 'tokens', 'comments', 'typeAnnotation', 'returnType', 'typeParameters', 'typeArguments']);

function children(node: AstNode): AstNode[] {
  const out: AstNode[] = [];
  for (const key of Object.keys(node)) {
    if (SKIP.has(key)) continue;
    const child = node[key];
    if (Array.isArray(child)) {
      for (const item of child) if (item && typeof item === 'object' && typeof (item as AstNode).type === 'string') out.push(item as AstNode);
    } else if (child && typeof child === 'object' && typeof (child as AstNode).type === 'string') {
      out.push(child as AstNode);
    }
  }
  return out;
}

function start(node: AstNode): number {
  return (node.range as [number, number])[0];
}

