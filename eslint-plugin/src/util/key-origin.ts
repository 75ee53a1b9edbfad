/**
 * Where the key of an AI SDK client constructed in the browser comes from, decided from the data flow the
 * file shows (bounded and local: the key expression, identifiers resolved through scope to their definitions,
 * parameters through the file's own call sites). Shared by no-client-ai-sdk and no-dangerously-allow-browser.
 *
 * - `developer`: a literal, the build env (`import.meta.env.*`, `process.env.*`, `$env/static/*`), a value
 *   imported from another module or a bundled JSON file: the same key ships to every visitor.
 * - `absent`: no key given, so the SDK falls back to its env var (a server secret).
 * - `user`: the user's own key (bring your own key): a form field, state, `localStorage`/`sessionStorage`,
 *   extension settings storage (`chrome.storage`), `prompt()`, a parameter or a prop (unless a call site in the
 *   file hands it a developer key).
 * - `unknown`: nothing the file shows (`this.key`, a call to a function we do not follow).
 */
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isPlaceholder, sdkImportProvider, type Provider } from '@backend-only/core';
import { getEnvReads } from './env-reads.js';
import { fileSideOf, isValueReference } from './client-side.js';
import { walk } from './walk.js';
import { propertyName, staticString, unwrap } from './ast.js';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type Scope = TSESLint.Scope.Scope;

export type KeyOrigin =
  | { kind: 'developer'; via: 'literal' }
  | { kind: 'developer'; via: 'env'; name: string }
  | { kind: 'developer'; via: 'import' }
  | { kind: 'absent' }
  | { kind: 'user' }
  | { kind: 'unknown' };

/** How far aliases, re-bindings and call sites are followed before giving up (also stops cycles). */
const MAX_DEPTH = 6;

/** Option names that hold the key: `apiKey` (most SDKs), `authToken` (Anthropic), `token` (Cohere), `auth` (Replicate), `openAIApiKey` (LangChain). */
const KEY_OPTION = /^(?:apiKey|authToken|token|auth|accessToken|key|[a-zA-Z]+ApiKey)$/;

/** Storage the user fills in at run time (Web Storage, extension settings). */
const USER_STORAGE = new Set(['localStorage', 'sessionStorage']);
/** Storage objects by name: `AsyncStorage`, `SecureStore`, `ChromeStorageUtils`, `storage`. */
const STORAGE_OBJECT = /storage|securestore/i;
/** `chrome.storage.local.get()`, `browser.storage.sync.get()`: WebExtension settings. */
const EXTENSION_GLOBALS = new Set(['chrome', 'browser']);
/** Functions that ask the user (`prompt()`) or read a form (`formData.get()` is a member call, below). */
const USER_PROMPTS = new Set(['prompt']);
/**
 * State containers whose first argument is the initial value (React, Preact signals, Vue, Solid, Svelte 5 runes,
 * Svelte stores, usehooks/VueUse storage hooks): the value later comes from the user.
 */
const STATE_HOOKS = new Set(['useState', 'useRef', 'ref', 'shallowRef', 'signal', 'createSignal', 'writable', '$state', 'useLocalStorage', 'useSessionStorage', 'useStorage', 'atom']);
/** A component's props (Svelte 5 `$props()`, Vue `defineProps()`): handed in by the parent at run time. */
const PROPS_CALLS = new Set(['$props', 'defineProps', 'withDefaults']);
/** Calls that keep their argument's origin (`String(key)`, `JSON.parse(stored)`, `key.trim()`). */
const PASS_THROUGH_CALLS = new Set(['String', 'decodeURIComponent', 'atob', 'structuredClone']);
const PASS_THROUGH_METHODS = new Set(['trim', 'toString', 'slice', 'replace', 'parse']);

export interface FoundProperty {
  property: TSESTree.Property;
  name: string;
}

/**
 * An options object's properties, through spreads, `const` objects, conditional spreads
 * (`...(inBrowser && { dangerouslyAllowBrowser: true })`) and one level of nested objects
 * (`configuration: { dangerouslyAllowBrowser: true }` in LangChain). `complete` is false when a spread hides some.
 */
