/**
 * The configs' parser: typescript-eslint's for script files, and for `.vue`, `.svelte` and `.astro` files the
 * component parser the project has installed (vue-eslint-parser, svelte-eslint-parser, astro-eslint-parser),
 * with typescript-eslint's parser for the component's `<script>`. The plugin depends on none of them: a project
 * that lints components has its parser already, and a config that sets its own parser for those files wins.
 * When the parser is missing, the first such file fails with one message that names the package to add, and the
 * other component files are skipped instead of each failing to parse.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';

interface ComponentParser {
  /** npm package of the parser. */
  module: string;
  /** What the user adds when it is missing. */
  install: string;
}

/** Component file extension → its parser (each parser's README: `parserOptions.parser` parses the <script>). */
export const COMPONENT_PARSERS: Readonly<Record<string, ComponentParser>> = {
  '.vue': { module: 'vue-eslint-parser', install: 'npm install --save-dev vue-eslint-parser (or add eslint-plugin-vue, which brings it)' },
  '.svelte': { module: 'svelte-eslint-parser', install: 'npm install --save-dev svelte-eslint-parser (or add eslint-plugin-svelte, which brings it)' },
  '.astro': { module: 'astro-eslint-parser', install: 'npm install --save-dev astro-eslint-parser (or add eslint-plugin-astro, which brings it)' },
};

type ParseResult = ReturnType<typeof tsParser.parseForESLint>;
interface EslintParser {
  parseForESLint(code: string, options?: Record<string, unknown>): ParseResult;
}

/** `<project>:<module>` → the loaded parser, or null when the project does not have it. */
const loaded = new Map<string, EslintParser | null>();
/** Modules already reported missing in this process: one message each, not one per file. */
const reportedMissing = new Set<string>();

function loadParser(module: string, filePath: string): EslintParser | null {
  // From the linted file's folder up (the project's node_modules), then from the plugin's own install.
  const from = [path.join(path.dirname(filePath), 'noop.js'), import.meta.url];
  const key = `${path.dirname(filePath)}:${module}`;
  const cached = loaded.get(key);
  if (cached !== undefined) return cached;
  let parser: EslintParser | null = null;
  for (const base of from) {
    try {
      const required = createRequire(base)(module) as EslintParser & { default?: EslintParser };
      parser = typeof required.parseForESLint === 'function' ? required : (required.default ?? null);
      if (parser) break;
    } catch {
      // not installed where this base resolves: try the next one
    }
  }
  loaded.set(key, parser);
  return parser;
}

export const presetParser: Linter.Parser = {
  meta: { name: 'backend-only/preset-parser', version: '1' },
  parseForESLint(code: string, options: Record<string, unknown> = {}) {
    const filePath = typeof options.filePath === 'string' ? options.filePath : '';
    const component = COMPONENT_PARSERS[path.extname(filePath)];
    if (!component) return tsParser.parseForESLint(code, options as never);
    const parser = loadParser(component.module, filePath);
    if (!parser) {
      if (!reportedMissing.has(component.module)) {
        reportedMissing.add(component.module);
        throw new Error(
          `backend-only: ${path.extname(filePath)} files need ${component.module}, which this project does not have: ${component.install}. ` +
            `Until then the other ${path.extname(filePath)} files are skipped.`,
        );
      }
      return tsParser.parseForESLint('', { ...options, filePath: `${filePath}.ts` } as never);
    }
    return parser.parseForESLint(code, { ...options, parser: options.parser ?? tsParser });
  },
} as unknown as Linter.Parser;
