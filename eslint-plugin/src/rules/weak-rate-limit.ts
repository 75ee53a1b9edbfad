import type { TSESTree } from '@typescript-eslint/utils';
import { RATE_LIMIT_KEYS } from '@backend-only/core';
import { createRule } from '../util/create-rule.js';
import { endpointCosts } from '../util/cost/analyze.js';

export type MessageIds = 'optional' | 'globalKey' | 'clientKey' | 'perIpOnly';

export default createRule<[], MessageIds>({
  name: 'weak-rate-limit',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Warn about rate limits on AI endpoints that may not run, or that a caller can get around',
      recommended: true,
      strict: true,
    },
    schema: [],
    defaultOptions: [],
    messages: {
      optional:
        '{{chain}}: the rate limit (`{{guard}}`) runs only when an env var or an optional limiter is set; where it is missing, this endpoint spends without a limit. Fail closed: refuse the request (503) or fail at startup when the limiter is not configured.',
      globalKey:
        '{{chain}}: the rate limit (`{{guard}}`) uses one fixed key, so every caller shares one bucket: one script uses it up for everyone and nothing limits the script itself. Key it on {{key}}.',
      clientKey:
        '{{chain}}: the rate limit (`{{guard}}`) is keyed on a request header the client sets itself, so a script sends a new value each time and is never limited. Key it on {{key}}.',
      perIpOnly:
        '{{chain}}: this endpoint knows its user but limits only per IP, so one account on many IPs (or many accounts behind one IP) is not bounded. Add a per-user limit or quota before the call, e.g. `ratelimit.limit(userId, { rate: tokensUsed })` or messages per user per day.',
    },
  },
  create(context) {
    return {
      'Program:exit'() {
        for (const cost of endpointCosts(context)) {
          const guard = cost.guard;
          if (!guard) continue;
          const messageId: MessageIds | undefined = guard.optional
            ? 'optional'
            : guard.key === 'global'
              ? 'globalKey'
              : guard.key === 'client-header'
                ? 'clientKey'
                : guard.key === 'ip' && cost.knowsUser
                  ? 'perIpOnly'
                  : undefined;
          if (!messageId) continue;
          context.report({
            node: cost.endpoint.report as unknown as TSESTree.Node,
            messageId,
            data: { chain: cost.chain, guard: guard.name, key: (cost.knowsUser ? RATE_LIMIT_KEYS.user : RATE_LIMIT_KEYS.ip).words },
          });
        }
      },
    };
  },
});
