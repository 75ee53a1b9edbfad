/**
 * Parses a dependency with the parser the user configured for the linted file (import-x does the same),
 * without type information: a `project` would make typescript-eslint build a whole TypeScript program.
 */
import type { AstNode, VisitorKeys } from './module-facts.js';

/** The parts of ESLint's `languageOptions` the walk reads. */
export interface ParserSetup {
  parser?: unknown;
  parserOptions?: Readonly<Record<string, unknown>>;
  ecmaVersion?: unknown;
  sourceType?: unknown;
}

interface ParserModule {
  parse?: (code: string, options: Record<string, unknown>) => unknown;
  parseForESLint?: (code: string, options: Record<string, unknown>) => { ast: unknown; visitorKeys?: VisitorKeys };
}

/** Parser options that ask for type information; all of them are dropped. */
const TYPE_AWARE_OPTIONS = ['project', 'projectService', 'programs', 'EXPERIMENTAL_useProjectService'];

export interface ParsedModule {
  program: AstNode;
  /** The parser's own visitor keys, when it publishes them (vue, svelte and typescript-eslint do). */
  visitorKeys: VisitorKeys | undefined;
}

/** The options ESLint itself would pass, minus type information, tokens and comments (the walk reads neither). */
export function dependencyParserOptions(setup: ParserSetup): Record<string, unknown> {
  const options: Record<string, unknown> = {
    ecmaVersion: setup.ecmaVersion,
    sourceType: setup.sourceType,
    ...setup.parserOptions,
    loc: true,
    range: true,
    tokens: false,
    comment: false,
  };
  for (const key of TYPE_AWARE_OPTIONS) delete options[key];
  return options;
}

/**
 * Parses `code` (the text of `filePath`) with the configured parser, or espree-compatible `parse`.
 * Throws what the parser throws; the caller skips the module.
 */
export function parseDependency(setup: ParserSetup, parserOptions: Record<string, unknown>, filePath: string, code: string): ParsedModule {
  const parser = setup.parser as ParserModule | undefined;
  const options = { ...parserOptions, filePath };
  if (typeof parser?.parseForESLint === 'function') {
    const result = parser.parseForESLint(code, options);
    return { program: result.ast as AstNode, visitorKeys: result.visitorKeys };
  }
  if (typeof parser?.parse === 'function') return { program: parser.parse(code, options) as AstNode, visitorKeys: undefined };
  throw new Error('the configured parser has neither parseForESLint() nor parse()');
}