export function optionProperties(expression: TSESTree.Node, scope: Scope): { properties: FoundProperty[]; complete: boolean } {
  const properties: FoundProperty[] = [];
  let complete = true;
  const visit = (value: TSESTree.Node, depth: number, nested: boolean): void => {
    const node = unwrap(value);
    if (depth > MAX_DEPTH) {
      complete = false;
      return;
    }
    switch (node.type) {
      case AST_NODE_TYPES.ObjectExpression:
        for (const member of node.properties) {
          if (member.type === AST_NODE_TYPES.SpreadElement) {
            visit(member.argument, depth + 1, nested);
            continue;
          }
          const name = propertyName(member);
          if (name === undefined) continue;
          properties.push({ property: member, name });
          if (!nested && unwrap(member.value).type === AST_NODE_TYPES.ObjectExpression) visit(member.value, depth + 1, true);
        }
        return;
      case AST_NODE_TYPES.LogicalExpression:
        if (node.operator !== '&&') visit(node.left, depth + 1, nested);
        visit(node.right, depth + 1, nested);
        return;
      case AST_NODE_TYPES.ConditionalExpression:
        visit(node.consequent, depth + 1, nested);
        visit(node.alternate, depth + 1, nested);
        return;
      case AST_NODE_TYPES.Identifier: {
        const init = constInit(node, scope);
        if (init) {
          visit(init, depth + 1, nested);
          return;
        }
        complete = false;
        return;
      }
      default:
        complete = false;
    }
  };
  visit(expression, 0, false);
  return { properties, complete };
}

/** The property of an options object that holds the key, when there is one. */
export function keyProperty(properties: readonly FoundProperty[]): FoundProperty | undefined {
  return properties.find((p) => KEY_OPTION.test(p.name));
}

/**
 * Where the key of a client constructed by `call` comes from: the key option of its options object
 * (`new OpenAI({ apiKey })`, `createOpenAI({ apiKey })`), or the first argument when that is the key itself
 * (`new GoogleGenerativeAI(key)`, `new HfInference(token)`).
 */
export function clientKeyOrigin(context: AnyContext, call: TSESTree.NewExpression | TSESTree.CallExpression): KeyOrigin {
  const first = call.arguments[0];
  if (!first) return { kind: 'absent' };
  if (first.type === AST_NODE_TYPES.SpreadElement) return { kind: 'unknown' };
  const scope = context.sourceCode.getScope(call);
  if (isObjectLike(first, scope)) {
    const { properties, complete } = optionProperties(first, scope);
    const key = keyProperty(properties);
    if (key) return keyOrigin(context, key.property.value, scope);
    return complete ? { kind: 'absent' } : { kind: 'unknown' };
  }
  return keyOrigin(context, first, scope);
}

/** Whether a client's first argument is an options object (literally or through a `const`). */
function isObjectLike(node: TSESTree.Node, scope: Scope): boolean {
  const value = unwrap(node);
  if (value.type === AST_NODE_TYPES.ObjectExpression) return true;
  if (value.type === AST_NODE_TYPES.Identifier) return unwrap(constInit(value, scope) ?? value).type === AST_NODE_TYPES.ObjectExpression;
  return false;
}

/** Request headers that carry a provider key (OpenAI and most others: Authorization; Anthropic x-api-key; Gemini x-goog-api-key; ElevenLabs xi-api-key; Azure api-key). */
const KEY_HEADER = /^(?:authorization|x-api-key|api-key|x-goog-api-key|xi-api-key)$/i;

/**
 * Where the key of an HTTP request comes from, read from the `headers` of its options objects
 * (`fetch(url, { headers: { Authorization: `Bearer ${key}` } })`, axios configs); undefined when no key header shows.
 */
export function requestKeyOrigin(context: AnyContext, call: TSESTree.CallExpression | TSESTree.NewExpression): KeyOrigin | undefined {
  const scope = context.sourceCode.getScope(call);
  const origins: KeyOrigin[] = [];
  for (const argument of call.arguments) {
    if (argument.type === AST_NODE_TYPES.SpreadElement || !isObjectLike(argument, scope)) continue;
    const headers = optionProperties(argument, scope).properties.find((p) => p.name === 'headers')?.property.value;
    if (!headers || !isObjectLike(headers, scope)) continue;
    for (const header of optionProperties(headers, scope).properties) {
      if (KEY_HEADER.test(header.name)) origins.push(keyOrigin(context, header.property.value, scope));
    }
  }
  return origins.length > 0 ? combine(origins) : undefined;
}

/** Whether an origin ships one shared key to every visitor (or the SDK's server env default). */
export function shipsDeveloperKey(origin: KeyOrigin): boolean {
  return origin.kind === 'developer' || origin.kind === 'absent';
}

