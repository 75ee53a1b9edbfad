import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isPlaceholder, providerOfModule, type Provider } from '@backend-only/core';
import { createRule } from '../util/create-rule.js';
import { getEnvReads, type EnvRead } from '../util/env-reads.js';
import { propertyName, staticString, unwrap } from '../util/ast.js';

export type Options = [{ checkUserProvidedKeys?: boolean }];
export type MessageIds = 'hardcodedKey' | 'envKey' | 'defaultEnvKey' | 'userProvidedKey';

const OPTION = 'dangerouslyAllowBrowser';
/** How far the rule follows `const` aliases and re-bindings before giving up (also stops cycles). */
const MAX_DEPTH = 5;

/** Where the client's key comes from. `user`: a parameter, state, storage or function (bring-your-own-key). */
type KeySource = { kind: 'literal' } | { kind: 'env'; name: string } | { kind: 'absent' } | { kind: 'user' };

/** A property of the options object, found directly, through a spread, or inside a conditional spread. */
interface FoundProperty {
  property: TSESTree.Property;
  name: string;
}

export default createRule<Options, MessageIds>({
  name: 'no-dangerously-allow-browser',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow `dangerouslyAllowBrowser` on an AI SDK client whose key is hard-coded or comes from the build environment',
      recommended: true,
      strict: true,
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          checkUserProvidedKeys: {
            type: 'boolean',
            description:
              'Also report clients whose key comes from the user at run time (a parameter, state, storage or a function): the bring-your-own-key pattern.',
          },
        },
      },
    ],
    defaultOptions: [{ checkUserProvidedKeys: false }],
    messages: {
      hardcodedKey:
        '`dangerouslyAllowBrowser` lets the {{provider}} SDK run in the browser with a key written in the source: every visitor can read it and bill your account. Remove the option, revoke the key, and call {{provider}} from server code (a route handler, server action or API endpoint) that reads the key from a server-only env var.',
      envKey:
        "`dangerouslyAllowBrowser` lets the {{provider}} SDK run in the browser with the key from env var '{{name}}', which the build inlines into the bundle for every visitor to read. Remove the option and call {{provider}} from server code (a route handler, server action or API endpoint) that reads the key there.",
      defaultEnvKey:
        '`dangerouslyAllowBrowser` lets the {{provider}} SDK run in the browser with no `apiKey`, so it reads {{envName}} from the environment, a server secret the browser must never see. Remove the option and call {{provider}} from server code (a route handler, server action or API endpoint).',
      userProvidedKey:
        '`dangerouslyAllowBrowser` lets the {{provider}} SDK run in the browser with a key supplied at run time. This is safe only when each user brings their own key: make sure no shared key can reach this code, or call {{provider}} from your server.',
    },
  },
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    if (!sourceCode.text.includes(OPTION)) return {};
    const checkUserProvidedKeys = options.checkUserProvidedKeys === true;

    function check(node: TSESTree.NewExpression | TSESTree.CallExpression): void {
      const firstArgument = node.arguments[0];
      if (!firstArgument || firstArgument.type === AST_NODE_TYPES.SpreadElement) return;
      const scope = sourceCode.getScope(node);
      const provider = providerOf(node.callee, scope, 0);
      if (!provider) return;
      const { properties, complete } = optionProperties(firstArgument, scope);
      const opt = properties.find((p) => p.name === OPTION);
      if (!opt || isFalsyLiteral(opt.property.value)) return;
      const keyProperty = properties.find((p) => p.name === 'apiKey' || p.name === 'authToken' || p.name.endsWith('ApiKey'));
      const source: KeySource = keyProperty
        ? keySource(keyProperty.property.value, scope, 0)
        : // A spread we cannot see into may hold the key: treat it as the user's.
          complete
          ? { kind: 'absent' }
          : { kind: 'user' };
      const data = { provider: provider.name };
      switch (source.kind) {
        case 'literal':
          context.report({ node: opt.property, messageId: 'hardcodedKey', data });
          break;
        case 'env':
          context.report({ node: opt.property, messageId: 'envKey', data: { ...data, name: source.name } });
          break;
        case 'absent':
          context.report({ node: opt.property, messageId: 'defaultEnvKey', data: { ...data, envName: provider.envNames[0] ?? 'its API key' } });
          break;
        case 'user':
          if (checkUserProvidedKeys) context.report({ node: opt.property, messageId: 'userProvidedKey', data });
          break;
      }
    }

    /** Which env read, if any, lies inside `node` (`process.env.X ?? ''`), or is the import `node` refers to. */
    function envReadIn(node: TSESTree.Node): EnvRead | undefined {
      return getEnvReads(context).find((read) => read.node.range[0] >= node.range[0] && read.node.range[1] <= node.range[1]);
    }

    function keySource(value: TSESTree.Node, scope: TSESLint.Scope.Scope, depth: number): KeySource {
      const node = unwrap(value);
      const text = staticString(node);
      // An empty or placeholder fallback (`?? ''`) is no key at all.
      if (text !== undefined) return text.trim() && !isPlaceholder(text) ? { kind: 'literal' } : { kind: 'user' };
      const read = envReadIn(node);
      if (read?.name) return { kind: 'env', name: read.name };
      if (node.type === AST_NODE_TYPES.LogicalExpression) {
        // `userKey ?? import.meta.env.VITE_OPENAI_KEY`: a shared fallback ships with the bundle.
        const sides = [keySource(node.left, scope, depth + 1), keySource(node.right, scope, depth + 1)];
        return sides.find((s) => s.kind === 'literal' || s.kind === 'env') ?? { kind: 'user' };
      }
      if (node.type === AST_NODE_TYPES.ConditionalExpression) {
        const sides = [keySource(node.consequent, scope, depth + 1), keySource(node.alternate, scope, depth + 1)];
        return sides.find((s) => s.kind === 'literal' || s.kind === 'env') ?? { kind: 'user' };
      }
      if (node.type === AST_NODE_TYPES.Identifier && depth < MAX_DEPTH) {
        const variable = ASTUtils.findVariable(scope, node);
        for (const def of variable?.defs ?? []) {
          // `import { PUBLIC_OPENAI_KEY } from '$env/static/public'`.
          if (def.type === 'ImportBinding') {
            const importRead = getEnvReads(context).find((r) => r.node === def.node);
            if (importRead?.name) return { kind: 'env', name: importRead.name };
          }
          // Only a `const` with its own initializer says where the value came from; `let` and destructured state do not.
          if (def.type === 'Variable' && def.parent.kind === 'const' && def.node.id === def.name && def.node.init) {
            return keySource(def.node.init, scope, depth + 1);
          }
        }
      }
      return { kind: 'user' };
    }

    /** The provider whose SDK `node` (a constructor or factory) comes from: imports, `require`, `import()`, aliases. */
    function providerOf(expression: TSESTree.Node, scope: TSESLint.Scope.Scope, depth: number): Provider | undefined {
      if (depth > MAX_DEPTH) return undefined;
      const node = unwrap(expression);
      switch (node.type) {
        case AST_NODE_TYPES.Identifier: {
          const variable = ASTUtils.findVariable(scope, node);
          for (const def of variable?.defs ?? []) {
            if (def.type === 'ImportBinding') {
              const declaration = def.parent;
              if (declaration.type !== AST_NODE_TYPES.ImportDeclaration || declaration.importKind === 'type') continue;
              const provider = providerOfModule(declaration.source.value);
              if (provider) return provider;
            }
            if (def.type === 'Variable' && def.node.init) {
              const provider = providerOf(def.node.init, scope, depth + 1);
              if (provider) return provider;
            }
          }
          return undefined;
        }
        // `ns.OpenAI`, `require('openai').default`, `(await import('openai')).default`.
        case AST_NODE_TYPES.MemberExpression:
          return providerOf(node.object, scope, depth + 1);
        case AST_NODE_TYPES.AwaitExpression:
          return providerOf(node.argument, scope, depth + 1);
        case AST_NODE_TYPES.ImportExpression:
          return node.source.type === AST_NODE_TYPES.Literal && typeof node.source.value === 'string' ? providerOfModule(node.source.value) : undefined;
        case AST_NODE_TYPES.CallExpression: {
          const [specifier] = node.arguments;
          const isRequire = node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'require';
          return isRequire && specifier?.type === AST_NODE_TYPES.Literal && typeof specifier.value === 'string' ? providerOfModule(specifier.value) : undefined;
        }
        default:
          return undefined;
      }
    }

    /**
     * The options object's properties, through spreads, `const` objects, conditional spreads
     * (`...(inBrowser && { dangerouslyAllowBrowser: true })`) and one level of nested objects
     * (`configuration: { dangerouslyAllowBrowser: true }` in LangChain). `complete` is false when a spread hides some.
     */
    function optionProperties(expression: TSESTree.Node, scope: TSESLint.Scope.Scope): { properties: FoundProperty[]; complete: boolean } {
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
            const def = ASTUtils.findVariable(scope, node)?.defs[0];
            if (def?.type === 'Variable' && def.parent.kind === 'const' && def.node.id === def.name && def.node.init) {
              visit(def.node.init, depth + 1, nested);
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

    return {
      NewExpression: check,
      CallExpression: check,
    };
  },
});

/** `false`, `0`, `''`, `null`, `undefined`, `!1`, `void 0`: the guard stays on. */
function isFalsyLiteral(value: TSESTree.Node): boolean {
  const node = unwrap(value);
  if (node.type === AST_NODE_TYPES.Literal) return !node.value;
  if (node.type === AST_NODE_TYPES.Identifier) return node.name === 'undefined';
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === 'void') return true;
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!' && node.argument.type === AST_NODE_TYPES.Literal) return Boolean(node.argument.value);
  return false;
}
