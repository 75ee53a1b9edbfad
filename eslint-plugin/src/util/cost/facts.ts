/**
 * What a module does with money, read from its ESTree AST in one pass: for each top-level binding, the events
 * in its code in source order — a billable call (catalog/billable-calls.ts), a rate limit or quota
 * (catalog/guards.ts), a limiter whose verdict is dropped, an auth check, and references to other top-level
 * bindings and imports (followed later by billable-graph.ts). Only strings and offsets are kept, never nodes,
 * so a dependency's facts stay small in the module cache.
 */
import {
  AUTH_CALLS,
  AUTH_MEMBER_OBJECTS,
  AUTH_MEMBERS,
  COUNTER_COMMANDS,
  EXPIRY_COMMANDS,
  IP_HEADERS,
  LIMITER_LIBRARIES,
  LIMITER_METHODS,
  LIMITER_MODULES,
  LIMITER_NAME,
  QUOTA_NAMES,
  REFUSAL_WORDS,
  TOO_MANY_REQUESTS_STATUS,
  billableConstructorOf,
  billableFunctionOf,
  billableMethodOf,
  BILLABLE_API_PATHS,
  isAiCallerModule,
  providerOfModule,
  providerOfUrl,
  type ProviderId,
} from '@backend-only/core';
import type { AstNode, VisitorKeys } from '../import-graph/module-facts.js';

/** Whose requests a limiter counts, from its key: one bucket for everyone is no limit per caller. */
export type GuardKey = 'ip' | 'user' | 'global' | 'client-header' | 'unknown';

export interface GuardInfo {
  /** For messages: `ratelimit.limit`, `express-rate-limit`, `a 429 response`. */
  name: string;
  key: GuardKey;
  /** It runs only when an env var or an optional limiter object is set. */
  optional: boolean;
  /** `pathname.startsWith(…)` prefixes it runs under (a middleware that limits only /api/ai). */
  pathPrefixes: readonly string[];
}

export type CostEvent =
  | { kind: 'spend'; pos: number; call: string; provider: ProviderId | undefined; confirmVia?: string }
  | { kind: 'guard'; pos: number; guard: GuardInfo; confirmVia?: string }
  /** A limiter called with its verdict dropped (`await ratelimit.limit(ip);`). */
  | { kind: 'ignored'; pos: number; name: string }
  | { kind: 'auth'; pos: number }
  | { kind: 'ref'; pos: number; name: string };

export interface ImportBinding {
  specifier: string;
  /** `default`, `*` for a namespace, or the exported name. */
  imported: string;
}

export interface CostFacts {
  imports: Map<string, ImportBinding>;
  /** Top-level binding → its events (`*default*` for an anonymous default export). */
  bindings: Map<string, CostEvent[]>;
  /** Exported name → local binding, or the import it re-exports. */
  exports: Map<string, string | ImportBinding>;
  exportAll: string[];
  /** It imports an AI SDK: `messages.create` here is Anthropic's, not Twilio's. */
  usesAiSdk: boolean;
  /** It imports a limiter library. */
  usesLimiter: boolean;
  /** Next.js `export const config = { matcher }`: the patterns, `dynamic` when not literal, undefined when absent. */
  matcher: readonly string[] | 'dynamic' | undefined;
}

/** `settings['backend-only'].guards`, parsed: bare names, and `module#export` pairs. */
export interface ProjectGuards {
  names: ReadonlySet<string>;
  exports: readonly { module: string; name: string }[];
}

export const NO_PROJECT_GUARDS: ProjectGuards = { names: new Set(), exports: [] };