/** The origin of a key expression. */
export function keyOrigin(context: AnyContext, value: TSESTree.Node, scope: Scope, depth = 0): KeyOrigin {
  if (depth > MAX_DEPTH) return { kind: 'unknown' };
  const node = unwrap(value);
  const next = (child: TSESTree.Node) => keyOrigin(context, child, scope, depth + 1);
  // `let key = null` until the user gives one.
  if ((node.type === AST_NODE_TYPES.Literal && node.value === null) || (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined')) return { kind: 'user' };
  const text = staticString(node);
  // An empty or placeholder value (`?? ''`, 'your-api-key') is no key at all: the user fills it in.
  if (text !== undefined) return text.trim() && !isPlaceholder(text) ? { kind: 'developer', via: 'literal' } : { kind: 'user' };
  const read = envReadIn(context, node);
  if (read) return read;
  switch (node.type) {
    case AST_NODE_TYPES.LogicalExpression:
      // `userKey ?? import.meta.env.VITE_OPENAI_KEY`: a shared fallback ships with the bundle.
      return combine([next(node.left), next(node.right)]);
    case AST_NODE_TYPES.ConditionalExpression:
      return combine([next(node.consequent), next(node.alternate)]);
    case AST_NODE_TYPES.TemplateLiteral:
      return node.expressions.length === 0 ? { kind: 'user' } : combine(node.expressions.map(next));
    case AST_NODE_TYPES.AwaitExpression:
      return next(node.argument);
    case AST_NODE_TYPES.Identifier:
      return identifierOrigin(context, node, scope, depth);
    case AST_NODE_TYPES.MemberExpression:
      return memberOrigin(context, node, scope, depth);
    case AST_NODE_TYPES.CallExpression:
      return callOrigin(context, node, scope, depth);
    case AST_NODE_TYPES.NewExpression:
      // `await new Promise((resolve) => chrome.storage.sync.get('key', (data) => resolve(data.key)))`.
      return isPromiseReadingStorage(context, node) ? { kind: 'user' } : { kind: 'unknown' };
    default:
      return { kind: 'unknown' };
  }
}

/** The most telling of several possible origins: a developer key on any path ships; else the user's, else unknown. */
function combine(origins: readonly KeyOrigin[]): KeyOrigin {
  return (
    origins.find((o) => o.kind === 'developer') ??
    origins.find((o) => o.kind === 'user') ??
    origins.find((o) => o.kind === 'unknown') ??
    origins[0] ?? { kind: 'unknown' }
  );
}

/** An env read inside `node` (`process.env.X ?? ''`), as env-reads.ts finds them. */
function envReadIn(context: AnyContext, node: TSESTree.Node): KeyOrigin | undefined {
  const read = getEnvReads(context).find((r) => r.node.range[0] >= node.range[0] && r.node.range[1] <= node.range[1] && r.name);
  return read?.name ? { kind: 'developer', via: 'env', name: read.name } : undefined;
}

function identifierOrigin(context: AnyContext, node: TSESTree.Identifier, scope: Scope, depth: number): KeyOrigin {
  const variable = ASTUtils.findVariable(scope, node);
  const def = variable?.defs[0];
  if (!variable || !def) return { kind: 'unknown' };
  const next = (child: TSESTree.Node) => keyOrigin(context, child, context.sourceCode.getScope(child), depth + 1);
  switch (def.type) {
    case 'ImportBinding': {
      // `import { PUBLIC_OPENAI_KEY } from '$env/static/public'` is an env read; any other import is the same
      // value for every visitor (a config module, a bundled JSON file).
      const read = getEnvReads(context).find((r) => r.node === def.node);
      return read?.name ? { kind: 'developer', via: 'env', name: read.name } : { kind: 'developer', via: 'import' };
    }
    case 'Parameter':
      return parameterOrigin(context, def.node, node.name, depth);
    case 'Variable': {
      const declarator = def.node;
      // `const [apiKey, setApiKey] = useState('')`, `const { apiKey } = await chrome.storage.local.get('apiKey')`.
      const origins: KeyOrigin[] = [];
      if (declarator.init) origins.push(next(declarator.init));
      else if (def.parent.kind !== 'const') origins.push({ kind: 'user' });
      // `let key = ''; … key = input.value`: every assignment counts.
      if (def.parent.kind !== 'const') {
        for (const reference of variable.references) {
          if (reference.writeExpr && reference.writeExpr !== declarator.init) origins.push(next(reference.writeExpr));
        }
      }
      return combine(origins);
    }
    default:
      return { kind: 'unknown' };
  }
}

/**
 * A parameter takes its origin from the call sites in this file: `makeClient(import.meta.env.VITE_OPENAI_KEY)`,
 * `ask({ apiKey: API_KEY })` for a destructured `{ apiKey }`, `<Chat apiKey={apiKey} />` for a component's prop.
 * With no call site in the file (an exported function, a constructor, a prop), it is the user's: handed in at
 * run time, and a developer key handed in is reported where the caller reads it (its env read, its literal);
 * see unfedParameter for the exception.
 */
function parameterOrigin(context: AnyContext, fn: TSESTree.Node, name: string, depth: number): KeyOrigin {
  if (fn.type !== AST_NODE_TYPES.FunctionDeclaration && fn.type !== AST_NODE_TYPES.FunctionExpression && fn.type !== AST_NODE_TYPES.ArrowFunctionExpression) {
    return unfedParameter(context);
  }
  const position = parameterPosition(fn.params, name);
  const callee = functionBinding(fn);
  if (!position || !callee) return unfedParameter(context);
  const variable = context.sourceCode.getDeclaredVariables(callee.declaration).find((v) => v.name === callee.name);
  const origins: KeyOrigin[] = [];
  const from = (node: TSESTree.Node) => keyOrigin(context, node, context.sourceCode.getScope(node), depth + 1);
  for (const reference of variable?.references ?? []) {
    const use = reference.identifier.parent;
    if (use?.type === AST_NODE_TYPES.CallExpression && use.callee === reference.identifier) {
      const argument = use.arguments[position.index];
      if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) continue;
      const value = position.property === undefined ? argument : propertyValue(argument, position.property, context.sourceCode.getScope(use));
      origins.push(from(value ?? argument));
    } else if (use?.type === AST_NODE_TYPES.JSXOpeningElement && use.name === reference.identifier && position.index === 0 && position.property !== undefined) {
      for (const attribute of use.attributes) {
        if (attribute.type !== AST_NODE_TYPES.JSXAttribute || attribute.name.type !== AST_NODE_TYPES.JSXIdentifier || attribute.name.name !== position.property) continue;
        const value = attribute.value;
        if (value?.type === AST_NODE_TYPES.Literal) origins.push(from(value));
        else if (value?.type === AST_NODE_TYPES.JSXExpressionContainer && value.expression.type !== AST_NODE_TYPES.JSXEmptyExpression) origins.push(from(value.expression));
      }
    }
  }
  return origins.length > 0 ? combine(origins) : unfedParameter(context);
}

/**
 * A parameter no call site in the file feeds: handed in at run time, so the user's, except in a `'use client'`
 * module, whose props may come from a Server Component that reads a server secret
 * (`<ModelList apiKey={process.env.OPENAI_API_KEY} />`): there the file does not show the key's origin.
 */
function unfedParameter(context: AnyContext): KeyOrigin {
  const side = fileSideOf(context);
  return side.side === 'client' && side.by === 'directive' ? { kind: 'unknown' } : { kind: 'user' };
}

/** Where a parameter name sits: `(key)` is index 0; `({ apiKey })` and `({ apiKey: key = '' })` are index 0, property `apiKey`. */
function parameterPosition(params: readonly TSESTree.Parameter[], name: string): { index: number; property?: string } | undefined {
  for (const [index, param] of params.entries()) {
    const node = withoutDefault(param.type === AST_NODE_TYPES.TSParameterProperty ? param.parameter : param);
    if (node.type === AST_NODE_TYPES.Identifier && node.name === name) return { index };
    if (node.type !== AST_NODE_TYPES.ObjectPattern) continue;
    for (const property of node.properties) {
      if (property.type !== AST_NODE_TYPES.Property) continue;
      const value = withoutDefault(property.value as TSESTree.Node);
      const key = propertyName(property);
      if (value.type === AST_NODE_TYPES.Identifier && value.name === name && key !== undefined) return { index, property: key };
    }
  }
  return undefined;
}

function withoutDefault(node: TSESTree.Node): TSESTree.Node {
  return node.type === AST_NODE_TYPES.AssignmentPattern ? node.left : node;
}

/** The value of `name` in an object argument (`{ apiKey: API_KEY }`, or a `const` object). */
function propertyValue(argument: TSESTree.Node, name: string, scope: Scope): TSESTree.Node | undefined {
  if (!isObjectLike(argument, scope)) return undefined;
  return optionProperties(argument, scope).properties.find((p) => p.name === name)?.property.value;
}

/** The name a function is bound to in this file, and the node that declares it. */
function functionBinding(fn: TSESTree.FunctionLike): { name: string; declaration: TSESTree.Node } | undefined {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration && fn.id) return { name: fn.id.name, declaration: fn };
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) return { name: parent.id.name, declaration: parent };
  return undefined;
}

