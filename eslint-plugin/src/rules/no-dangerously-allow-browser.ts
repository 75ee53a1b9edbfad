import type { TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../util/create-rule.js';
import { fileSideOf } from '../util/client-side.js';
import { BROWSER_OPTION, browserClientOf } from '../util/key-origin.js';

export type Options = [{ checkUserProvidedKeys?: boolean }];
export type MessageIds = 'hardcodedKey' | 'envKey' | 'importedKey' | 'defaultEnvKey' | 'userProvidedKey';

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
      importedKey:
        '`dangerouslyAllowBrowser` lets the {{provider}} SDK run in the browser with a key imported from another module (a config file or a bundled JSON file), which ships in the bundle for every visitor to read. Remove the option and call {{provider}} from server code (a route handler, server action or API endpoint) that reads the key from a server-only env var.',
      defaultEnvKey:
        '`dangerouslyAllowBrowser` lets the {{provider}} SDK run in the browser with no `apiKey`, so it reads {{envName}} from the environment, a server secret the browser must never see. Remove the option and call {{provider}} from server code (a route handler, server action or API endpoint).',
      userProvidedKey:
        '`dangerouslyAllowBrowser` lets the {{provider}} SDK run in the browser with a key supplied at run time. This is safe only when each user brings their own key: make sure no shared key can reach this code, or call {{provider}} from your server.',
    },
  },
  create(context, [options]) {
    if (!context.sourceCode.text.includes(BROWSER_OPTION)) return {};
    // A server module's client never reaches a browser, whatever the option says.
    if (fileSideOf(context).side === 'server') return {};
    const checkUserProvidedKeys = options.checkUserProvidedKeys === true;

    function check(node: TSESTree.NewExpression | TSESTree.CallExpression): void {
      const client = browserClientOf(context, node);
      if (!client) return;
      const { provider, option, origin } = client;
      const data = { provider: provider.name };
      switch (origin.kind) {
        case 'developer':
          if (origin.via === 'literal') context.report({ node: option, messageId: 'hardcodedKey', data });
          else if (origin.via === 'env') context.report({ node: option, messageId: 'envKey', data: { ...data, name: origin.name } });
          else context.report({ node: option, messageId: 'importedKey', data });
          break;
        case 'absent':
          context.report({ node: option, messageId: 'defaultEnvKey', data: { ...data, envName: provider.envNames[0] ?? 'its API key' } });
          break;
        default:
          // Bring your own key: the user's key, or one the file does not show.
          if (checkUserProvidedKeys) context.report({ node: option, messageId: 'userProvidedKey', data });
      }
    }

    return {
      NewExpression: check,
      CallExpression: check,
    };
  },
});
