import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { publicSecretEnvName, type Framework } from '@backend-only/core';
import { createRule } from '../util/create-rule.js';
import { getEnvReads, type EnvRead, type EnvSource } from '../util/env-reads.js';

export type Options = [{ allow?: string[]; additionalSecretNames?: string[] }];
export type MessageIds = 'publicSecretEnv' | 'renameWithoutPrefix';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export default createRule<Options, MessageIds>({
  name: 'no-public-secret-env',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow secrets named with a browser-exposed env prefix (NEXT_PUBLIC_, VITE_, PUBLIC_, EXPO_PUBLIC_, …)',
      recommended: true,
      strict: true,
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          allow: {
            type: 'array',
            items: { type: 'string' },
            description: 'Env names (exact, or globs with `*`) that are public on purpose and never reported.',
          },
          additionalSecretNames: {
            type: 'array',
            items: { type: 'string' },
            description: 'More env names (exact, or globs with `*`, matched with or without the public prefix) that hold secrets.',
          },
        },
      },
    ],
    defaultOptions: [{ allow: [], additionalSecretNames: [] }],
    messages: {
      publicSecretEnv:
        "'{{name}}' looks like a secret{{provider}}, but {{frameworks}} {{inlines}} every {{prefix}} variable into the browser bundle, where anyone can read it. Rename it {{bare}} without {{prefix}} and read it only in server code. {{fix}}",
      renameWithoutPrefix: "Rename to '{{bare}}' (also rename it in your .env files and move this read to server code).",
    },
  },
  create(context, [options]) {
    const allow = options.allow ?? [];
    const additionalSecretNames = options.additionalSecretNames ?? [];
    function check(name: string, node: TSESTree.Node, source: EnvSource, suggestion: (bare: string) => TSESLint.ReportFixFunction | undefined): void {
      const secret = publicSecretEnvName(name, { allow, additionalSecretNames });
      if (!secret) return;
      const bare = name.slice(secret.prefix.length);
      const framework = frameworkFor(secret.frameworks, source);
      const fix = suggestion(bare);
      context.report({
        node,
        messageId: 'publicSecretEnv',
        data: {
          name,
          provider: secret.provider ? ` (${secret.provider.name} key)` : '',
          frameworks: secret.frameworks.map((f) => f.name).join(', '),
          inlines: secret.frameworks.length === 1 ? 'inlines' : 'inline',
          prefix: secret.prefix,
          bare,
          fix: framework?.serverFix ?? '',
        },
        suggest: fix ? [{ messageId: 'renameWithoutPrefix', data: { bare }, fix }] : [],
      });
    }

    return {
      Program() {
        // One report per name and file, at its first read: the fix (renaming it) covers every read.
        const seen = new Set<string>();
        for (const read of getEnvReads(context)) {
          if (read.name === undefined || seen.has(read.name)) continue;
          seen.add(read.name);
          check(read.name, read.node, read.source, (bare) => renameFix(read, bare));
        }
      },
    };
  },
});

/**
 * The framework whose fix to print: the one that reads env the way this file does (SvelteKit for `$env/…`,
 * Astro for `import.meta.env.PUBLIC_*`), else the catalog's last (most generic) one for the prefix.
 */
function frameworkFor(frameworks: readonly Framework[], source: EnvSource): Framework | undefined {
  const style = source.startsWith('$env/') ? '$env/' : source;
  const sameStyle = frameworks.filter((f) => f.envAccess.startsWith(style));
  return (sameStyle.length > 0 ? sameStyle : frameworks).at(-1);
}

/** A fix that renames the read to `bare`, where the form allows it (not for `$env/static/*` imports). */
function renameFix(read: EnvRead, bare: string): TSESLint.ReportFixFunction | undefined {
  const nameNode = read.nameNode;
  if (read.form === 'import') return undefined;
  if (nameNode.type === AST_NODE_TYPES.Literal) return (fixer) => fixer.replaceText(nameNode, quoted(bare, nameNode.raw));
  if (nameNode.type === AST_NODE_TYPES.TemplateLiteral) return (fixer) => fixer.replaceText(nameNode, `\`${bare}\``);
  if (nameNode.type !== AST_NODE_TYPES.Identifier || !IDENTIFIER.test(bare)) return undefined;
  const property = read.node;
  // `const { NEXT_PUBLIC_X } = process.env` keeps its local name: `{ X: NEXT_PUBLIC_X }`.
  if (property.type === AST_NODE_TYPES.Property && property.shorthand) {
    return (fixer) => fixer.insertTextBefore(property, `${bare}: `);
  }
  return (fixer) => fixer.replaceText(nameNode, bare);
}

/** `bare` in the quotes the original literal used. */
function quoted(bare: string, raw: string): string {
  const quote = raw.startsWith('"') ? '"' : "'";
  return `${quote}${bare}${quote}`;
}
