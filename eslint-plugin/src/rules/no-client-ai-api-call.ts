import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { ASTUtils } from '@typescript-eslint/utils';
import { PROVIDERS, providerHostOfUrl } from '@backend-only/core';
import { createRule } from '../util/create-rule.js';
import { fileSideOf, isInServerOnlyFunction, serverFixFor } from '../util/client-side.js';
import { importedUrlConstant } from '../util/follow-imports.js';
import { requestKeyOrigin } from '../util/key-origin.js';

export type Options = [];
export type MessageIds = 'clientApiCall';

/**
 * For the per-file bail-out (plain substring searches on the file's text): a provider API host, or an HTTP
 * client that may be handed a URL constant imported from another module.
 */
const API_HOSTS = PROVIDERS.flatMap((provider) => provider.apiHosts);
const CALL_WORDS = ['fetch', 'axios', 'ky', 'Fetch', 'open', 'Request', 'URL'];
/** Stands for a part of a URL the file does not spell (`${region}`): no host matches across it. */
const UNKNOWN_PART = '\u0000';
/** HTTP clients whose first argument is a URL or an options object with a URL (Nuxt's `$fetch`/`useFetch` wrap ofetch). */
const HTTP_CLIENTS = new Set(['axios', 'ky', 'ofetch', '$fetch', 'useFetch']);
/** The globals `fetch` is called through. */
const GLOBAL_OBJECTS = new Set(['window', 'globalThis', 'self']);
/** Option keys that hold the request URL: axios `url`/`baseURL`, ky `prefixUrl`/`prefix`. */
const URL_KEYS = new Set(['url', 'baseURL', 'prefixUrl', 'prefix']);

export default createRule<Options, MessageIds>({
  name: 'no-client-ai-api-call',
  meta: {
    type: 'problem',
    docs: {
      description: "Disallow calling an AI provider's API (api.openai.com, …) directly from code that ships to the browser",
      recommended: true,
      strict: true,
    },
    schema: [],
    defaultOptions: [],
    messages: {
      clientApiCall:
        "{{client}} to the {{provider}} API ({{host}}) from {{where}}: the key travels in the request headers, where anyone can copy it. {{fix}}",
    },
  },
  create(context) {
    const side = fileSideOf(context);
    if (side.side !== 'client') return {};
    const text = context.sourceCode.text;
    if (!API_HOSTS.some((host) => text.includes(host)) && !(text.includes('import') && CALL_WORDS.some((word) => text.includes(word)))) return {};

    function check(call: TSESTree.CallExpression | TSESTree.NewExpression, client: string, url: TSESTree.Node | undefined): void {
      const value = url && urlText(url, context);
      if (value === undefined) return;
      const match = providerHostOfUrl(value);
      if (!match || isInServerOnlyFunction(call, side)) return;
      // Bring your own key: the request carries the user's key (typed in, kept in storage), not yours.
      if (requestKeyOrigin(context, call)?.kind === 'user') return;
      const { provider, host } = match;
      context.report({
        node: call,
        messageId: 'clientApiCall',
        data: { client, provider: provider.name, host, where: side.where, fix: serverFixFor(side, provider) },
      });
    }

    return {
      // fetch(url), axios(url | { url }), ky(url), $fetch(url)
      'CallExpression[callee.type="Identifier"]'(node: TSESTree.CallExpression) {
        const name = (node.callee as TSESTree.Identifier).name;
        if (name === 'fetch') check(node, 'fetch()', node.arguments[0]);
        else if (HTTP_CLIENTS.has(name)) check(node, `${name}()`, node.arguments[0]);
      },
      // window.fetch(url), axios.post(url), axios.create({ baseURL }), ky.extend({ prefixUrl }), xhr.open(method, url)
      'CallExpression[callee.type="MemberExpression"][callee.property.type="Identifier"]'(node: TSESTree.CallExpression) {
        const callee = node.callee as TSESTree.MemberExpression;
        const method = (callee.property as TSESTree.Identifier).name;
        const object = callee.object.type === AST_NODE_TYPES.Identifier ? callee.object.name : undefined;
        if (method === 'fetch' && object && GLOBAL_OBJECTS.has(object)) check(node, 'fetch()', node.arguments[0]);
        else if (object && HTTP_CLIENTS.has(object)) check(node, `${object}.${method}()`, node.arguments[0]);
        else if (method === 'open' && node.arguments.length >= 2) check(node, 'XMLHttpRequest.open()', node.arguments[1]);
      },
      // new URL(path, base), new Request(url)
      'NewExpression[callee.type="Identifier"]'(node: TSESTree.NewExpression) {
        const name = (node.callee as TSESTree.Identifier).name;
        if (name === 'Request') check(node, 'new Request()', node.arguments[0]);
        else if (name === 'URL') check(node, 'new URL()', node.arguments[1] ?? node.arguments[0]);
      },
    };
  },
});

