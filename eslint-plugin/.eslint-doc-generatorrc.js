/**
 * eslint-doc-generator writes the header of each docs/rules/<id>.md and the rules and configs tables in
 * README.md from the built plugin (`pnpm --filter eslint-plugin-backend-only docs`); `docs:check` fails when
 * they are out of date.
 */
/** @type {import('eslint-doc-generator').GenerateOptions} */
const config = {
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
  ],
  // `all` and the framework presets repeat `recommended`'s rules; listing them in every table adds no information.
  ignoreConfig: ['all', 'next', 'vite', 'react-router', 'sveltekit', 'nuxt', 'astro', 'expo'],
  ruleDocTitleFormat: 'desc-parens-prefix-name',
  // The title already holds the description.
  ruleDocNotices: ['deprecated', 'configs', 'fixableAndHasSuggestions', 'requiresTypeChecking'],
  ruleDocSectionInclude: ['Why', 'Examples'],
  ruleListColumns: ['name', 'description', 'configsError', 'configsWarn', 'hasSuggestions', 'options'],
  urlConfigs: 'https://github.com/backend-only/backend-only/tree/main/eslint-plugin#configs',
};

export default config;
