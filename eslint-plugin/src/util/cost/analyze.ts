/**
 * One analysis per linted file, shared by require-rate-limit and weak-rate-limit: its endpoints, and for each
 * the first billable call or limit on the request's path (through its imports), the covering layers (Next.js
 * middleware/proxy with its matcher, SvelteKit `handle`, Astro and Nuxt server middleware, route middleware,
 * `app.use` before the route) and whether the caller brings their own key.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { COVERING_LAYERS, DECLARATIVE_LIMITER_PACKAGES, fileEndpointFor, LAYER_EXTENSIONS, LIMITER_MODULES, type ProviderId } from '@backend-only/core';
import { fileSideOf } from '../client-side.js';
import { BillableGraph, findLayerFile, type CostModule } from '../import-graph/billable.js';
import { beginWalk, endWalk } from '../import-graph/module-cache.js';
import type { AstNode, VisitorKeys } from '../import-graph/module-facts.js';
import { createParseContext, type ParseContext, type ParserSetup } from '../import-graph/parse-module.js';
import { findEndpoints, isGuardMiddleware, type Endpoint } from './endpoints.js';
import { CostReader, type CostEvent, type GuardInfo, type ProjectGuards } from './facts.js';
import { dependsOnAny } from './package-deps.js';
import { usesCallersKey } from './request-data.js';
import { projectGuardsOf } from './settings.js';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

export interface EndpointCost {
  endpoint: Endpoint;
  /** `app/api/chat/route.ts POST → lib/ai.ts → openai.chat.completions.create` */
  chain: string;
  provider: ProviderId | undefined;
  /** Undefined when nothing limits it. */
  guard: GuardInfo | undefined;
  /** Where the guard is (`middleware.ts`), when not in the endpoint's own code. */
  guardWhere?: string;
  /** The endpoint reads who the user is. */
  knowsUser: boolean;
  /** Why a limiter that exists did not count. */
  notes: string[];
}

/** Import hops followed from an endpoint; the leak walk's default. */
export const DEFAULT_MAX_DEPTH = 10;

const results = new WeakMap<TSESTree.Program, EndpointCost[]>();
const parseContexts = new WeakMap<object, ParseContext>();