/**
 * The URL an argument spells, as far as the file tells: a string, a template literal or `+` concatenation (parts
 * it cannot spell stand as UNKNOWN_PART), a `const` initialised with one, a `const` imported from another
 * first-party module, or the URL key of an options object.
 */
function urlText(node: TSESTree.Node, context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>, depth = 0): string | undefined {
  if (depth > 3) return undefined;
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      return typeof node.value === 'string' ? node.value : undefined;
    case AST_NODE_TYPES.TemplateLiteral:
      return node.quasis
        .map((quasi, i) => {
          const expression = node.expressions[i];
          return (quasi.value.cooked ?? '') + (expression ? (urlText(expression, context, depth + 1) ?? UNKNOWN_PART) : '');
        })
        .join('');
    case AST_NODE_TYPES.BinaryExpression:
      if (node.operator !== '+') return undefined;
      return (urlText(node.left, context, depth + 1) ?? UNKNOWN_PART) + (urlText(node.right, context, depth + 1) ?? UNKNOWN_PART);
    case AST_NODE_TYPES.Identifier: {
      const init = constInitOf(node, context);
      if (init) return urlText(init, context, depth + 1);
      return importedConstant(node, context);
    }
    case AST_NODE_TYPES.ObjectExpression:
      for (const property of node.properties) {
        if (property.type === AST_NODE_TYPES.Property && !property.computed && property.key.type === AST_NODE_TYPES.Identifier && URL_KEYS.has(property.key.name)) {
          return urlText(property.value, context, depth + 1);
        }
      }
      return undefined;
    default:
      return undefined;
  }
}

/** `import { OPENAI_URL } from './config'`: the string the other module's top-level `const` holds. */
function importedConstant(id: TSESTree.Identifier, context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): string | undefined {
  const def = ASTUtils.findVariable(context.sourceCode.getScope(id), id)?.defs[0];
  if (def?.type !== 'ImportBinding' || def.node.type !== AST_NODE_TYPES.ImportSpecifier || def.parent.type !== AST_NODE_TYPES.ImportDeclaration) return undefined;
  const imported = def.node.imported.type === AST_NODE_TYPES.Identifier ? def.node.imported.name : def.node.imported.value;
  return importedUrlConstant(context, def.parent.source.value, imported);
}

/** The initialiser of the `const` an identifier refers to, when there is exactly one. */
function constInitOf(id: TSESTree.Identifier, context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): TSESTree.Expression | undefined {
  let scope: TSESLint.Scope.Scope | null = context.sourceCode.getScope(id);
  while (scope) {
    const variable = scope.set.get(id.name);
    if (variable) {
      const definition = variable.defs.length === 1 ? variable.defs[0] : undefined;
      if (definition?.node.type !== AST_NODE_TYPES.VariableDeclarator || definition.parent?.type !== AST_NODE_TYPES.VariableDeclaration) return undefined;
      return definition.parent.kind === 'const' ? (definition.node.init ?? undefined) : undefined;
    }
    scope = scope.upper;
  }
  return undefined;
}