function memberOrigin(context: AnyContext, node: TSESTree.MemberExpression, scope: Scope, depth: number): KeyOrigin {
  const object = unwrap(node.object);
  // `localStorage.apiKey`, `window.localStorage['key']`.
  if (isUserStorage(object)) return { kind: 'user' };
  const objectOrigin = keyOrigin(context, object, scope, depth + 1);
  if (objectOrigin.kind === 'developer' && objectOrigin.via !== 'import') {
    // `const config = { apiKey: '…' }; config.apiKey`: the property's own value tells more.
    const init = object.type === AST_NODE_TYPES.Identifier ? constInit(object, scope) : undefined;
    const name = node.computed ? staticString(node.property) : node.property.type === AST_NODE_TYPES.Identifier ? node.property.name : undefined;
    if (init?.type === AST_NODE_TYPES.ObjectExpression && name !== undefined) {
      const property = optionProperties(init, scope).properties.find((p) => p.name === name);
      if (property) return keyOrigin(context, property.property.value, scope, depth + 1);
    }
  }
  // `input.value`, `event.target.value`, `ref.current.value`, Vue's `apiKey.value`: what the user typed.
  if (objectOrigin.kind === 'unknown' && !node.computed && node.property.type === AST_NODE_TYPES.Identifier && node.property.name === 'value') {
    return { kind: 'user' };
  }
  return objectOrigin;
}

