import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { MATCH_MARGIN, TextMatcher, getProvider, keyHitStands, redact, shapePrefix, type Hit } from '@backend-only/core';
import { createRule } from '../util/create-rule.js';
import { staticString } from '../util/ast.js';

export type Options = [];
export type MessageIds = 'hardcodedApiKey';

/** One matcher for the process: it compiles core's key shapes once. */
let sharedMatcher: TextMatcher | undefined;
const matcher = (): TextMatcher => (sharedMatcher ??= new TextMatcher());

/** A string piece of the source: its cooked text and where it sits. */
interface StringPiece {
  text: string;
  range: TSESTree.Range;
}

export default createRule<Options, MessageIds>({
  name: 'no-hardcoded-api-key',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow AI-provider API keys written in source code',
      recommended: true,
      strict: true,
    },
    schema: [],
    defaultOptions: [],
    messages: {
      hardcodedApiKey:
        '{{label}} {{redacted}} is written in source code: anyone who can read the repository or the bundle can use it and bill your {{provider}} account. Revoke it at {{revokeUrl}}, then read the new key from a server-only environment variable.',
    },
  },
  create(context) {
    const sourceText = context.sourceCode.text;

    /**
     * Key hits in `value`, with the source around `range` as context for shapes that need it (Gemini): the words
     * and the object around the literal, and for a key with neither, Gemini's host or SDK anywhere in the file.
     */
    function keyHits(value: string, range: TSESTree.Range): Hit[] {
      const before = sourceText.slice(Math.max(0, range[0] - MATCH_MARGIN), range[0]);
      const after = sourceText.slice(range[1], range[1] + MATCH_MARGIN);
      // A quote before the value so a key at its very start begins a token.
      const text = `${before}"${value}"${after}`;
      const start = before.length + 1;
      return matcher()
        .scan(text, start, start + value.length)
        .filter((hit) => hit.kind === 'key' && hit.secret && hit.shape && keyHitStands(hit, (literal) => sourceText.includes(literal)))
        .map((hit) => ({ ...hit, offset: hit.offset - start }));
    }

    function report(node: TSESTree.Node, hit: Hit): void {
      const provider = getProvider(hit.shape!.provider);
      context.report({
        node,
        messageId: 'hardcodedApiKey',
        data: {
          label: hit.shape!.label,
          redacted: redact(hit.secret!, shapePrefix(hit.shape!)),
          provider: provider.name,
          revokeUrl: provider.revokeUrl,
        },
      });
    }

    function checkPiece(node: TSESTree.Node, piece: StringPiece): void {
      for (const hit of keyHits(piece.text, piece.range)) report(node, hit);
    }

    return {
      Literal(node) {
        if (typeof node.value === 'string' && node.value.length >= 16) checkPiece(node, { text: node.value, range: node.range });
      },
      TemplateLiteral(node) {
        for (const quasi of node.quasis) {
          const text = quasi.value.cooked;
          if (text && text.length >= 16) checkPiece(node, { text, range: quasi.range });
        }
      },
      JSXText(node) {
        if (node.value.length >= 16) checkPiece(node, { text: node.value, range: node.range });
      },
      // `'sk-' + 'proj-' + '…'`: only the top of a `+` chain, and only keys that span two or more pieces
      // (a key inside one piece is reported by the Literal listener).
      'BinaryExpression[operator="+"]'(node: TSESTree.BinaryExpression) {
        if (node.parent.type === AST_NODE_TYPES.BinaryExpression && node.parent.operator === '+') return;
        for (const run of literalRuns(node)) {
          if (run.length < 2) continue;
          const joined = run.map((piece) => piece.text).join('');
          const range: TSESTree.Range = [run[0]!.range[0], run.at(-1)!.range[1]];
          const ends = run.map((_, i) => run.slice(0, i + 1).reduce((sum, piece) => sum + piece.text.length, 0));
          for (const hit of keyHits(joined, range)) {
            const firstPiece = ends.findIndex((end) => hit.offset < end);
            const lastPiece = ends.findIndex((end) => hit.offset + hit.length <= end);
            if (firstPiece !== lastPiece) report(node, hit);
          }
        }
      },
    };
  },
});

/** The operands of a `+` chain, grouped into runs of adjacent string literals (template literals without `${}` too). */
function literalRuns(node: TSESTree.BinaryExpression): StringPiece[][] {
  const runs: StringPiece[][] = [[]];
  const visit = (operand: TSESTree.Node): void => {
    if (operand.type === AST_NODE_TYPES.BinaryExpression && operand.operator === '+') {
      visit(operand.left);
      visit(operand.right);
      return;
    }
    const text = staticString(operand);
    if (text === undefined) runs.push([]);
    else runs.at(-1)!.push({ text, range: operand.range });
  };
  visit(node);
  return runs;
}