/** Text an endpoint by call shape needs (route registrations, serve calls, Workers, resolvers): a literal prefilter. */
const CALL_SHAPED = /\.(?:get|post|put|patch|delete|all|route|on)\(|Deno\.serve|\bserve\(|createServer|onRequest|onCall|defineAction|Mutation|Query|fetch/;

/** The endpoints of the linted file that spend AI-provider money, with what guards each (analysed once per file). */
export function endpointCosts(context: AnyContext): EndpointCost[] {
  const program = context.sourceCode.ast;
  let found = results.get(program);
  if (!found) {
    found = analyze(context, program);
    results.set(program, found);
  }
  return found;
}

function analyze(context: AnyContext, program: TSESTree.Program): EndpointCost[] {
  const file = context.physicalFilename;
  if (!path.isAbsolute(file)) return [];
  const side = fileSideOf(context);
  const fromRoot = path.relative(side.root, file).split(path.sep).join('/');
  const text = context.sourceCode.text;
  const guards = projectGuardsOf(context.settings);
  const ast = program as unknown as AstNode;
  const visitorKeys = context.sourceCode.visitorKeys as VisitorKeys;
  // Cheap first: most files are no endpoint at all.
  const fileRouted = text.includes('export') && (fileEndpointFor(side.framework?.id, fromRoot) !== undefined || text.includes('use server'));
  if (!fileRouted && !CALL_SHAPED.test(text)) return [];
  const reader = new CostReader(ast, visitorKeys, guards);
  const endpoints = findEndpoints(ast, fromRoot, side.framework, reader, guards, side.side !== 'client');
  if (endpoints.length === 0) return [];

  const languageOptions = context.languageOptions as ParserSetup & object;
  let parse = parseContexts.get(languageOptions);
  if (!parse) {
    parse = createParseContext(languageOptions, visitorKeys, context.cwd);
    parseContexts.set(languageOptions, parse);
  }
  beginWalk(performance.now());
  const graph = new BillableGraph(parse, guards, DEFAULT_MAX_DEPTH);
  try {
    const entry: CostModule = { file, facts: reader.facts };
    const out: EndpointCost[] = [];
    for (const endpoint of endpoints) {
      const cost = costOf(endpoint, entry, reader, graph, guards, context, side.root, side.framework?.id);
      if (cost) out.push(cost);
    }
    return out;
  } finally {
    graph.done();
    endWalk(performance.now());
  }
}

function costOf(
  endpoint: Endpoint,
  entry: CostModule,
  reader: CostReader,
  graph: BillableGraph,
  guards: ProjectGuards,
  context: AnyContext,
  root: string,
  framework: string | undefined,
): EndpointCost | undefined {
  let events: CostEvent[];
  if (endpoint.reexport) {
    const local = `\0${endpoint.name}`;
    entry.facts.imports.set(local, endpoint.reexport);
    events = [{ kind: 'ref', pos: 0, name: local }];
  } else {
    events = reader.eventsOf(endpoint.handler);
  }
  const first = graph.summarize(events, entry, 0);
  if (first.kind === 'none') return undefined;
  // Guarded first: what it spends after the guard (weak-rate-limit names it), if anything.
  const summary = first.kind === 'guarded' ? graph.summarize(events, entry, 0, true) : first;
  if (summary.kind === 'none') return undefined;
  const notes: string[] = [];
  let guard: GuardInfo | undefined = first.kind === 'guarded' ? first.guard : undefined;
  let guardWhere: string | undefined;
  const spend = summary.kind === 'spend' ? summary : undefined;
  if (spend?.ignored) notes.push(`\`${spend.ignored}\` is called, but its result is never checked, so it blocks nothing: return 429 when it says no.`);
  // Layers in front of the handler, nearest first.
  if (!guard && endpoint.coveredBy) guard = { name: endpoint.coveredBy, key: 'unknown', optional: false, pathPrefixes: [] };
  if (!guard) {
    for (const middleware of endpoint.middleware) {
      if (isGuardMiddleware(middleware, reader, guards)) {
        guard = { name: 'route middleware', key: 'unknown', optional: false, pathPrefixes: [] };
        break;
      }
      const inFront = graph.summarize(reader.eventsOf(middleware), entry, 0);
      if (inFront.kind === 'guarded') {
        guard = inFront.guard;
        break;
      }
    }
  }
  if (!guard) {
    const layer = layerGuard(graph, root, framework, endpoint.routePath, notes);
    if (layer) ({ guard, where: guardWhere } = { guard: layer.guard, where: layer.where });
  }
  if (!guard && endpoint.registeredAfter) notes.push(`\`${endpoint.registeredAfter}\` is registered after this route, so it never runs for it: register it before the routes.`);
  const dir = path.dirname(context.physicalFilename);
  // A router or plugin mounted in another file, in a project that has a limiter: the limiter may sit at the mount.
  if (!guard && endpoint.mountedElsewhere && dependsOnAny(dir, root, [...LIMITER_MODULES])) return undefined;
  if (!guard && framework === 'nuxt' && dependsOnAny(dir, root, DECLARATIVE_LIMITER_PACKAGES)) return undefined;
  if (!guard && usesCallersKey(endpoint.handler)) return undefined;
  const display = (f: string) => path.relative(context.cwd, f).split(path.sep).join('/');
  const modules = summary.kind === 'spend' ? summary.modules : [];
  const call = summary.kind === 'spend' ? summary.call : '';
  const chain = [`${display(context.physicalFilename)} ${endpoint.name}`, ...modules.map(display), ...(call ? [call] : [])].join(' → ');
  return {
    endpoint,
    chain,
    provider: spend?.provider,
    guard,
    ...(guardWhere ? { guardWhere } : {}),
    knowsUser: first.auth === true || summary.auth === true,
    notes,
  };
}

/**
 * A limiter in a file that runs before the framework's endpoints: Next.js middleware/proxy (when its matcher
 * and any `pathname.startsWith` test cover the route), SvelteKit `handle`, Astro middleware, Nuxt server/middleware.
 */
function layerGuard(graph: BillableGraph, root: string, framework: string | undefined, routePath: string | undefined, notes: string[]): { guard: GuardInfo; where: string } | undefined {
  const layers = framework ? (COVERING_LAYERS[framework as keyof typeof COVERING_LAYERS] ?? []) : [];
  const candidates: { file: string; exports: readonly string[]; matcher: boolean }[] = [];
  for (const layer of layers) {
    for (const base of layer.files) {
      const file = findLayerFile(root, base, LAYER_EXTENSIONS);
      if (file) candidates.push({ file, exports: layer.exports, matcher: layer.matcher === true });
    }
  }
  if (framework === 'nuxt') {
    const dir = path.join(root, 'server', 'middleware');
    for (const name of safeReaddir(dir)) if (/\.[cm]?[jt]s$/.test(name)) candidates.push({ file: path.join(dir, name), exports: ['default'], matcher: false });
  }
  for (const candidate of candidates) {
    const module = graph.moduleAt(candidate.file);
    if (!module) continue;
    for (const name of candidate.exports) {
      const summary = graph.summarizeExport(module, name, 1);
      if (summary.kind !== 'guarded') continue;
      const where = path.relative(root, candidate.file).split(path.sep).join('/');
      const target = routePath ?? '/';
      if (summary.guard.pathPrefixes.some((prefix) => !target.startsWith(prefix))) {
        notes.push(`${where} limits only paths under ${summary.guard.pathPrefixes.join(' and ')}, not ${target}.`);
        continue;
      }
      if (candidate.matcher && !matcherCovers(module.facts.matcher, target)) {
        notes.push(`${where} has a limiter, but its \`config.matcher\` does not match ${target}, so it never runs for this route.`);
        continue;
      }
      return { guard: summary.guard, where };
    }
  }
  return undefined;
}

function safeReaddir(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

const matcherRegexes = new Map<string, RegExp | null>();

/**
 * Whether a Next.js `config.matcher` runs the middleware for `routePath`. Patterns are path-to-regexp strings
 * (`/api/:path*`, `/((?!api|_next/static).*)`); one that cannot be read is assumed to match.
 */
export function matcherCovers(matcher: readonly string[] | 'dynamic' | undefined, routePath: string): boolean {
  if (matcher === undefined || matcher === 'dynamic') return true;
  return matcher.some((pattern) => {
    let regex = matcherRegexes.get(pattern);
    if (regex === undefined) {
      regex = compileMatcher(pattern);
      matcherRegexes.set(pattern, regex);
    }
    return regex === null || regex.test(routePath);
  });
}

function compileMatcher(pattern: string): RegExp | null {
  const source = pattern
    .replace(/\/:(\w+)\*/g, '(?:/.*)?')
    .replace(/\/:(\w+)\+/g, '/.+')
    .replace(/\/:(\w+)\?/g, '(?:/[^/]+)?')
    .replace(/:(\w+)(\([^)]*\))?/g, (_, _name, group) => group ?? '[^/]+');
  try {
    return new RegExp(`^${source}/?$`);
  } catch {
    return null;
  }
}
