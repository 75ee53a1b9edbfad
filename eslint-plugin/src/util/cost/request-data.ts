/**
 * What in a handler comes from the request: `await req.json()`, `req.body`, `readBody(event)`, `request.data`
 * (Firebase callables), `searchParams.get(…)`, and the names bound from them. By name, within the functions
 * around a node: enough to tell `max_tokens: body.max_tokens` from `max_tokens: 500`. Values that went through
 * a schema (`schema.parse(body)`) count as checked, not as the caller's.
 */
import type { AstNode } from '../import-graph/module-facts.js';
import { calleeName, memberChain, patternNames, unwrapNode } from './facts.js';

/** Reads of the body or query on any object (`req.body`, `ctx.request.body`, `event.queryStringParameters`). */
const BODY_MEMBERS = new Set(['body', 'query', 'queryStringParameters']);
/** Methods that read the body of a request (`await request.json()`, `c.req.json()`). */
const BODY_METHODS = new Set(['json', 'formData', 'text']);
/** h3 / Nuxt / Nitro readers (h3.unjs.io/utils/request). */
const READERS = new Set(['readBody', 'getQuery', 'readFormData', 'readRawBody', 'readMultipartFormData']);
/** Names a request object goes by. */
const REQUEST_NAMES = /^(?:req|request|event|c|ctx|context|e)$/;
/** Calls whose result is checked against a schema or a list. */
const VALIDATORS = new Set(['parse', 'safeParse', 'parseAsync', 'safeParseAsync', 'validate', 'validateSync', 'assert', 'is', 'includes', 'has', 'indexOf', 'valid']);

const SKIP = new Set(['parent', 'loc', 'range', 'tokens', 'comments', 'typeAnnotation', 'returnType', 'typeParameters', 'typeArguments']);

export class RequestData {
  /** Names bound (in the functions around the node) to data the caller sent. */
  readonly names = new Set<string>();
  private readonly scopes: AstNode[];

  /** `node` is where the question is asked; every function around it is searched for request reads. */
  constructor(node: AstNode) {
    this.scopes = [];
    for (let current = node.parent as AstNode | undefined; current; current = current.parent as AstNode | undefined) {
      if (current.type === 'FunctionDeclaration' || current.type === 'FunctionExpression' || current.type === 'ArrowFunctionExpression') this.scopes.push(current);
    }
    // Outermost first, so `const body = await req.json()` is known before `const { model } = body`.
    for (const fn of [...this.scopes].reverse()) this.collect(fn);
  }

  /** The outermost function around the node (the handler, usually). */
  get outermostFunction(): AstNode | undefined {
    return this.scopes[this.scopes.length - 1];
  }

  /** Whether `node`'s value comes (in part) from the request and not through a validator. */
  isFromRequest(node: AstNode | undefined): boolean {
    if (!node) return false;
    const stack = [node];
    while (stack.length > 0) {
      const current = stack.pop() as AstNode;
      if (current.type === 'CallExpression' && VALIDATORS.has(calleeName(unwrapNode(current.callee as AstNode)) ?? '')) continue;
      // `Math.min(body.max_tokens, 1000)` caps it on the server.
      if (current.type === 'CallExpression' && calleeName(unwrapNode(current.callee as AstNode)) === 'min') continue;
      if (current.type === 'Identifier' && this.names.has(current.name as string)) return true;
      if (isRequestRead(current)) return true;
      if (current.type === 'FunctionExpression' || current.type === 'ArrowFunctionExpression') continue;
      // `isQwen ? 200 : 2000`: the value is one of the branches, whatever the test read.
      if (current.type === 'ConditionalExpression') {
        stack.push(current.consequent as AstNode, current.alternate as AstNode);
        continue;
      }
      for (const child of children(current)) stack.push(child);
    }
    return false;
  }

  /** Whether a request-derived `name` is checked somewhere around (an `if`, a `switch`, `allowed.includes(name)`). */
  isChecked(node: AstNode): boolean {
    const roots = new Set<string>();
    const stack = [node];
    while (stack.length > 0) {
      const current = stack.pop() as AstNode;
      if (current.type === 'Identifier') roots.add(current.name as string);
      for (const child of children(current)) stack.push(child);
    }
    for (const fn of this.scopes) {
      let checked = false;
      visit(fn, (current) => {
        if (checked) return;
        const test = current.type === 'IfStatement' || current.type === 'ConditionalExpression' ? (current.test as AstNode) : current.type === 'SwitchStatement' ? (current.discriminant as AstNode) : undefined;
        if (test && mentionsAny(test, roots)) checked = true;
        if (current.type === 'CallExpression' && VALIDATORS.has(calleeName(unwrapNode(current.callee as AstNode)) ?? '') && (current.arguments as AstNode[]).some((a) => mentionsAny(a, roots))) checked = true;
        if (current.type === 'BinaryExpression' && current.operator === 'in' && mentionsAny(current.left as AstNode, roots)) checked = true;
      });
      if (checked) return true;
    }
    return false;
  }

  private collect(fn: AstNode): void {
    const bindings: AstNode[] = [];
    visit(fn.body as AstNode, (node) => {
      if ((node.type === 'VariableDeclarator' && node.init) || (node.type === 'AssignmentExpression' && (node.left as AstNode).type === 'Identifier')) bindings.push(node);
    });
    // In source order: `const body = await req.json()` before `const { model } = body`.
    bindings.sort((a, b) => (a.range as [number, number])[0] - (b.range as [number, number])[0]);
    for (const node of bindings) {
      if (node.type === 'VariableDeclarator' && this.isFromRequest(node.init as AstNode)) {
        for (const name of patternNames(node.id as AstNode)) this.names.add(name);
      } else if (node.type === 'AssignmentExpression' && this.isFromRequest(node.right as AstNode)) {
        this.names.add((node.left as AstNode).name as string);
      }
    }
    // Firebase callables and Remix actions: `onCall((request) => request.data.x)`, destructured `({ request })` are
    // request objects, not data: only their reads (above) count.
  }
}