function callOrigin(context: AnyContext, node: TSESTree.CallExpression, scope: Scope, depth: number): KeyOrigin {
  const callee = unwrap(node.callee);
  const first = node.arguments[0];
  const firstOrigin = () => (first && first.type !== AST_NODE_TYPES.SpreadElement ? keyOrigin(context, first, scope, depth + 1) : { kind: 'user' as const });
  if (callee.type === AST_NODE_TYPES.Identifier) {
    if (USER_PROMPTS.has(callee.name) || PROPS_CALLS.has(callee.name)) return { kind: 'user' };
    // `useState('')` starts empty and the user fills it in; `useState(import.meta.env.VITE_KEY)` ships the key.
    if (STATE_HOOKS.has(callee.name)) {
      const initial = firstOrigin();
      return initial.kind === 'developer' ? initial : { kind: 'user' };
    }
    if (PASS_THROUGH_CALLS.has(callee.name)) return firstOrigin();
    return { kind: 'unknown' };
  }
  if (callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier) {
    const method = callee.property.name;
    const object = unwrap(callee.object);
    // `localStorage.getItem('key')`, `chrome.storage.local.get('key')`, `formData.get('apiKey')`.
    if (isUserStorage(object) || isExtensionStorage(object)) return { kind: 'user' };
    // React Native AsyncStorage, expo-secure-store, storage wrappers (`ChromeStorageUtils.get()`).
    if (object.type === AST_NODE_TYPES.Identifier && STORAGE_OBJECT.test(object.name) && /^get/.test(method)) return { kind: 'user' };
    if (method === 'get' && isFormData(object)) return { kind: 'user' };
    if (object.type === AST_NODE_TYPES.Identifier && object.name === 'window' && USER_PROMPTS.has(method)) return { kind: 'user' };
    // `JSON.parse(stored)`, `key.trim()`.
    if (object.type === AST_NODE_TYPES.Identifier && object.name === 'JSON' && method === 'parse') return firstOrigin();
    if (PASS_THROUGH_METHODS.has(method)) return keyOrigin(context, object, scope, depth + 1);
  }
  return { kind: 'unknown' };
}

