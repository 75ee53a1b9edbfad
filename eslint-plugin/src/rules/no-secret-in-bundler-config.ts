import { AST_NODE_TYPES, ASTUtils, type TSESTree } from '@typescript-eslint/utils';
import { PUBLIC_ENV_PREFIXES, isBundlerConfigFile, secretEnvName } from '@backend-only/core';
import { createRule } from '../util/create-rule.js';
import { walk } from '../util/walk.js';
import { propertyName, staticString, unwrap } from '../util/ast.js';

export type Options = [{ additionalSecretNames?: string[] }];
export type MessageIds = 'nextEnv' | 'define' | 'environmentPlugin' | 'envPrefix' | 'publicRuntimeConfig' | 'expoExtra';

/** How far the rule follows `const` bindings (`const key = process.env.X`) before giving up. */
const MAX_DEPTH = 4;
const ENV_OBJECT_KEYS = ['process.env', 'import.meta.env'];

/** What a config value copies into the bundle: one secret, or the whole environment. */
type Leak = { kind: 'secret'; name: string } | { kind: 'all'; source: string };

export default createRule<Options, MessageIds>({
  name: 'no-secret-in-bundler-config',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow bundler config that inlines server secrets into client bundles (next.config `env`, Vite `define`/`envPrefix`, webpack `DefinePlugin`/`EnvironmentPlugin`, Nuxt `runtimeConfig.public`)',
      recommended: true,
      strict: true,
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          additionalSecretNames: {
            type: 'array',
            items: { type: 'string' },
            description: 'More env names (exact, or globs with `*`) that hold secrets.',
          },
        },
      },
    ],
    defaultOptions: [{ additionalSecretNames: [] }],
    messages: {
      nextEnv:
        'next.config `env` copies {{what}} into the JavaScript of every page, where any visitor can read it. Remove it from `env` and read process.env only in server code (Route Handlers, Server Actions, Server Components).',
      define:
        '`{{where}}` replaces code with {{what}} at build time, so it ships in the client bundle for anyone to read. Remove it from `{{where}}` and read the key only in server code.',
      environmentPlugin:
        '`EnvironmentPlugin` copies {{what}} into the client bundle, where anyone can read it. Remove it from the plugin and read the key only in server code.',
      envPrefix:
        '`{{option}}` {{prefix}} exposes {{what}} to client code. Keep `{{option}}` to a public prefix (the defaults are VITE_ for Vite, PUBLIC_ for SvelteKit) that no secret starts with.',
      expoExtra:
        'Expo embeds `extra` in the app manifest, which every installed app can read (Constants.expoConfig.extra), and {{what}} would go with it. Remove it from `extra`, call the provider from your own backend or an Expo API route (app/…+api.ts), and keep the key there.',
      publicRuntimeConfig:
        '`{{where}}` is sent to every browser and {{what}} would go with it. Move it to the private runtime config and read it only in server code (Nuxt: server/api routes with useRuntimeConfig()).',
    },
  },
  create(context, [options]) {
    if (!isBundlerConfigFile(context.filename)) return {};
    const isNextConfig = /(^|[\\/])next\.config\.[cm]?[jt]s$/.test(context.filename);
    const isExpoConfig = /(^|[\\/])app\.config\.[cm]?[jt]s$/.test(context.filename);
    const sourceCode = context.sourceCode;
    const additionalSecretNames = options.additionalSecretNames ?? [];

    const isSecretName = (name: string): boolean => secretEnvName(name, additionalSecretNames) !== undefined;
    const describe = (leak: Leak): string =>
      leak.kind === 'secret' ? `the secret '${leak.name}'` : `every environment variable, secrets included (${leak.source})`;

    /** The first secret (or the whole env) that `value` copies, following `const` bindings. */
    function leakIn(value: TSESTree.Node, depth = 0): Leak | undefined {
      let found: Leak | undefined;
      walk(value, sourceCode.visitorKeys, (node) => {
        if (found) return;
        if (isEnvObject(node)) {
          found = leakThroughEnvObject(node);
          return;
        }
        if (node.type === AST_NODE_TYPES.Identifier && isReference(node) && depth < MAX_DEPTH) {
          found = leakThroughBinding(node, depth);
        }
      });
      return found;
    }

    /** `process.env`, `import.meta.env` or `loadEnv(mode, dir, '')`: a read of one name, or the whole env. */
    function leakThroughEnvObject(envObject: TSESTree.Node): Leak | undefined {
      const parent = envObject.parent;
      if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === envObject) {
        const name = staticKey(parent);
        if (name === undefined) return { kind: 'all', source: `${sourceCode.getText(envObject)}[…]` };
        return isSecretName(name) ? { kind: 'secret', name } : undefined;
      }
      return { kind: 'all', source: sourceCode.getText(envObject) };
    }

    /** An identifier bound by `const x = <env read>`, `const { X } = process.env` or `const env = loadEnv(…, '')`. */
    function leakThroughBinding(identifier: TSESTree.Identifier, depth: number): Leak | undefined {
      const def = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier)?.defs[0];
      if (def?.type !== 'Variable' || !def.node.init) return undefined;
      const init = unwrap(def.node.init);
      if (def.node.id.type === AST_NODE_TYPES.ObjectPattern) {
        if (!isEnvObject(init) && !isLoadEnvBinding(init)) return undefined;
        const property = def.node.id.properties.find(
          (p): p is TSESTree.ObjectPatternProperty => p.type === AST_NODE_TYPES.Property && (p.value === def.name || (p.value.type === AST_NODE_TYPES.AssignmentPattern && p.value.left === def.name)),
        );
        const name = property && propertyName(property);
        return name !== undefined && isSecretName(name) ? { kind: 'secret', name } : undefined;
      }
      if (def.node.id !== def.name) return undefined;
      if (isLoadEnvAll(init)) return leakThroughEnvObject(identifier);
      return leakIn(init, depth + 1);
    }

    function isLoadEnvBinding(node: TSESTree.Node): boolean {
      if (isLoadEnvAll(node)) return true;
      if (node.type !== AST_NODE_TYPES.Identifier) return false;
      const def = ASTUtils.findVariable(sourceCode.getScope(node), node)?.defs[0];
      return def?.type === 'Variable' && def.node.id === def.name && !!def.node.init && isLoadEnvAll(unwrap(def.node.init));
    }

    /**
     * An object of env-name → value entries (`define`, DefinePlugin, next.config `env`, Nuxt `runtimeConfig.public`):
     * each entry whose name is a secret, or whose value copies one, is reported.
     */
    function checkEntries(
      value: TSESTree.Node,
      report: (node: TSESTree.Node, leak: Leak) => void,
      nameOf: (key: string) => string,
      prefix = '',
    ): void {
      const node = constObject(unwrap(value)) ?? unwrap(value);
      if (node.type !== AST_NODE_TYPES.ObjectExpression) {
        const leak = leakIn(node);
        if (leak) report(node, leak);
        return;
      }
      for (const member of node.properties) {
        if (member.type === AST_NODE_TYPES.SpreadElement) {
          const leak = leakIn(member.argument);
          if (leak) report(member, leak);
          continue;
        }
        const key = propertyName(member);
        const entryValue = unwrap(member.value);
        if (key !== undefined && (ENV_OBJECT_KEYS.includes(key) || entryValue.type === AST_NODE_TYPES.ObjectExpression)) {
          // `'process.env': { … }` or a nested public config group: judge its entries one by one.
          if (entryValue.type === AST_NODE_TYPES.ObjectExpression) {
            checkEntries(entryValue, report, nameOf, ENV_OBJECT_KEYS.includes(key) ? '' : `${prefix}${nameOf(key)}_`);
            continue;
          }
        }
        const name = key === undefined ? undefined : `${prefix}${nameOf(key)}`;
        if (name !== undefined && isSecretName(name) && !isBlank(entryValue)) {
          report(member, { kind: 'secret', name });
          continue;
        }
        const leak = leakIn(entryValue);
        if (leak) report(member, leak);
      }
    }

    /** The object literal a `const` identifier holds (`const defines = { … }; define: defines`). */
    function constObject(node: TSESTree.Node): TSESTree.ObjectExpression | undefined {
      if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
      const def = ASTUtils.findVariable(sourceCode.getScope(node), node)?.defs[0];
      if (def?.type !== 'Variable' || def.node.id !== def.name || !def.node.init) return undefined;
      const init = unwrap(def.node.init);
      return init.type === AST_NODE_TYPES.ObjectExpression ? init : undefined;
    }

    /** `define` keys are code (`process.env.X`, `import.meta.env.X`, `__KEY__`): the env name is what follows the env object. */
    const defineKeyName = (key: string): string => key.replace(/^(?:process\.env|import\.meta\.env)\./, '');

    function checkEnvPrefix(value: TSESTree.Node, option: string): void {
      const node = unwrap(value);
      const elements = node.type === AST_NODE_TYPES.ArrayExpression ? node.elements : [node];
      for (const element of elements) {
        if (!element || element.type !== AST_NODE_TYPES.Literal || typeof element.value !== 'string') continue;
        const prefix = element.value;
        if (prefix === '') {
          context.report({ node: element, messageId: 'envPrefix', data: { option, prefix: "''", what: 'every environment variable, secrets included' } });
          continue;
        }
        if (PUBLIC_ENV_PREFIXES.includes(prefix)) continue;
        // A prefix that names a provider or says SECRET makes its own `…KEY` a secret: `OPENAI_` → OPENAI_KEY.
        const sample = `${prefix.endsWith('_') ? prefix : `${prefix}_`}KEY`;
        if (isSecretName(sample)) {
          context.report({ node: element, messageId: 'envPrefix', data: { option, prefix: `'${prefix}'`, what: `secrets such as ${sample}` } });
        }
      }
    }

    function checkEnvironmentPlugin(node: TSESTree.NewExpression | TSESTree.CallExpression): void {
      const report = (target: TSESTree.Node, leak: Leak): void => context.report({ node: target, messageId: 'environmentPlugin', data: { what: describe(leak) } });
      for (const argument of node.arguments) {
        const arg = unwrap(argument);
        // new EnvironmentPlugin(['OPENAI_API_KEY']), new EnvironmentPlugin('OPENAI_API_KEY', …), new EnvironmentPlugin({ OPENAI_API_KEY: '' }).
        const names: { node: TSESTree.Node; name: string | undefined }[] =
          arg.type === AST_NODE_TYPES.ArrayExpression
            ? arg.elements.flatMap((e) => (e && e.type !== AST_NODE_TYPES.SpreadElement ? [{ node: e, name: staticString(e) }] : []))
            : arg.type === AST_NODE_TYPES.ObjectExpression
              ? arg.properties.flatMap((p) => (p.type === AST_NODE_TYPES.Property ? [{ node: p, name: propertyName(p) }] : []))
              : [{ node: arg, name: staticString(arg) }];
        for (const { node: target, name } of names) {
          if (name !== undefined && isSecretName(name)) report(target, { kind: 'secret', name });
          else if (name === undefined) {
            // `Object.keys(process.env)` hands the plugin every name.
            const leak = leakIn(target);
            if (leak) report(target, leak);
          }
        }
      }
    }

    return {
      Property(node) {
        // Only object literals configure anything; `const { env } = …` does not.
        if (node.parent.type !== AST_NODE_TYPES.ObjectExpression) return;
        const key = propertyName(node);
        if (key === undefined) return;
        // Vitest's `test.define` and `test.env` only exist while tests run in Node: nothing reaches a bundle.
        if (key === 'define' && isUnderTestOptions(node)) return;
        if (key === 'extra' && isExpoConfig) {
          checkEntries(node.value, (target, leak) => context.report({ node: target, messageId: 'expoExtra', data: { what: describe(leak) } }), toEnvName);
        } else if (key === 'define') {
          checkEntries(node.value, (target, leak) => context.report({ node: target, messageId: 'define', data: { where: 'define', what: describe(leak) } }), defineKeyName);
        } else if (key === 'envPrefix' || key === 'publicPrefix') {
          // Vite's `envPrefix`, SvelteKit's `kit.env.publicPrefix`.
          checkEnvPrefix(node.value, key);
        } else if (key === 'env' && isNextConfig) {
          checkEntries(node.value, (target, leak) => context.report({ node: target, messageId: 'nextEnv', data: { what: describe(leak) } }), (k) => k);
        } else if ((key === 'public' && isRuntimeConfigPublic(node)) || (key === 'publicRuntimeConfig' && isNextConfig)) {
          const where = key === 'public' ? 'runtimeConfig.public' : 'publicRuntimeConfig';
          checkEntries(node.value, (target, leak) => context.report({ node: target, messageId: 'publicRuntimeConfig', data: { where, what: describe(leak) } }), toEnvName);
        }
      },
      'NewExpression, CallExpression'(node: TSESTree.NewExpression | TSESTree.CallExpression) {
        const name = calleeName(node.callee);
        if (name === 'DefinePlugin' && node.arguments[0]) {
          checkEntries(node.arguments[0], (target, leak) => context.report({ node: target, messageId: 'define', data: { where: 'DefinePlugin', what: describe(leak) } }), defineKeyName);
        } else if (name === 'EnvironmentPlugin') {
          checkEnvironmentPlugin(node);
        }
      },
    };
  },
});