/** `req.body`, `await request.json()`, `readBody(event)`, `request.data`, `url.searchParams.get('model')`. */
function isRequestRead(node: AstNode): boolean {
  if (node.type === 'MemberExpression' && !node.computed) {
    const property = (node.property as AstNode).name as string;
    if (BODY_MEMBERS.has(property)) return true;
    const object = unwrapNode(node.object as AstNode);
    if (property === 'data' && object.type === 'Identifier' && /^(?:req|request)$/.test(object.name as string)) return true;
  }
  if (node.type === 'CallExpression') {
    const callee = unwrapNode(node.callee as AstNode);
    const name = calleeName(callee);
    if (name && READERS.has(name) && callee.type === 'Identifier') return true;
    if (callee.type === 'MemberExpression' && name) {
      const { names, base } = memberChain(callee);
      const receiver = names.length >= 2 ? names[names.length - 2] : base?.type === 'Identifier' ? (base.name as string) : undefined;
      if (BODY_METHODS.has(name) && receiver && REQUEST_NAMES.test(receiver)) return true;
      if (BODY_METHODS.has(name) && receiver === 'req') return true;
      if (name === 'get' && names.includes('searchParams')) return true;
    }
  }
  return false;
}

function mentionsAny(node: AstNode, names: ReadonlySet<string>): boolean {
  let found = false;
  visit(node, (current) => {
    if (current.type === 'Identifier' && names.has(current.name as string)) found = true;
  });
  return found;
}

function visit(root: AstNode, fn: (node: AstNode) => void): void {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AstNode;
    fn(node);
    for (const child of children(node)) stack.push(child);
  }
}

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

/**
 * Whether `handler` uses the caller's own provider key (bring your own key): an SDK client or a provider request
 * whose key comes from the request (`new OpenAI({ apiKey: body.apiKey })`) or from the user's saved record
 * (`new OpenAI({ apiKey: profile.openai_api_key })`), with no fallback to a key of yours from the environment.
 */
export function usesCallersKey(handler: AstNode): boolean {
  const fn = unwrapNode(handler);
  if (fn.type !== 'FunctionExpression' && fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionDeclaration') return false;
  const storedKeyNames = new Set<string>();
  let byok = false;
  const isCallersKey = (value: AstNode, at: AstNode): boolean => {
    if (mentionsEnv(value)) return false;
    const node = unwrapNode(value);
    if (node.type === 'Identifier' && storedKeyNames.has(node.name as string)) return true;
    return isUsersStoredKey(value) || new RequestData(at).isFromRequest(value);
  };
  visit(fn.body as AstNode, (node) => {
    if (node.type === 'VariableDeclarator' && (node.id as AstNode).type === 'Identifier' && node.init && isUsersStoredKey(node.init as AstNode)) storedKeyNames.add((node.id as AstNode).name as string);
  });
  visit(fn.body as AstNode, (node) => {
    if (byok) return;
    // A property of an object literal (not of a destructuring pattern, which only reads the body).
    if (node.type === 'Property' && (node.parent as AstNode | undefined)?.type !== 'ObjectPattern' && /^(?:api_?key|openAIApiKey|anthropicApiKey|authorization|x-api-key)$/i.test(keyName(node.key as AstNode))) {
      if (isCallersKey(node.value as AstNode, node)) byok = true;
    }
    // `new GoogleGenerativeAI(profile.google_gemini_api_key || '')`: the key as the constructor's argument.
    if (node.type === 'NewExpression') {
      const first = (node.arguments as AstNode[])[0];
      if (first && first.type !== 'ObjectExpression' && (isUsersStoredKey(first) || (first.type === 'Identifier' && storedKeyNames.has(first.name as string)))) byok = true;
    }
  });
  return byok;
}

function keyName(node: AstNode): string {
  if (node.type === 'Identifier') return node.name as string;
  if (node.type === 'Literal') return String(node.value);
  return '';
}

function mentionsEnv(node: AstNode): boolean {
  let found = false;
  visit(node, (current) => {
    if (current.type === 'MemberExpression' && !current.computed && ((current.property as AstNode).name === 'env' || (current.object as AstNode).type === 'MetaProperty')) found = true;
    if (current.type === 'Identifier' && /^[A-Z][A-Z0-9_]*_(?:KEY|TOKEN)$/.test(current.name as string)) found = true;
  });
  return found;
}

/** `profile.openai_api_key`, `user.apiKey`, `settings.anthropicKey`: a key read from the user's own record. */
function isUsersStoredKey(value: AstNode): boolean {
  let node = unwrapNode(value);
  // `profile.openai_api_key || ''`: an empty fallback is no key of yours.
  if (node.type === 'LogicalExpression' && (node.right as AstNode).type === 'Literal') node = unwrapNode(node.left as AstNode);
  if (node.type !== 'MemberExpression' || node.computed) return false;
  const object = unwrapNode(node.object as AstNode);
  const owner = object.type === 'Identifier' ? (object.name as string) : object.type === 'MemberExpression' && !object.computed ? ((object.property as AstNode).name as string) : '';
  const property = ((node.property as AstNode).name as string) ?? '';
  // A server key lives in the environment or a config object; one on any other record is the user's.
  return /api_?key/i.test(property) && !/env|config/i.test(owner);
}