/** A `new Promise(executor)` whose executor reads Web Storage or extension storage (callback-style APIs). */
function isPromiseReadingStorage(context: AnyContext, node: TSESTree.NewExpression): boolean {
  const executor = node.arguments[0];
  if (node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== 'Promise') return false;
  if (executor?.type !== AST_NODE_TYPES.ArrowFunctionExpression && executor?.type !== AST_NODE_TYPES.FunctionExpression) return false;
  let reads = false;
  walk(executor.body, context.sourceCode.visitorKeys, (inner) => {
    if (inner.type === AST_NODE_TYPES.CallExpression && inner.callee.type === AST_NODE_TYPES.MemberExpression) {
      const object = unwrap(inner.callee.object);
      if (isUserStorage(object) || isExtensionStorage(object)) reads = true;
    }
  });
  return reads;
}

/** `formData`, `new FormData(form)`. */
function isFormData(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Identifier) return /formdata/i.test(node.name);
  return node.type === AST_NODE_TYPES.NewExpression && node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'FormData';
}

/** `localStorage`, `window.localStorage`, `globalThis.sessionStorage`. */
function isUserStorage(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Identifier) return USER_STORAGE.has(node.name);
  return node.type === AST_NODE_TYPES.MemberExpression && !node.computed && node.property.type === AST_NODE_TYPES.Identifier && USER_STORAGE.has(node.property.name);
}

/** `chrome.storage.local`, `browser.storage.sync`, `chrome.storage.session`. */
function isExtensionStorage(node: TSESTree.Node): boolean {
  let current = node;
  while (current.type === AST_NODE_TYPES.MemberExpression) {
    if (!current.computed && current.property.type === AST_NODE_TYPES.Identifier && current.property.name === 'storage') {
      const root = unwrap(current.object);
      return root.type === AST_NODE_TYPES.Identifier && EXTENSION_GLOBALS.has(root.name);
    }
    current = unwrap(current.object);
  }
  return false;
}

/** The initialiser of the `const` an identifier names (`const x = …`), or undefined. */
function constInit(id: TSESTree.Identifier, scope: Scope): TSESTree.Expression | undefined {
  const def = ASTUtils.findVariable(scope, id)?.defs[0];
  if (def?.type === 'Variable' && def.parent.kind === 'const' && def.node.id === def.name && def.node.init) return def.node.init;
  return undefined;
}

/**
 * The provider whose SDK `expression` (a constructor or factory) comes from: imports, `require`, `import()`,
 * aliases (`const Client = OpenAI`), namespaces (`ns.OpenAI`).
 */
export function sdkProviderOf(expression: TSESTree.Node, scope: Scope, depth = 0): Provider | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const node = unwrap(expression);
  switch (node.type) {
    case AST_NODE_TYPES.Identifier: {
      const variable = ASTUtils.findVariable(scope, node);
      for (const def of variable?.defs ?? []) {
        if (def.type === 'ImportBinding') {
          const declaration = def.parent;
          if (declaration.type !== AST_NODE_TYPES.ImportDeclaration || declaration.importKind === 'type') continue;
          const provider = sdkImportProvider(declaration.source.value);
          if (provider) return provider;
        }
        if (def.type === 'Variable' && def.node.init) {
          const provider = sdkProviderOf(def.node.init, scope, depth + 1);
          if (provider) return provider;
        }
      }
      return undefined;
    }
    // `ns.OpenAI`, `require('openai').default`, `(await import('openai')).default`.
    case AST_NODE_TYPES.MemberExpression:
      return sdkProviderOf(node.object, scope, depth + 1);
    case AST_NODE_TYPES.AwaitExpression:
      return sdkProviderOf(node.argument, scope, depth + 1);
    case AST_NODE_TYPES.ImportExpression: {
      const specifier = staticString(node.source);
      return specifier === undefined ? undefined : sdkImportProvider(specifier);
    }
    case AST_NODE_TYPES.CallExpression: {
      const [argument] = node.arguments;
      const isRequire = node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'require';
      const specifier = isRequire && argument ? staticString(argument) : undefined;
      return specifier === undefined ? undefined : sdkImportProvider(specifier);
    }
    default:
      return undefined;
  }
}

/** The option that turns off the OpenAI and Anthropic SDKs' browser guard. */
export const BROWSER_OPTION = 'dangerouslyAllowBrowser';

/** A client constructed with the browser guard off, and where its key comes from. */
export interface BrowserClient {
  provider: Provider;
  /** The `dangerouslyAllowBrowser: …` property: where no-dangerously-allow-browser reports. */
  option: TSESTree.Property;
  origin: KeyOrigin;
}

