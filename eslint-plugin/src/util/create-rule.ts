import { ESLintUtils } from '@typescript-eslint/utils';
import { ruleDocsUrl, type LintRuleId } from '@backend-only/core';

/** Extra docs metadata our rules carry: which configs turn them on. */
export interface BackendOnlyDocs {
  description: string;
  /** In `recommended` (as an error, or as a warning where the docs say so). */
  recommended: boolean;
  /** In `strict` (every rule is in `all`). */
  strict?: boolean;
}

/** typescript-eslint's RuleCreator with our docs URL: eslint-plugin/docs/rules/<id>.md. */
export const createRule = ESLintUtils.RuleCreator<BackendOnlyDocs>((name) => ruleDocsUrl(name as LintRuleId));
