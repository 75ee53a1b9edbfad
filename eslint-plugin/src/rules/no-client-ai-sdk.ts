import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { sdkImportProvider } from '@backend-only/core';
import { createRule } from '../util/create-rule.js';
import {
  FOLLOW_DEFAULTS,
  FOLLOW_OPTIONS_SCHEMA,
  clientImportedLeaks,
  fileSideOf,
  isErasedImport,
  isImportOnlyUsedOnServer,
  isInServerOnlyFunction,
  serverFixFor,
  type FollowOptions,
} from '../util/client-side.js';
import { sdkImportClients } from '../util/key-origin.js';
import { staticString } from '../util/ast.js';

export type Options = [FollowOptions];
export type MessageIds = 'clientSdk' | 'importChain';

export default createRule<Options, MessageIds>({
  name: 'no-client-ai-sdk',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow AI-provider SDKs (openai, @anthropic-ai/sdk, …) in code that ships to the browser',
      recommended: true,
      strict: true,
    },
    schema: [{ type: 'object', additionalProperties: false, properties: FOLLOW_OPTIONS_SCHEMA }],
    defaultOptions: [FOLLOW_DEFAULTS],
    messages: {
      clientSdk: "{{provider}} SDK ('{{module}}') imported in {{where}}: its key would ship to every visitor. {{fix}}",
      importChain: "{{provider}} SDK imported through {{chain}} into {{where}}: its key would ship to every visitor. {{fix}}",
    },
  },
  create(context, [options]) {
    const side = fileSideOf(context);
    if (side.side !== 'client') return {};

    function check(node: TSESTree.Node, source: TSESTree.Node | null | undefined): void {
      const specifier = source ? staticString(source) : undefined;
      if (specifier === undefined) return;
      const provider = sdkImportProvider(specifier);
      if (!provider || isInServerOnlyFunction(node, side)) return;
      context.report({
        node,
        messageId: 'clientSdk',
        data: { provider: provider.name, module: specifier, where: side.where, fix: serverFixFor(side, provider) },
      });
    }

    return {
      ImportDeclaration(node) {
        // Scope analysis only for SDK imports: erased (types only), stripped (server-only code), the user's own key,
        // or left to no-dangerously-allow-browser (one report per leak).
        if (!sdkImportProvider(node.source.value) || isErasedImport(node, context) || isImportOnlyUsedOnServer(node, context, side)) return;
        if (sdkImportClients(context, node) !== undefined) return;
        check(node, node.source);
      },
      'ExportNamedDeclaration[source]'(node: TSESTree.ExportNamedDeclaration) {
        const typeOnly = node.exportKind === 'type' || (node.specifiers.length > 0 && node.specifiers.every((s) => s.exportKind === 'type'));
        if (!typeOnly) check(node, node.source);
      },
      ExportAllDeclaration(node) {
        if (node.exportKind !== 'type') check(node, node.source);
      },
      'CallExpression[callee.type="Identifier"][callee.name="require"]'(node: TSESTree.CallExpression) {
        check(node, node.arguments[0]);
      },
      ImportExpression(node) {
        check(node, node.source);
      },
      TSImportEqualsDeclaration(node) {
        if (node.importKind !== 'type' && node.moduleReference.type === AST_NODE_TYPES.TSExternalModuleReference) {
          check(node, node.moduleReference.expression);
        }
      },
      'Program:exit'(program: TSESTree.Program) {
        if (!options.followImports) return;
        for (const leak of clientImportedLeaks(context, program, options)) {
          if (leak.kind !== 'sdk') continue;
          context.report({
            node: leak.node,
            messageId: 'importChain',
            data: {
              provider: leak.provider?.name ?? 'An AI',
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