/** The SDK client `call` constructs with `dangerouslyAllowBrowser` on, or undefined. */
export function browserClientOf(context: AnyContext, call: TSESTree.NewExpression | TSESTree.CallExpression): BrowserClient | undefined {
  const first = call.arguments[0];
  if (!first || first.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const scope = context.sourceCode.getScope(call);
  const provider = sdkProviderOf(call.callee, scope);
  if (!provider) return undefined;
  const { properties, complete } = optionProperties(first, scope);
  const option = properties.find((p) => p.name === BROWSER_OPTION);
  if (!option || isFalsyLiteral(option.property.value)) return undefined;
  const key = keyProperty(properties);
  // A spread we cannot see into may hold the key: nothing the file shows.
  const origin: KeyOrigin = key ? keyOrigin(context, key.property.value, scope) : complete ? { kind: 'absent' } : { kind: 'unknown' };
  return { provider, option: option.property, origin };
}

/** `false`, `0`, `''`, `null`, `undefined`, `!1`, `void 0`: the guard stays on. */
function isFalsyLiteral(value: TSESTree.Node): boolean {
  const node = unwrap(value);
  if (node.type === AST_NODE_TYPES.Literal) return !node.value;
  if (node.type === AST_NODE_TYPES.Identifier) return node.name === 'undefined';
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === 'void') return true;
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!' && node.argument.type === AST_NODE_TYPES.Literal) return Boolean(node.argument.value);
  return false;
}

/**
 * What the clients an SDK import gives say about it. Each value use of its bindings is a client construction
 * (`new OpenAI({ apiKey })`, `createOpenAI({ apiKey })`, `new ns.GoogleGenAI(…)`), a helper that holds no key
 * (`toFile(…)`, `OpenAI.APIError`, `instanceof`), or an escape (passed on, re-exported, aliased):
 * - `user-key`: at least one client, every client built with the user's own key (bring your own key);
 * - `browser-option`: at least one client, every client turning the browser guard off with your key, which
 *   no-dangerously-allow-browser reports on the option, so the import is not reported a second time;
 * - undefined otherwise (an escape, no client, mixed clients): the import itself is the report.
 */
export function sdkImportClients(context: AnyContext, declaration: TSESTree.ImportDeclaration): 'user-key' | 'browser-option' | undefined {
  const references = context.sourceCode.getDeclaredVariables(declaration).flatMap((variable) => variable.references.filter(isValueReference));
  let userKeys = 0;
  let browserOptions = 0;
  for (const reference of references) {
    const use = useOf(reference.identifier);
    if (use === 'helper') continue;
    if (use === 'escape') return undefined;
    const browserClient = browserClientOf(context, use);
    if (browserClient && shipsDeveloperKey(browserClient.origin)) browserOptions++;
    else if (clientKeyOrigin(context, use).kind === 'user') userKeys++;
    else return undefined;
  }
  if (userKeys > 0 && browserOptions === 0) return 'user-key';
  if (browserOptions > 0 && userKeys === 0) return 'browser-option';
  return undefined;
}

/** Factories that build a client (`createOpenAI`, `createAnthropic`, `createGoogleGenerativeAI`). */
const FACTORY = /^create[A-Z]/;

/** What an imported binding's use is: the construction call, a keyless helper use, or an escape we do not follow. */
function useOf(identifier: TSESTree.Node): TSESTree.NewExpression | TSESTree.CallExpression | 'helper' | 'escape' {
  const parent = identifier.parent;
  if (!parent) return 'escape';
  if (parent.type === AST_NODE_TYPES.NewExpression && parent.callee === identifier) return parent;
  if (parent.type === AST_NODE_TYPES.CallExpression && parent.callee === identifier) {
    return identifier.type === AST_NODE_TYPES.Identifier && FACTORY.test(identifier.name) ? parent : 'helper';
  }
  if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === identifier) {
    const call = parent.parent;
    if (call?.type === AST_NODE_TYPES.NewExpression && call.callee === parent) return call;
    const member = !parent.computed && parent.property.type === AST_NODE_TYPES.Identifier ? parent.property.name : '';
    if (call?.type === AST_NODE_TYPES.CallExpression && call.callee === parent && FACTORY.test(member)) return call;
    // `OpenAI.APIError`, `ns.toFile(…)`: statics and helpers.
    return 'helper';
  }
  if (parent.type === AST_NODE_TYPES.BinaryExpression && parent.operator === 'instanceof' && parent.right === identifier) return 'helper';
  return 'escape';
}
