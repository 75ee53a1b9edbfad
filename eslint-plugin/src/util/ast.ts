/** Small AST readers the rules share. */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

/** A string literal or a template literal without expressions; undefined for anything computed. */
export function staticString(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') return node.value;
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** The name of `{ key: … }`, `{ 'key': … }` or `{ ['key']: … }`; undefined for computed keys. */
export function propertyName(property: TSESTree.Property): string | undefined {
  if (!property.computed && property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
  return staticString(property.key);
}

/** `(x as T)`, `x!`, `x satisfies T` and `a?.b` wrappers, removed. */
export function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.type === AST_NODE_TYPES.TSAsExpression ||
    current.type === AST_NODE_TYPES.TSNonNullExpression ||
    current.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    current.type === AST_NODE_TYPES.ChainExpression
  ) {
    current = current.expression;
  }
  return current;
}