/** `process.env`, `import.meta.env` (as objects, not reads of a name) or a `loadEnv(mode, dir, '')` call. */
function isEnvObject(node: TSESTree.Node): boolean {
  if (isLoadEnvAll(node)) return true;
  if (node.type !== AST_NODE_TYPES.MemberExpression || staticKey(node) !== 'env') return false;
  const object = node.object;
  if (object.type === AST_NODE_TYPES.Identifier) return object.name === 'process';
  return object.type === AST_NODE_TYPES.MetaProperty && object.meta.name === 'import';
}

/** Vite's `loadEnv(mode, dir, '')` (or a prefix list holding ''): every variable, not only VITE_ ones. */
function isLoadEnvAll(node: TSESTree.Node): boolean {
  if (node.type !== AST_NODE_TYPES.CallExpression || calleeName(node.callee) !== 'loadEnv') return false;
  const prefixes = node.arguments[2] ? unwrap(node.arguments[2]) : undefined;
  if (!prefixes) return false;
  if (prefixes.type === AST_NODE_TYPES.ArrayExpression) return prefixes.elements.some((e) => e !== null && staticString(e) === '');
  return staticString(prefixes) === '';
}

/** `define` inside Vitest's `test: { … }` options (vitest.dev/config/#define is Vite's; `test` has its own). */
function isUnderTestOptions(property: TSESTree.Property): boolean {
  const owner = property.parent;
  const grand = owner?.parent;
  return owner?.type === AST_NODE_TYPES.ObjectExpression && grand?.type === AST_NODE_TYPES.Property && propertyName(grand) === 'test';
}

