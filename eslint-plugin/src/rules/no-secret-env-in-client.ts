import type { TSESTree } from '@typescript-eslint/utils';
import { publicPrefixOf, secretEnvName, type Provider } from '@backend-only/core';
import { createRule } from '../util/create-rule.js';
import {
  FOLLOW_DEFAULTS,
  FOLLOW_OPTIONS_SCHEMA,
  clientImportedLeaks,
  fileSideOf,
  isInEnvSchema,
  isInServerOnlyFunction,
  serverFixFor,
  type FollowOptions,
} from '../util/client-side.js';
import { getEnvReads } from '../util/env-reads.js';

export type Options = [FollowOptions];
export type MessageIds = 'secretEnvInClient' | 'importChain';

export default createRule<Options, MessageIds>({
  name: 'no-secret-env-in-client',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow reading server-only secrets (process.env.OPENAI_API_KEY, …) in code that ships to the browser',
      recommended: true,
      strict: true,
    },
    schema: [{ type: 'object', additionalProperties: false, properties: FOLLOW_OPTIONS_SCHEMA }],
    defaultOptions: [FOLLOW_DEFAULTS],
    messages: {
      secretEnvInClient:
        "Server-only secret {{name}}{{provider}} read in {{where}}: the browser gets undefined at best, and the inlined secret at worst if a bundler setting copies it in. {{fix}}",
      importChain:
        "Server-only secret {{name}}{{provider}} read through {{chain}} in {{where}}: the browser gets undefined at best, and the inlined secret at worst. {{fix}}",
    },
  },
  create(context, [options]) {
    const side = fileSideOf(context);
    if (side.side !== 'client') return {};
    return {
      // Every env read form comes from env-reads.ts (shared with no-public-secret-env, computed once per file).
      Program() {
        for (const read of getEnvReads(context)) {
          // Names with a public prefix are no-public-secret-env's; an unknown computed name proves nothing.
          if (read.name === undefined || publicPrefixOf(read.name)) continue;
          const secret = secretEnvName(read.name);
          if (!secret || isInServerOnlyFunction(read.node, side) || isInEnvSchema(read.node)) continue;
          context.report({
            node: read.node,
            messageId: 'secretEnvInClient',
            data: { name: read.name, provider: providerNote(secret.provider), where: side.where, fix: serverFixFor(side, secret.provider) },
          });
        }
      },
      'Program:exit'(program: TSESTree.Program) {
        if (!options.followImports) return;
        for (const leak of clientImportedLeaks(context, program, options)) {
          if (leak.kind !== 'env' || !leak.envName) continue;
          context.report({
            node: leak.node,
            messageId: 'importChain',
            data: {
              name: leak.envName,
              provider: providerNote(leak.provider),
              chain: leak.chain.join(' → '),
              where: side.where,
              fix: serverFixFor(side, leak.provider),
            },
          });
        }
      },
    };
  },
});

function providerNote(provider: Provider | undefined): string {
  return provider ? ` (${provider.name} key)` : '';
}
