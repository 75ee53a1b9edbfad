import type { TSESTree } from '@typescript-eslint/utils';
import { RATE_LIMIT_FIXES, RATE_LIMIT_KEYS, getProvider } from '@backend-only/core';
import { createRule } from '../util/create-rule.js';
import { endpointCosts } from '../util/cost/analyze.js';

export type MessageIds = 'unguarded';

export default createRule<[], MessageIds>({
  name: 'require-rate-limit',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a rate limit or quota on server endpoints that spend AI-provider money',
      recommended: true,
      strict: true,
    },
    schema: [],
    defaultOptions: [],
    messages: {
      unguarded:
        '{{chain}}: this endpoint spends {{provider}} money on every request, and no rate limit or quota runs before the call, so a script can run up your bill. Fix: {{fix}}.{{notes}}',
    },
  },
  create(context) {
    return {
      'Program:exit'() {
        for (const cost of endpointCosts(context)) {
          if (cost.guard) continue;
          const key = cost.knowsUser ? RATE_LIMIT_KEYS.user : RATE_LIMIT_KEYS.ip;
          const perUser = cost.knowsUser ? ', and cap each user with a daily quota (`ratelimit.limit(userId, { rate: tokensUsed })`)' : '';
          context.report({
            node: cost.endpoint.report as unknown as TSESTree.Node,
            messageId: 'unguarded',
            data: {
              chain: cost.chain,
              provider: cost.provider ? getProvider(cost.provider).name : 'AI-provider',
              fix: `${RATE_LIMIT_FIXES[cost.endpoint.runtime].replaceAll('{{key}}', key.code)}, keyed on ${key.words}${perUser}`,
              notes: cost.notes.length ? ` ${cost.notes.join(' ')}` : '',
            },
          });
        }
      },
    };
  },
});
