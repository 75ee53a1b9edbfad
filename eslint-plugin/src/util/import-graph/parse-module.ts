/**
 * Reads a dependency's facts with the parser the user configured for the linted file (import-x does the same),
 * without type information: a `project` would make typescript-eslint build a whole TypeScript program.
 *
 * - typescript-eslint's parser takes the fast path of typescript-facts.ts.
 * - Single-file-component parsers (vue-eslint-parser, svelte-eslint-parser) read `.vue`/`.svelte` files; the
 *   plain scripts they import go to the script parser they delegate to (`parserOptions.parser`), as those
 *   parsers do for their own `<script>` blocks (svelte-eslint-parser cannot read a plain `.ts` file).
 */
import { dependencyFacts, type AstNode, type DependencyFacts, type VisitorKeys } from './module-facts.js';
import { isTypeScriptEslintParser, loadTypeScript, typescriptCanParse, typescriptFacts } from './typescript-facts.js';

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

/** Files only a single-file-component parser reads. */
const COMPONENT_FILE = /\.(?:vue|svelte)$/;

/** One parser and the options to call it with. */
interface Reader {
  parser: ParserModule | undefined;
  options: Record<string, unknown>;
  /** Set when the parser is typescript-eslint's and TypeScript loads: the fast path. */
  typescript: ReturnType<typeof loadTypeScript>;
}

/** How the walk reads dependencies for one ESLint config: derived once per `languageOptions` object. */
export interface ParseContext {
  /** For `.vue` and `.svelte` files. */
  components: Reader;
  /** For every other script: the delegate script parser of a component parser, else the configured one. */
  scripts: Reader;
  /** The linted file's visitor keys, for parsers that publish none. */
  fallbackVisitorKeys: VisitorKeys;
}

export function createParseContext(setup: ParserSetup, fallbackVisitorKeys: VisitorKeys, cwd: string): ParseContext {
  const options = dependencyParserOptions(setup);
  const components = reader(setup.parser, options, cwd);
  const delegate = options.parser;
  const delegateIsParser = typeof delegate === 'object' && delegate !== null && ('parseForESLint' in delegate || 'parse' in delegate);
  const scripts = delegateIsParser ? reader(delegate, withoutKey(options, 'parser'), cwd) : components;
  return { components, scripts, fallbackVisitorKeys };
}

function reader(parser: unknown, options: Record<string, unknown>, cwd: string): Reader {
  return { parser: parser as ParserModule | undefined, options, typescript: isTypeScriptEslintParser(parser) ? loadTypeScript(cwd) : undefined };
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

function withoutKey(options: Record<string, unknown>, key: string): Record<string, unknown> {
  const copy = { ...options };
  delete copy[key];
  return copy;
}

/** The parser that reads `file`: cache entries are kept per parser, so two configs never overwrite each other's. */
export function parserFor(parse: ParseContext, file: string): unknown {
  return readerFor(parse, file).parser;
}

function readerFor(parse: ParseContext, file: string): Reader {
  return COMPONENT_FILE.test(file) ? parse.components : parse.scripts;
}

/** The facts of `file` (its text is `code`); throws on a syntax error, as parsers do. */
export function readDependencyFacts(parse: ParseContext, file: string, code: string): DependencyFacts | undefined {
  const { parser, options, typescript } = readerFor(parse, file);
  if (typescript && typescriptCanParse(file)) return typescriptFacts(typescript, file, code);
  const parserOptions = { ...options, filePath: file };
  if (typeof parser?.parseForESLint === 'function') {
    const result = parser.parseForESLint(code, parserOptions);
    return dependencyFacts(result.ast as AstNode, result.visitorKeys ?? parse.fallbackVisitorKeys);
  }
  if (typeof parser?.parse === 'function') return dependencyFacts(parser.parse(code, parserOptions) as AstNode, parse.fallbackVisitorKeys);
  throw new Error('the configured parser has neither parseForESLint() nor parse()');
}
