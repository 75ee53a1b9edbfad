/**
 * ESLint's Linter with the TypeScript parser, the Vue and Svelte component parsers and our plugin's
 * recommended rules, all bundled in the Action: it runs in repositories without ESLint and never reads their
 * ESLint config or plugins. This module is heavy (ESLint + parsers); lint/index.ts imports it only when a diff
 * has files to lint.
 */
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import plugin from 'eslint-plugin-backend-only';
import * as svelteParser from 'svelte-eslint-parser';
import * as vueParser from 'vue-eslint-parser';

export const LINT_FILE_GLOBS = ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'];
/**
 * Single-file components: each parser hands the rules the component's <script>. Not Astro: astro-eslint-parser
 * runs @astrojs/compiler (WebAssembly) in a worker file of its own, which a single-directory bundle cannot carry.
 */
const COMPONENT_PARSERS: { files: string[]; parser: Linter.Parser }[] = [
  { files: ['**/*.vue'], parser: vueParser as unknown as Linter.Parser },
  { files: ['**/*.svelte'], parser: svelteParser as unknown as Linter.Parser },
];

/** The plugin's id prefix in ESLint rule ids (`backend-only/no-client-ai-sdk`). */
export const RULE_PREFIX = 'backend-only/';

interface PluginShape {
  rules?: Record<string, { meta?: { docs?: { recommended?: unknown } } }>;
  configs?: Record<string, Linter.Config | Linter.Config[] | undefined>;
}

/**
 * The plugin's `recommended` flat config; until the plugin ships one, every rule its docs mark
 * recommended, as errors.
 */
function recommendedConfigs(): Linter.Config[] {
  const shaped = plugin as unknown as PluginShape;
  const recommended = shaped.configs?.recommended;
  if (recommended) return Array.isArray(recommended) ? recommended : [recommended];
  const rules: Linter.RulesRecord = {};
  for (const [id, rule] of Object.entries(shaped.rules ?? {})) if (rule.meta?.docs?.recommended) rules[`${RULE_PREFIX}${id}`] = 'error';
  return [{ name: 'backend-only/recommended (derived)', plugins: { 'backend-only': plugin as unknown as NonNullable<Linter.Config['plugins']>[string] }, rules }];
}

export interface LintMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fatal?: boolean;
}

/** A linter bound to the workspace: `lint(text, absolutePath)` returns ESLint's messages. */
export function createLinter(workspace: string): (text: string, absolutePath: string) => LintMessage[] {
  const linter = new Linter({ cwd: workspace });
  const config: Linter.Config[] = [
    {
      name: 'backend-only/action-parser',
      files: LINT_FILE_GLOBS,
      languageOptions: {
        parser: tsParser,
        ecmaVersion: 'latest',
        sourceType: 'module',
        // JSX in .js/.jsx; typescript-estree decides by extension for .ts/.tsx.
        parserOptions: { ecmaFeatures: { jsx: true } },
      },
      linterOptions: { reportUnusedDisableDirectives: 'off' },
    },
    ...recommendedConfigs(),
    // After recommended, so these parsers (not the preset's) parse components, and recommended's rules reach them.
    ...COMPONENT_PARSERS.map(({ files, parser }) => ({
      name: `backend-only/action-${files[0]?.slice(5)}`,
      files,
      plugins: recommendedConfigs()[0]?.plugins,
      languageOptions: { parser, sourceType: 'module' as const, parserOptions: { parser: tsParser, ecmaFeatures: { jsx: true } } },
      rules: recommendedConfigs()[0]?.rules,
      linterOptions: { reportUnusedDisableDirectives: 'off' as const },
    })),
  ];
  return (text, absolutePath) => linter.verify(text, config, { filename: absolutePath }) as LintMessage[];
}