const NON_CHILD_KEYS = new Set(['parent', 'loc', 'range', 'tokens', 'comments', 'leadingComments', 'trailingComments', 'typeAnnotation', 'returnType', 'typeParameters', 'typeArguments', 'decorators']);
const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);
/** Specifiers of first-party modules (relative, tsconfig aliases, SvelteKit `$lib`, subpath imports). */
const FIRST_PARTY = /^(?:\.|\/|@\/|~\/?|#|\$lib|src\/)/;
const DEFAULT_BINDING = '*default*';
/** Bindings made for CommonJS exports: `*cjs*name`. */
const CJS = '*cjs*';
/** A ref to one export of a namespace or CommonJS import: `local` + MEMBER + `export`. */
export const MEMBER = '\u0001';

interface WalkState {
  events: CostEvent[];
  inFunction: boolean;
  inCatch: boolean;
  /** Under a test of an env var (`if (process.env.UPSTASH_URL)`): the code may not run in production. */
  envTest: boolean;
  /** Names tested for truthiness around here (`if (ratelimit)`, `ratelimit && …`). */
  tested: readonly string[];
  pathPrefixes: string[];
  /** Counter commands seen (INCR), waiting for an EXPIRE in the same binding; shared by every nested state. */
  redis: { counters: number[]; expires: boolean };
}

/** Reads one module; `eventsOf` also serves the linted file's own handlers (any node of the same AST). */
export class CostReader {
  readonly facts: CostFacts;
  private readonly declarators = new Map<string, AstNode[]>();
  private readonly topNames = new Set<string>();
  /** Every identifier occurrence, by name, for "is a limiter's verdict read later". */
  private readonly occurrences = new Map<string, number[]>();
  private readonly parents: AstNode[] = [];

  constructor(
    private readonly program: AstNode,
    private readonly visitorKeys: VisitorKeys,
    private readonly guards: ProjectGuards,
  ) {
    this.facts = { imports: new Map(), bindings: new Map(), exports: new Map(), exportAll: [], usesAiSdk: false, usesLimiter: false, matcher: undefined };
    this.collectTopLevel();
    this.indexDeclarators(program);
    for (const [name, nodes] of this.topLevelNodes) this.facts.bindings.set(name, this.eventsOfAll(nodes));
    this.topLevelNodes.clear();
  }

  private readonly topLevelNodes = new Map<string, AstNode[]>();

  /** The events of `node`'s code (a handler function, or any expression), in source order. */
  eventsOf(node: AstNode): CostEvent[] {
    return this.eventsOfAll([node]);
  }

  /** The top-level bindings and imports a name in this module can refer to. */
  isTopLevel(name: string): boolean {
    return this.topNames.has(name) || this.facts.imports.has(name);
  }

  /** The initializers of variables named `name`, anywhere in the module. */
  initializersOf(name: string): AstNode[] {
    return (this.declarators.get(name) ?? []).map((d) => d.init as AstNode).filter(Boolean);
  }

  private eventsOfAll(nodes: readonly AstNode[]): CostEvent[] {
    const state: WalkState = { events: [], inFunction: false, inCatch: false, envTest: false, tested: [], pathPrefixes: [], redis: { counters: [], expires: false } };
    for (const node of nodes) this.visit(node, state);
    if (state.redis.expires) for (const pos of state.redis.counters) state.events.push({ kind: 'guard', pos, guard: { name: 'a Redis counter (INCR + EXPIRE)', key: 'unknown', optional: false, pathPrefixes: [] } });
    return state.events.sort((a, b) => a.pos - b.pos);
  }

  private collectTopLevel(): void {
    const add = (name: string, node: AstNode) => {
      this.topNames.add(name);
      const list = this.topLevelNodes.get(name) ?? [];
      list.push(node);
      this.topLevelNodes.set(name, list);
    };
    for (const statement of (this.program.body as AstNode[] | undefined) ?? []) {
      let declaration: AstNode | undefined = statement;
      if (statement.type === 'ImportDeclaration') {
        if (statement.importKind === 'type') continue;
        const specifier = String((statement.source as AstNode).value);
        if (isAiCallerModule(specifier, providerOfModule)) this.facts.usesAiSdk = true;
        if (LIMITER_MODULES.has(specifier)) this.facts.usesLimiter = true;
        for (const s of statement.specifiers as AstNode[]) {
          const local = (s.local as AstNode).name as string;
          const imported = s.type === 'ImportDefaultSpecifier' ? 'default' : s.type === 'ImportNamespaceSpecifier' ? '*' : nameOf(s.imported as AstNode);
          this.facts.imports.set(local, { specifier, imported });
        }
        continue;
      }
      if (statement.type === 'ExportAllDeclaration') {
        this.facts.exportAll.push(String((statement.source as AstNode).value));
        continue;
      }
      if (statement.type === 'ExportNamedDeclaration') {
        declaration = statement.declaration as AstNode | undefined;
        const source = statement.source as AstNode | undefined;
        for (const s of (statement.specifiers as AstNode[]) ?? []) {
          const exported = nameOf(s.exported as AstNode);
          const local = nameOf(s.local as AstNode);
          this.facts.exports.set(exported, source ? { specifier: String(source.value), imported: local } : local);
        }
        if (!declaration) continue;
        for (const name of declaredNames(declaration)) this.facts.exports.set(name, name);
      }
      if (statement.type === 'ExportDefaultDeclaration') {
        const inner = statement.declaration as AstNode;
        const id = (inner.id as AstNode | undefined)?.name as string | undefined;
        if (inner.type === 'Identifier') {
          this.facts.exports.set('default', inner.name as string);
          continue;
        }
        this.facts.exports.set('default', id ?? DEFAULT_BINDING);
        add(id ?? DEFAULT_BINDING, inner);
        continue;
      }
      if (!declaration) continue;
      if (declaration.type === 'ExpressionStatement' && this.collectCommonJsExport(declaration.expression as AstNode, add)) continue;
      if (declaration.type === 'VariableDeclaration') {
        for (const declarator of declaration.declarations as AstNode[]) {
          if (this.collectRequire(declarator)) continue;
          for (const name of patternNames(declarator.id as AstNode)) add(name, declarator);
          if (isIdentifier(declarator.id, 'config')) this.facts.matcher = matcherOf(declarator.init as AstNode | undefined);
        }
      } else if (declaration.type === 'FunctionDeclaration' || declaration.type === 'ClassDeclaration') {
        const name = (declaration.id as AstNode | undefined)?.name as string | undefined;
        if (name) add(name, declaration);
      } else if (declaration.type === 'ExpressionStatement' && statement === declaration) {
        // Top-level code (route registrations, `Deno.serve(…)`): events of no binding.
      }
    }
  }

  /** `const x = require('x')`, `const { a } = require('x')`, `const b = require('x').b`: CommonJS imports. */
  private collectRequire(declarator: AstNode): boolean {
    let init = declarator.init ? unwrapNode(declarator.init as AstNode) : undefined;
    let member: string | undefined;
    if (init?.type === 'MemberExpression' && !init.computed) {
      member = nameOf(init.property as AstNode);
      init = unwrapNode(init.object as AstNode);
    }
    if (init?.type !== 'CallExpression' || !isIdentifier(init.callee, 'require')) return false;
    const specifier = literalString((init.arguments as AstNode[])[0]);
    if (specifier === undefined) return false;
    if (isAiCallerModule(specifier, providerOfModule)) this.facts.usesAiSdk = true;
    if (LIMITER_MODULES.has(specifier)) this.facts.usesLimiter = true;
    const id = declarator.id as AstNode;
    if (id.type === 'Identifier') this.facts.imports.set(id.name as string, { specifier, imported: member ?? 'default' });
    else if (id.type === 'ObjectPattern' && !member) {
      for (const property of id.properties as AstNode[]) {
        if (property.type !== 'Property') continue;
        const local = patternNames(property.value as AstNode)[0];
        if (local) this.facts.imports.set(local, { specifier, imported: nameOf(property.key as AstNode) });
      }
    } else return false;
    return true;
  }

  /** `module.exports = …`, `module.exports = { a, b }`, `exports.a = …`: CommonJS exports, as bindings. */
  private collectCommonJsExport(expression: AstNode, add: (name: string, node: AstNode) => void): boolean {
    if (expression.type !== 'AssignmentExpression') return false;
    const left = expression.left as AstNode;
    const right = expression.right as AstNode;
    if (left.type !== 'MemberExpression' || left.computed) return false;
    const isModuleExports = (node: AstNode) => node.type === 'MemberExpression' && isIdentifier(node.object, 'module') && isIdentifier(node.property, 'exports');
    if (isModuleExports(left)) {
      if (right.type === 'Identifier') {
        this.facts.exports.set('default', right.name as string);
        return true;
      }
      add(`${CJS}default`, right);
      this.facts.exports.set('default', `${CJS}default`);
      if (right.type === 'ObjectExpression') {
        for (const property of right.properties as AstNode[]) {
          if (property.type !== 'Property' || property.computed) continue;
          const name = nameOf(property.key as AstNode);
          const value = property.value as AstNode;
          if (value.type === 'Identifier') this.facts.exports.set(name, value.name as string);
          else {
            add(`${CJS}${name}`, value);
            this.facts.exports.set(name, `${CJS}${name}`);
          }
        }
      }
      return true;
    }
    const object = left.object as AstNode;
    if (isIdentifier(object, 'exports') || isModuleExports(object)) {
      const name = nameOf(left.property as AstNode);
      add(`${CJS}${name}`, right);
      this.facts.exports.set(name, `${CJS}${name}`);
      return true;
    }
    return false;
  }

  private indexDeclarators(root: AstNode): void {
    const stack: AstNode[] = [root];
    while (stack.length > 0) {
      const node = stack.pop() as AstNode;
      if (node.type === 'VariableDeclarator' && (node.id as AstNode).type === 'Identifier') {
        const name = (node.id as AstNode).name as string;
        const list = this.declarators.get(name) ?? [];
        list.push(node);
        this.declarators.set(name, list);
      }
      if (node.type === 'Identifier') {
        const name = node.name as string;
        const list = this.occurrences.get(name) ?? [];
        list.push(start(node));
        this.occurrences.set(name, list);
      }
      for (const child of this.children(node)) stack.push(child);
    }
  }

  private children(node: AstNode): AstNode[] {
    const keys = this.visitorKeys[node.type] ?? Object.keys(node).filter((key) => !NON_CHILD_KEYS.has(key));
    const out: AstNode[] = [];
    for (const key of keys) {
      if (NON_CHILD_KEYS.has(key)) continue;
      const child = node[key];
      if (Array.isArray(child)) {
        for (const item of child) if (isNode(item)) out.push(item);
      } else if (isNode(child)) {
        out.push(child);
      }
    }
    return out;
  }

  private visit(node: AstNode, state: WalkState): void {
    if (node.type.startsWith('TS') && node.type !== 'TSAsExpression' && node.type !== 'TSNonNullExpression' && node.type !== 'TSSatisfiesExpression') return;
    this.parents.push(node);
    try {
      this.visitInner(node, state);
    } finally {
      this.parents.pop();
    }
  }

  private visitAll(nodes: readonly unknown[], state: WalkState): void {
    for (const child of nodes) if (isNode(child)) this.visit(child, state);
  }

  private visitInner(node: AstNode, state: WalkState): void {
    switch (node.type) {
      case 'Identifier':
        if (this.isTopLevel(node.name as string)) state.events.push({ kind: 'ref', pos: start(node), name: node.name as string });
        return;
      case 'MemberExpression': {
        if (state.inFunction && this.isAuthMember(node)) state.events.push({ kind: 'auth', pos: start(node) });
        // `controller.postActivity` on `const controller = require('./controller')`: that export, not the whole module.
        const object = node.object as AstNode;
        const binding = object.type === 'Identifier' && !node.computed ? this.facts.imports.get(object.name as string) : undefined;
        if (binding && (binding.imported === 'default' || binding.imported === '*') && FIRST_PARTY.test(binding.specifier)) {
          state.events.push({ kind: 'ref', pos: start(node), name: `${object.name as string}${MEMBER}${nameOf(node.property as AstNode)}` });
          return;
        }
        this.visit(node.object as AstNode, state);
        if (node.computed) this.visit(node.property as AstNode, state);
        return;
      }
      case 'Property':
        if (node.computed) this.visit(node.key as AstNode, state);
        if (state.inFunction && isStatusProperty(node)) state.events.push({ kind: 'guard', pos: start(node), guard: this.refusal('a 429 response', state) });
        this.visit(node.value as AstNode, state);
        return;
      case 'MethodDefinition':
      case 'PropertyDefinition':
        if (node.computed) this.visit(node.key as AstNode, state);
        if (node.value) this.visit(node.value as AstNode, state);
        return;
      case 'VariableDeclarator':
        if (node.init) this.visit(node.init as AstNode, state);
        return;
      case 'LabeledStatement':
      case 'BreakStatement':
      case 'ContinueStatement':
        if (node.body) this.visit(node.body as AstNode, state);
        return;
      case 'ImportDeclaration':
      case 'ExportAllDeclaration':
        return;
      case 'ExportNamedDeclaration':
        if (node.declaration) this.visit(node.declaration as AstNode, state);
        return;
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression': {
        this.visit(node.body as AstNode, { ...state, inFunction: true, inCatch: false });
        return;
      }
      case 'CatchClause':
        this.visit(node.body as AstNode, { ...state, inCatch: true });
        return;
      case 'IfStatement':
        this.visitIf(node, state);
        return;
      case 'ConditionalExpression': {
        this.visit(node.test as AstNode, state);
        const inner = this.underTest(state, node.test as AstNode);
        this.visit(node.consequent as AstNode, inner);
        this.visit(node.alternate as AstNode, inner);
        return;
      }
      case 'LogicalExpression': {
        this.visit(node.left as AstNode, state);
        this.visit(node.right as AstNode, node.operator === '&&' ? this.underTest(state, node.left as AstNode) : state);
        return;
      }
      case 'BlockStatement':
      case 'Program':
      case 'StaticBlock':
        this.visitBlock(node.body as AstNode[], state);
        return;
      case 'ThrowStatement':
      case 'ReturnStatement':
        if (state.inFunction && !state.inCatch && node.argument && this.hasRefusalWords(node.argument as AstNode)) {
          state.events.push({ kind: 'guard', pos: start(node), guard: this.refusal('a refusal when over a limit', state) });
        }
        if (node.argument) this.visit(node.argument as AstNode, state);
        return;
      case 'CallExpression':
      case 'NewExpression':
        this.visitCall(node, state);
        return;
      default:
        for (const child of this.children(node)) this.visit(child, state);
    }
  }

  /** A block's statements; after `if (!pathname.startsWith('/api')) return …`, the rest runs under /api only. */
  private visitBlock(statements: readonly AstNode[], state: WalkState): void {
    let current = state;
    for (const statement of statements) {
      this.visit(statement, current);
      if (statement.type === 'IfStatement' && exits(statement.consequent as AstNode)) {
        const test = statement.test as AstNode;
        const prefix = startsWithPrefix(test, true);
        if (prefix !== undefined) current = { ...current, pathPrefixes: [...current.pathPrefixes, prefix] };
        // `if (!ratelimit) return next();`: what follows runs only when the limiter exists.
        else if (test.type === 'UnaryExpression' && test.operator === '!') current = this.underTest(current, test.argument as AstNode);
      }
    }
  }

  private visitIf(node: AstNode, state: WalkState): void {
    const test = node.test as AstNode;
    this.visit(test, state);
    if (state.inFunction && this.isQuotaTest(test) && exits(node.consequent as AstNode)) {
      state.events.push({ kind: 'guard', pos: start(node), guard: this.refusal('a quota check', state) });
    }
    const prefix = startsWithPrefix(test, false);
    const inner: WalkState = { ...this.underTest(state, test), pathPrefixes: prefix === undefined ? state.pathPrefixes : [...state.pathPrefixes, prefix] };
    this.visit(node.consequent as AstNode, inner);
    if (node.alternate) this.visit(node.alternate as AstNode, { ...inner, pathPrefixes: state.pathPrefixes });
  }

  /** The state under a condition: the env vars and names it tests. */
  private underTest(state: WalkState, test: AstNode): WalkState {
    const { env, names } = this.testedBy(test);
    if (!env && names.length === 0) return state;
    return { ...state, envTest: state.envTest || env, tested: [...state.tested, ...names] };
  }

  private visitCall(node: AstNode, state: WalkState): void {
    const args = node.arguments as AstNode[];
    const spend = this.spendOf(node);
    if (spend) {
      state.events.push({ ...spend, pos: start(node) });
      this.visitAll(args, state);
      return;
    }
    const guard = this.guardOf(node, state);
    if (guard) {
      state.events.push({ ...guard, pos: start(node) } as CostEvent);
      this.visitAll(args, state);
      return;
    }
    const callee = unwrapNode(node.callee as AstNode);
    const method = calleeName(callee);
    if (state.inFunction && node.type === 'CallExpression') {
      if (method && AUTH_CALLS.has(method)) state.events.push({ kind: 'auth', pos: start(node) });
      if (method && COUNTER_COMMANDS.has(method.toLowerCase()) && callee.type === 'MemberExpression') state.redis.counters.push(start(node));
      if (method && EXPIRY_COMMANDS.has(method.toLowerCase()) && callee.type === 'MemberExpression') state.redis.expires = true;
      if (args.some((a) => a.type === 'Literal' && a.value === TOO_MANY_REQUESTS_STATUS)) {
        state.events.push({ kind: 'guard', pos: start(node), guard: this.refusal('a 429 response', state) });
      }
    }
    this.visit(node.callee as AstNode, state);
    this.visitAll(args, state);
  }

  /** A billable call: an SDK method path, an AI SDK function, a chat model class, or a fetch to a provider host. */
  private spendOf(node: AstNode): Omit<Extract<CostEvent, { kind: 'spend' }>, 'pos'> | undefined {
    const callee = unwrapNode(node.callee as AstNode);
    if (callee.type === 'Identifier') {
      const binding = this.facts.imports.get(callee.name as string);
      if (binding) {
        const fn = node.type === 'CallExpression' ? billableFunctionOf(binding.specifier, binding.imported) : undefined;
        if (fn) return { kind: 'spend', call: fn.id, provider: fn.provider };
        const ctor = node.type === 'NewExpression' ? billableConstructorOf(binding.specifier, binding.imported) : undefined;
        if (ctor) return { kind: 'spend', call: ctor.id, provider: ctor.provider };
      }
      if (node.type === 'CallExpression' && FETCH_NAMES.has(callee.name as string)) return this.providerFetch(node);
      return undefined;
    }
    if (callee.type !== 'MemberExpression' || node.type !== 'CallExpression') return undefined;
    const { names, base } = memberChain(callee);
    // `ai.generateText(…)` on `import * as ai from 'ai'`.
    if (base?.type === 'Identifier' && names.length === 1) {
      const binding = this.facts.imports.get(base.name as string);
      const fn = binding?.imported === '*' ? billableFunctionOf(binding.specifier, names[0] as string) : undefined;
      if (fn) return { kind: 'spend', call: fn.id, provider: fn.provider };
      if (base.name === 'axios' || base.name === 'ky') return this.providerFetch(node);
    }
    const billable = billableMethodOf(names);
    if (!billable) return undefined;
    const call = `${base?.type === 'Identifier' ? (base.name as string) : 'client'}.${names.slice(names.length - billable.path.length).join('.')}`;
    // `together.chat.completions.create` is OpenAI's shape on Together's SDK: name the provider the client comes from.
    const provider = (base?.type === 'Identifier' ? this.providerOfClient(base.name as string) : undefined) ?? this.soleProvider ?? billable.provider;
    if (billable.distinctive || this.facts.usesAiSdk) return { kind: 'spend', call, provider };
    // `anthropic.messages.create` on a client imported from the project's own lib/anthropic.ts: billable if that module imports an AI SDK.
    const via = base?.type === 'Identifier' ? this.facts.imports.get(base.name as string) : undefined;
    if (via && FIRST_PARTY.test(via.specifier)) return { kind: 'spend', call, provider: billable.provider, confirmVia: base!.name as string };
    return undefined;
  }

  /** The provider of an SDK client variable (`const together = new Together()`), from its constructor's import. */
  private providerOfClient(name: string): ProviderId | undefined {
    for (const init of this.initializersOf(name)) {
      const node = unwrapNode(init);
      if (node.type !== 'NewExpression' && node.type !== 'CallExpression') continue;
      const callee = unwrapNode(node.callee as AstNode);
      const root = callee.type === 'MemberExpression' ? memberChain(callee).base : callee;
      const binding = root?.type === 'Identifier' ? this.facts.imports.get(root.name as string) : undefined;
      const provider = binding ? providerOfModule(binding.specifier) : undefined;
      if (provider) return provider.id;
    }
    return undefined;
  }

  /** The provider when the module imports exactly one provider's SDK. */
  private get soleProvider(): ProviderId | undefined {
    const providers = new Set([...this.facts.imports.values()].map((b) => providerOfModule(b.specifier)?.id).filter(Boolean));
    return providers.size === 1 ? ([...providers][0] as ProviderId) : undefined;
  }

  private providerFetch(node: AstNode): Omit<Extract<CostEvent, { kind: 'spend' }>, 'pos'> | undefined {
    const url = this.urlText((node.arguments as AstNode[])[0]);
    if (!url) return undefined;
    const provider = providerOfUrl(url)?.id ?? BILLABLE_API_PATHS.find((p) => url.includes(p.path))?.provider;
    return provider ? { kind: 'spend', call: `fetch ${url.replace(/^https?:\/\//, '').slice(0, 60)}`, provider } : undefined;
  }

  /** A URL's literal text: a string, a template's literal parts joined (`${base}/v1/chat/completions`), or a const's. */
  private urlText(node: AstNode | undefined, depth = 0): string | undefined {
    if (!node || depth > 3) return undefined;
    if (node.type === 'TemplateLiteral') return (node.quasis as AstNode[]).map((q) => (q.value as { cooked?: string }).cooked ?? '').join('');
    if (node.type === 'Identifier') return this.urlText(this.initializersOf(node.name as string)[0], depth + 1);
    if (node.type === 'BinaryExpression' && node.operator === '+') return `${this.urlText(node.left as AstNode, depth + 1) ?? ''}${this.urlText(node.right as AstNode, depth + 1) ?? ''}` || undefined;
    return this.staticText(node, depth);
  }

  /** A string literal, a template's leading text, or a const initialized with one. */
  private staticText(node: AstNode | undefined, depth = 0): string | undefined {
    if (!node || depth > 3) return undefined;
    if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
    if (node.type === 'TemplateLiteral') return ((node.quasis as AstNode[])[0]?.value as { cooked?: string } | undefined)?.cooked ?? undefined;
    if (node.type === 'Identifier') return this.staticText(this.initializersOf(node.name as string)[0], depth + 1);
    return undefined;
  }

  /** A limiter call (or a project guard), with its verdict checked; an `ignored` event when the verdict is dropped. */
  private guardOf(node: AstNode, state: WalkState): DistributiveOmit<Extract<CostEvent, { kind: 'guard' } | { kind: 'ignored' }>, 'pos'> | undefined {
    if (node.type !== 'CallExpression') return undefined;
    const callee = unwrapNode(node.callee as AstNode);
    const args = node.arguments as AstNode[];
    const projectGuard = this.projectGuardName(callee);
    if (projectGuard) return { kind: 'guard', guard: { name: projectGuard, key: 'unknown', optional: state.envTest, pathPrefixes: state.pathPrefixes } };

    let name: string | undefined;
    let optional = state.envTest;
    let enforcement: 'result' | 'rejects' | undefined;
    let confirmVia: string | undefined;
    if (callee.type === 'Identifier') {
      const binding = this.facts.imports.get(callee.name as string);
      const library = binding && LIMITER_LIBRARIES.find((l) => l.modules.includes(binding.specifier) && l.enforcement !== 'middleware' && l.methods.includes(binding.imported));
      if (!library) return undefined;
      name = `${library.name} ${binding!.imported}`;
      enforcement = library.enforcement as 'result' | 'rejects';
    } else if (callee.type === 'MemberExpression') {
      const method = calleeName(callee);
      if (!method || !LIMITER_METHODS.has(method)) return undefined;
      const { names, base } = memberChain(callee);
      const receiverNames = names.slice(0, -1);
      // Cloudflare's binding: `env.MY_LIMITER.limit({ key })`.
      const cloudflare = method === 'limit' && receiverNames.length >= 1 && (receiverNames.includes('env') || (base?.type === 'Identifier' && base.name === 'env')) && isKeyObject(args[0]);
      const traced = base?.type === 'Identifier' ? this.limiterOf(base.name as string) : undefined;
      const named = [...receiverNames, base?.type === 'Identifier' ? (base.name as string) : ''].some((n) => LIMITER_NAME.test(n)) || (method === 'protect' && base?.type === 'Identifier' && /^(?:aj|arcjet)$/i.test(base.name as string));
      if (!cloudflare && !traced && !named) {
        const via = base?.type === 'Identifier' ? this.facts.imports.get(base.name as string) : undefined;
        if (!via || !FIRST_PARTY.test(via.specifier) || method === 'check') return undefined;
        confirmVia = base!.name as string;
      }
      const library = traced && traced !== 'first-party' ? traced : undefined;
      enforcement = library ? (library.enforcement as 'result' | 'rejects') : ['consume', 'penalty', 'check', 'checkNext'].includes(method) ? 'rejects' : 'result';
      name = cloudflare ? 'the Workers rate-limit binding' : `${base?.type === 'Identifier' ? (base.name as string) : receiverNames.join('.')}.${method}`;
      const receiver = base?.type === 'Identifier' ? (base.name as string) : undefined;
      optional = state.envTest || (receiver !== undefined && (state.tested.includes(receiver) || this.isOptionalLimiter(receiver)));
    } else {
      return undefined;
    }
    if (!this.verdictUsed(node, enforcement)) return { kind: 'ignored', name: name! };
    // Only these take the caller's key first (checkRateLimit takes a rule id, protect and isLimited the request).
    const key = callee.type === 'MemberExpression' && KEYED_METHODS.has(calleeName(callee) ?? '') ? this.keyOf(args[0]) : 'unknown';
    return { kind: 'guard', guard: { name: name!, key, optional, pathPrefixes: state.pathPrefixes }, ...(confirmVia ? { confirmVia } : {}) };
  }

  /** The limiter library a receiver is an instance of (`const ratelimit = new Ratelimit(…)`), or `first-party`. */
  private limiterOf(name: string): (typeof LIMITER_LIBRARIES)[number] | 'first-party' | undefined {
    const binding = this.facts.imports.get(name);
    if (binding) {
      const library = LIMITER_LIBRARIES.find((l) => l.modules.includes(binding.specifier));
      if (library) return library;
      return undefined;
    }
    for (const init of this.initializersOf(name)) {
      let found: (typeof LIMITER_LIBRARIES)[number] | undefined;
      this.forEachCall(init, (callee) => {
        const root = callee.type === 'MemberExpression' ? memberChain(callee).base : callee;
        const imported = root?.type === 'Identifier' ? this.facts.imports.get(root.name as string) : undefined;
        found ??= imported && LIMITER_LIBRARIES.find((l) => l.modules.includes(imported.specifier));
      });
      if (found) return found;
    }
    return undefined;
  }

  /** `const ratelimit = process.env.KV_URL ? new Ratelimit(…) : undefined`: a limiter that may not exist. */
  private isOptionalLimiter(name: string): boolean {
    return this.initializersOf(name).some((init) => init.type === 'ConditionalExpression' || init.type === 'LogicalExpression');
  }

  /** What a condition tests: an env var (`process.env.X`, `import.meta.env.X`), and bare names (`ratelimit && …`). */
  private testedBy(test: AstNode): { env: boolean; names: string[] } {
    const names: string[] = [];
    let env = false;
    const operands = [test];
    while (operands.length > 0) {
      const operand = operands.pop() as AstNode;
      if (operand.type === 'LogicalExpression' && operand.operator === '&&') operands.push(operand.left as AstNode, operand.right as AstNode);
      else if (operand.type === 'Identifier') names.push(operand.name as string);
    }
    const stack = [test];
    while (stack.length > 0 && !env) {
      const current = stack.pop() as AstNode;
      if (current.type === 'MemberExpression' && ((isIdentifier(current.object, 'process') && isIdentifier(current.property, 'env')) || (current.object as AstNode).type === 'MetaProperty')) env = true;
      for (const child of this.children(current)) stack.push(child);
    }
    return { env, names };
  }

  private forEachCall(node: AstNode, visit: (callee: AstNode) => void, depth = 0): void {
    if (depth > 8) return;
    if (node.type === 'CallExpression' || node.type === 'NewExpression') visit(unwrapNode(node.callee as AstNode));
    for (const child of this.children(node)) this.forEachCall(child, visit, depth + 1);
  }

  /**
   * Whether the limiter's verdict can stop the request: for `result` limiters the value is tested, returned or
   * bound to a name read later; for `rejects` limiters the promise is awaited, returned or chained.
   */
  private verdictUsed(call: AstNode, enforcement: 'result' | 'rejects'): boolean {
    // parents: […, the call's parent, the call]
    let index = this.parents.length - 2;
    let child = call;
    let awaited = false;
    while (index >= 0) {
      const parent = this.parents[index] as AstNode;
      if (parent.type === 'AwaitExpression') awaited = true;
      else if (!(parent.type === 'TSAsExpression' || parent.type === 'TSNonNullExpression' || parent.type === 'ChainExpression' || (parent.type === 'MemberExpression' && parent.object === child))) break;
      child = parent;
      index--;
    }
    const parent = this.parents[index];
    if (!parent) return true;
    if (parent.type === 'ExpressionStatement') return enforcement === 'rejects' && awaited;
    if (parent.type === 'VariableDeclarator' && parent.init === child) {
      const names = patternNames(parent.id as AstNode);
      const after = end(parent);
      return names.some((name) => (this.occurrences.get(name) ?? []).some((pos) => pos > after));
    }
    if (parent.type === 'AssignmentExpression' && parent.right === child && (parent.left as AstNode).type === 'Identifier') {
      const name = (parent.left as AstNode).name as string;
      return (this.occurrences.get(name) ?? []).some((pos) => pos > end(parent));
    }
    return true;
  }

  /** Whose requests the limiter counts, from its key argument. */
  private keyOf(arg: AstNode | undefined): GuardKey {
    if (!arg) return 'unknown';
    const node = arg.type === 'ObjectExpression' ? ((arg.properties as AstNode[]).find((p) => p.type === 'Property' && nameOf(p.key as AstNode) === 'key')?.value as AstNode | undefined) : arg;
    if (!node) return 'unknown';
    if (node.type === 'Literal' && typeof node.value === 'string') return 'global';
    if (node.type === 'TemplateLiteral' && (node.expressions as unknown[]).length === 0) return 'global';
    let key: GuardKey = 'unknown';
    const stack = [node];
    while (stack.length > 0) {
      const current = stack.pop() as AstNode;
      const header = headerRead(current);
      if (header !== undefined) {
        if (IP_HEADERS.has(header)) key = 'ip';
        else if (header !== 'authorization' && header !== 'cookie') return 'client-header';
      }
      const name = current.type === 'Identifier' ? (current.name as string) : current.type === 'MemberExpression' && !current.computed ? nameOf(current.property as AstNode) : undefined;
      if (name && key === 'unknown') {
        if (/^ip$|ip(?:Address)?$|^getIp|clientIp|remoteAddress/i.test(name)) key = 'ip';
        else if (/user|session|uid|^sub$|email|account|owner|org/i.test(name)) key = 'user';
      }
      for (const child of this.children(current)) stack.push(child);
    }
    return key;
  }

  private projectGuardName(callee: AstNode): string | undefined {
    const name = calleeName(callee);
    if (!name) return undefined;
    if (this.guards.names.has(name)) return name;
    if (this.guards.exports.length === 0 || callee.type !== 'Identifier') return undefined;
    const binding = this.facts.imports.get(name);
    if (!binding) return undefined;
    const written = stripSpecifier(binding.specifier);
    return this.guards.exports.some((g) => g.name === binding.imported && (g.module === binding.specifier || written.endsWith(stripSpecifier(g.module)))) ? name : undefined;
  }

  private refusal(name: string, state: WalkState): GuardInfo {
    return { name, key: 'unknown', optional: state.envTest, pathPrefixes: state.pathPrefixes };
  }

  /** `if (usage.count >= entitlements.maxMessagesPerDay)`, `if (user.credits <= 0)`, `if (!remaining)`. */
  private isQuotaTest(test: AstNode): boolean {
    const stack = [test];
    while (stack.length > 0) {
      const current = stack.pop() as AstNode;
      if ((current.type === 'BinaryExpression' && ['>', '>=', '<', '<=', '==='].includes(current.operator as string)) || (current.type === 'UnaryExpression' && current.operator === '!')) {
        if (this.mentions(current, QUOTA_NAMES)) return true;
      }
      if (current.type === 'LogicalExpression') stack.push(current.left as AstNode, current.right as AstNode);
    }
    return false;
  }

  private mentions(node: AstNode, pattern: RegExp): boolean {
    const stack = [node];
    while (stack.length > 0) {
      const current = stack.pop() as AstNode;
      if (current.type === 'Identifier' && pattern.test(current.name as string)) return true;
      for (const child of this.children(current)) stack.push(child);
    }
    return false;
  }

  private hasRefusalWords(node: AstNode): boolean {
    const stack = [node];
    let budget = 200;
    while (stack.length > 0 && budget-- > 0) {
      const current = stack.pop() as AstNode;
      if (current.type === 'Literal' && typeof current.value === 'string' && REFUSAL_WORDS.test(current.value)) return true;
      if (current.type === 'TemplateElement' && REFUSAL_WORDS.test(String((current.value as { cooked?: string }).cooked ?? ''))) return true;
      if (FUNCTION_TYPES.has(current.type)) continue;
      for (const child of this.children(current)) stack.push(child);
    }
    return false;
  }

  private isAuthMember(node: AstNode): boolean {
    if (node.computed) return false;
    const property = nameOf(node.property as AstNode);
    const object = node.object as AstNode;
    const objectName = object.type === 'Identifier' ? (object.name as string) : object.type === 'MemberExpression' && !object.computed ? nameOf(object.property as AstNode) : undefined;
    return AUTH_MEMBERS.has(property) && objectName !== undefined && AUTH_MEMBER_OBJECTS.has(objectName);
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

const KEYED_METHODS = new Set(['limit', 'consume', 'blockUntilReady', 'penalty']);
const FETCH_NAMES = new Set(['fetch', '$fetch', 'ofetch', 'axios', 'ky', 'got']);

/** `export const config = { matcher: '/api/:path*' }` (or an array of strings or `{ source }` objects). */
function matcherOf(init: AstNode | undefined): readonly string[] | 'dynamic' | undefined {
  const object = init && unwrapNode(init);
  if (!object || object.type !== 'ObjectExpression') return undefined;
  const property = (object.properties as AstNode[]).find((p) => p.type === 'Property' && nameOf(p.key as AstNode) === 'matcher');
  if (!property) return undefined;
  const value = unwrapNode(property.value as AstNode);
  const items = value.type === 'ArrayExpression' ? (value.elements as AstNode[]) : [value];
  const patterns: string[] = [];
  for (const item of items) {
    const text = literalString(item) ?? (item?.type === 'ObjectExpression' ? literalString((item.properties as AstNode[]).find((p) => p.type === 'Property' && nameOf(p.key as AstNode) === 'source')?.value as AstNode) : undefined);
    if (text === undefined) return 'dynamic';
    patterns.push(text);
  }
  return patterns;
}

function literalString(node: AstNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && (node.expressions as unknown[]).length === 0) return ((node.quasis as AstNode[])[0]?.value as { cooked?: string }).cooked;
  return undefined;
}

/** `x.startsWith('/api')` in a test (through `&&`); with `negated`, only `!x.startsWith('/api')`. */
function startsWithPrefix(test: AstNode, negated: boolean): string | undefined {
  let node = test;
  if (negated) {
    if (node.type !== 'UnaryExpression' || node.operator !== '!') return undefined;
    node = node.argument as AstNode;
  }
  if (!negated && node.type === 'LogicalExpression' && node.operator === '&&') return startsWithPrefix(node.left as AstNode, false) ?? startsWithPrefix(node.right as AstNode, false);
  node = unwrapNode(node);
  if (node.type !== 'CallExpression') return undefined;
  const callee = unwrapNode(node.callee as AstNode);
  if (callee.type !== 'MemberExpression' || calleeName(callee) !== 'startsWith') return undefined;
  return literalString((node.arguments as AstNode[])[0]);
}

/** A statement that leaves the function: `return`, `throw`, or a block ending with one. */
function exits(node: AstNode): boolean {
  if (node.type === 'ReturnStatement' || node.type === 'ThrowStatement') return true;
  if (node.type === 'BlockStatement') {
    const body = node.body as AstNode[];
    return body.length > 0 && exits(body[body.length - 1] as AstNode);
  }
  return false;
}

/** `status: 429` / `statusCode: 429`. */
function isStatusProperty(node: AstNode): boolean {
  const value = node.value as AstNode;
  const key = nameOf(node.key as AstNode);
  return (key === 'status' || key === 'statusCode') && value.type === 'Literal' && value.value === TOO_MANY_REQUESTS_STATUS;
}

/** The header name a node reads: `headers.get('x-user-id')`, `headers['x-user-id']`, `header('x-user-id')`. */
function headerRead(node: AstNode): string | undefined {
  if (node.type === 'CallExpression') {
    const callee = unwrapNode(node.callee as AstNode);
    const method = calleeName(callee);
    if (method === 'get' && callee.type === 'MemberExpression' && /headers$/i.test(calleeName(unwrapNode(callee.object as AstNode)) ?? '')) return literalString((node.arguments as AstNode[])[0])?.toLowerCase();
    if (method === 'header' || method === 'getHeader' || method === 'getRequestHeader' || method === 'get') {
      const args = node.arguments as AstNode[];
      const text = literalString(args[args.length - 1]);
      if (method !== 'get' && text) return text.toLowerCase();
    }
  }
  if (node.type === 'MemberExpression' && node.computed && /headers$/i.test(calleeName(unwrapNode(node.object as AstNode)) ?? '')) return literalString(node.property as AstNode)?.toLowerCase();
  return undefined;
}

function isKeyObject(node: AstNode | undefined): boolean {
  return node?.type === 'ObjectExpression' && (node.properties as AstNode[]).some((p) => p.type === 'Property' && nameOf(p.key as AstNode) === 'key');
}

/** `a.b.c.create` → names ['b', 'c', 'create'], base `a`; the base is undefined for `this`, calls and the like only when it is not an identifier. */
export function memberChain(callee: AstNode): { names: string[]; base: AstNode | undefined } {
  const names: string[] = [];
  let current: AstNode = callee;
  while (current.type === 'MemberExpression') {
    const property = current.property as AstNode;
    const name = current.computed ? literalString(property) : nameOf(property);
    if (name === undefined) return { names: [], base: undefined };
    names.unshift(name);
    current = unwrapNode(current.object as AstNode);
  }
  if (current.type === 'ThisExpression') return { names, base: undefined };
  return { names, base: current };
}

/** The called name: `f` of `f()`, `limit` of `a.b.limit()`. */
export function calleeName(callee: AstNode): string | undefined {
  if (callee.type === 'Identifier') return callee.name as string;
  if (callee.type === 'MemberExpression' && !callee.computed) return nameOf(callee.property as AstNode);
  if (callee.type === 'MemberExpression') return literalString(callee.property as AstNode);
  return undefined;
}

export function unwrapNode(node: AstNode): AstNode {
  let current = node;
  while (current.type === 'TSAsExpression' || current.type === 'TSNonNullExpression' || current.type === 'TSSatisfiesExpression' || current.type === 'ChainExpression' || current.type === 'AwaitExpression' || current.type === 'ParenthesizedExpression') {
    current = current.expression as AstNode ?? (current.argument as AstNode);
  }
  return current;
}

function nameOf(node: AstNode | undefined): string {
  if (!node) return '';
  if (node.type === 'Identifier') return node.name as string;
  if (node.type === 'Literal') return String(node.value);
  return '';
}

function isIdentifier(node: unknown, name: string): boolean {
  return isNode(node) && node.type === 'Identifier' && node.name === name;
}

function declaredNames(declaration: AstNode): string[] {
  if (declaration.type === 'VariableDeclaration') return (declaration.declarations as AstNode[]).flatMap((d) => patternNames(d.id as AstNode));
  const id = declaration.id as AstNode | undefined;
  return id?.type === 'Identifier' ? [id.name as string] : [];
}

/** Names bound by `x`, `{ a, b: c }`, `[a, ...b]`, defaults included. */
export function patternNames(pattern: AstNode | undefined): string[] {
  if (!pattern) return [];
  switch (pattern.type) {
    case 'Identifier':
      return [pattern.name as string];
    case 'ObjectPattern':
      return (pattern.properties as AstNode[]).flatMap((p) => patternNames(p.type === 'RestElement' ? (p.argument as AstNode) : (p.value as AstNode)));
    case 'ArrayPattern':
      return (pattern.elements as (AstNode | null)[]).flatMap((e) => (e ? patternNames(e) : []));
    case 'AssignmentPattern':
      return patternNames(pattern.left as AstNode);
    case 'RestElement':
      return patternNames(pattern.argument as AstNode);
    default:
      return [];
  }
}

/** `@/lib/ratelimit.ts`, `../lib/ratelimit` → `lib/ratelimit`, for matching `module#export` settings. */
function stripSpecifier(specifier: string): string {
  return specifier.replace(/^(?:\.\.?\/)+|^[@~$]\w*\//, '').replace(/\.[cm]?[jt]sx?$/, '');
}

function start(node: AstNode): number {
  return (node.range as [number, number] | undefined)?.[0] ?? 0;
}

function end(node: AstNode): number {
  return (node.range as [number, number] | undefined)?.[1] ?? 0;
}

function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

export { DEFAULT_BINDING, FIRST_PARTY };