/** Nuxt's `runtimeConfig: { public: { … } }`. */
function isRuntimeConfigPublic(property: TSESTree.Property): boolean {
  const owner = property.parent;
  const grand = owner?.parent;
  return owner?.type === AST_NODE_TYPES.ObjectExpression && grand?.type === AST_NODE_TYPES.Property && propertyName(grand) === 'runtimeConfig';
}

/** Values that blank a name out instead of copying it (`'process.env.OPENAI_API_KEY': 'undefined'`). */
function isBlank(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name === 'undefined';
  if (node.type === AST_NODE_TYPES.Literal) return node.value === null || node.value === false || ['', 'undefined', '""', "''", 'null'].includes(String(node.value));
  return false;
}

/** `openaiApiKey` → `OPENAI_API_KEY` (how Nuxt maps NUXT_PUBLIC_* to runtimeConfig keys); names already in capitals stay. */
function toEnvName(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/-/g, '_').toUpperCase();
}

/** An identifier used as a value (not a property name in `a.b` or `{ b: 1 }`). */
function isReference(node: TSESTree.Identifier): boolean {
  const parent = node.parent;
  if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.property === node && !parent.computed) return false;
  if (parent?.type === AST_NODE_TYPES.Property && parent.key === node && !parent.computed && !parent.shorthand) return false;
  return true;
}

function calleeName(callee: TSESTree.Node): string | undefined {
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier) return callee.property.name;
  return undefined;
}

function staticKey(member: TSESTree.MemberExpression): string | undefined {
  if (!member.computed) return member.property.type === AST_NODE_TYPES.Identifier ? member.property.name : undefined;
  return staticString(member.property);
}

