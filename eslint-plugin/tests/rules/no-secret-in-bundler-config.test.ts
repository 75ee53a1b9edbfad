import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/no-secret-in-bundler-config.js';

const ruleTester = new RuleTester();
const everyVar = (source: string) => `every environment variable, secrets included (${source})`;

ruleTester.run('no-secret-in-bundler-config', rule, {
  valid: [
    // Not a bundler config file: the rule stays silent.
    { code: "export default { define: { 'process.env.OPENAI_API_KEY': JSON.stringify(process.env.OPENAI_API_KEY) } };", filename: 'src/settings.ts' },
    // A version string in define is no secret.
    { code: "export default defineConfig({ define: { __APP_VERSION__: JSON.stringify(pkg.version), 'process.env.NODE_ENV': JSON.stringify(process.env.NODE_ENV) } });", filename: 'vite.config.ts' },
    // A public value in next.config env.
    { code: 'module.exports = { env: { SITE_URL: process.env.SITE_URL } };', filename: 'next.config.js' },
    // loadEnv without a prefix argument loads only VITE_ variables, which are public anyway.
    { code: "export default defineConfig(({ mode }) => { const env = loadEnv(mode, process.cwd()); return { define: { ...env } }; });", filename: 'vite.config.ts' },
    // loadEnv('') read on the server side of the config, never defined into the bundle.
    { code: "export default defineConfig(({ mode }) => { const env = loadEnv(mode, process.cwd(), ''); return { server: { port: Number(env.PORT) }, plugins: [api(env.OPENAI_API_KEY)] }; });", filename: 'vite.config.ts' },
    // Public prefixes only.
    { code: "export default defineConfig({ envPrefix: ['VITE_', 'PUBLIC_', 'APP_'] });", filename: 'vite.config.mts' },
    // Blanking a secret out with 'undefined' is the opposite of a leak.
    { code: "export default defineConfig({ define: { 'process.env.OPENAI_API_KEY': 'undefined' } });", filename: 'vite.config.ts' },
    // Nuxt: the private runtimeConfig is the right place for a key; public holds a URL.
    { code: "export default defineNuxtConfig({ runtimeConfig: { openaiApiKey: process.env.OPENAI_API_KEY, public: { apiBase: '/api' } } });", filename: 'nuxt.config.ts' },
    // webpack: NODE_ENV is no secret.
    { code: "module.exports = { plugins: [new webpack.EnvironmentPlugin(['NODE_ENV', 'DEBUG'])] };", filename: 'webpack.config.js' },
    // `env` outside next.config means something else (e.g. a test environment).
    { code: "export default defineConfig({ test: { env: { OPENAI_API_KEY: 'test' } } });", filename: 'vite.config.ts' },
  ],
  invalid: [
    // next.config env with a secret-named key, CommonJS.
    {
      code: 'module.exports = {\n  env: { OPENAI_API_KEY: process.env.OPENAI_API_KEY },\n};',
      filename: 'next.config.js',
      errors: [{ messageId: 'nextEnv', line: 2, column: 10, endColumn: 52, data: { what: "the secret 'OPENAI_API_KEY'" } }],
    },
    // next.config env held in a const: the key name is harmless, the value reads a secret.
    {
      code: 'const nextConfig = { env: { AI_TOKEN: process.env.ANTHROPIC_API_KEY } };\nexport default nextConfig;',
      filename: 'next.config.mjs',
      errors: [{ messageId: 'nextEnv', line: 1, column: 29, data: { what: "the secret 'ANTHROPIC_API_KEY'" } }],
    },
    // next.config env spreading the whole environment.
    {
      code: 'const config: NextConfig = { env: { ...process.env } };\nexport default config;',
      filename: 'next.config.ts',
      errors: [{ messageId: 'nextEnv', line: 1, column: 37, data: { what: everyVar('process.env') } }],
    },
    // A value bound to a destructured secret env var.
    {
      code: 'const { OPENAI_API_KEY } = process.env;\nmodule.exports = { env: { KEY: OPENAI_API_KEY } };',
      filename: 'next.config.cjs',
      errors: [{ messageId: 'nextEnv', line: 2, column: 27, data: { what: "the secret 'OPENAI_API_KEY'" } }],
    },
    // Vite define of process.env.X with a secret.
    {
      code: "export default defineConfig({ define: { 'process.env.OPENAI_API_KEY': JSON.stringify(process.env.OPENAI_API_KEY) } });",
      filename: 'vite.config.ts',
      errors: [{ messageId: 'define', line: 1, column: 41, data: { where: 'define', what: "the secret 'OPENAI_API_KEY'" } }],
    },
    // Vite define of process.env itself.
    {
      code: "export default defineConfig({ define: { 'process.env': process.env } });",
      filename: 'vite.config.js',
      errors: [{ messageId: 'define', line: 1, column: 41, data: { where: 'define', what: everyVar('process.env') } }],
    },
    // loadEnv(mode, dir, '') loads every variable; defining it as process.env ships them all.
    {
      code: "export default defineConfig(({ mode }) => {\n  const env = loadEnv(mode, process.cwd(), '');\n  return { define: { 'process.env': env } };\n});",
      filename: 'vite.config.ts',
      errors: [{ messageId: 'define', line: 3, column: 22, data: { where: 'define', what: everyVar('env') } }],
    },
    // loadEnv('') spread into define.
    {
      code: "export default defineConfig(({ mode }) => {\n  const env = loadEnv(mode, process.cwd(), '');\n  return { define: { ...env } };\n});",
      filename: 'vite.config.ts',
      errors: [{ messageId: 'define', line: 3, column: 22, data: { where: 'define', what: everyVar('env') } }],
    },
    // One secret from loadEnv('') under a made-up define name.
    {
      code: "export default defineConfig(({ mode }) => {\n  const env = loadEnv(mode, process.cwd(), '');\n  return { define: { __AI__: JSON.stringify(env.OPENAI_API_KEY) } };\n});",
      filename: 'vite.config.ts',
      errors: [{ messageId: 'define', line: 3, column: 22, data: { where: 'define', what: "the secret 'OPENAI_API_KEY'" } }],
    },
    // import.meta.env define in an Astro config's vite block.
    {
      code: "export default defineConfig({ vite: { define: { 'import.meta.env.GROQ_API_KEY': JSON.stringify(process.env.GROQ_API_KEY) } } });",
      filename: 'astro.config.mjs',
      errors: [{ messageId: 'define', line: 1, column: 49, data: { where: 'define', what: "the secret 'GROQ_API_KEY'" } }],
    },
    // envPrefix '' exposes everything (arrow-function config).
    {
      code: "export default defineConfig(() => ({ envPrefix: '' }));",
      filename: 'vite.config.ts',
      errors: [{ messageId: 'envPrefix', line: 1, column: 49, endColumn: 51, data: { option: 'envPrefix', prefix: "''", what: 'every environment variable, secrets included' } }],
    },
    // A prefix list with a provider's prefix.
    {
      code: "export default defineConfig({ envPrefix: ['VITE_', 'OPENAI_'] });",
      filename: 'vite.config.ts',
      errors: [{ messageId: 'envPrefix', line: 1, column: 52, data: { option: 'envPrefix', prefix: "'OPENAI_'", what: 'secrets such as OPENAI_KEY' } }],
    },
    // webpack DefinePlugin with a secret.
    {
      code: "const webpack = require('webpack');\nmodule.exports = { plugins: [new webpack.DefinePlugin({ 'process.env.OPENAI_API_KEY': JSON.stringify(process.env.OPENAI_API_KEY) })] };",
      filename: 'webpack.config.js',
      errors: [{ messageId: 'define', line: 2, column: 57, data: { where: 'DefinePlugin', what: "the secret 'OPENAI_API_KEY'" } }],
    },
    // webpack DefinePlugin of the whole process.env, JSON-encoded.
    {
      code: "module.exports = { plugins: [new DefinePlugin({ 'process.env': JSON.stringify(process.env) })] };",
      filename: 'webpack.prod.config.js',
      errors: [{ messageId: 'define', line: 1, column: 49, data: { where: 'DefinePlugin', what: everyVar('process.env') } }],
    },
    // EnvironmentPlugin, array form.
    {
      code: "module.exports = { plugins: [new webpack.EnvironmentPlugin(['NODE_ENV', 'OPENAI_API_KEY'])] };",
      filename: 'webpack.config.js',
      errors: [{ messageId: 'environmentPlugin', line: 1, column: 73, data: { what: "the secret 'OPENAI_API_KEY'" } }],
    },
    // EnvironmentPlugin, object form with defaults.
    {
      code: "module.exports = { plugins: [new EnvironmentPlugin({ NODE_ENV: 'production', ANTHROPIC_API_KEY: '' })] };",
      filename: 'webpack.config.cjs',
      errors: [{ messageId: 'environmentPlugin', line: 1, column: 78, data: { what: "the secret 'ANTHROPIC_API_KEY'" } }],
    },
    // Nuxt runtimeConfig.public with a secret key name.
    {
      code: 'export default defineNuxtConfig({ runtimeConfig: { public: { openaiApiKey: process.env.NUXT_OPENAI_API_KEY } } });',
      filename: 'nuxt.config.ts',
      errors: [{ messageId: 'publicRuntimeConfig', line: 1, column: 62, data: { where: 'runtimeConfig.public', what: "the secret 'OPENAI_API_KEY'" } }],
    },
    // Nuxt: a nested public group whose value reads a secret.
    {
      code: "export default defineNuxtConfig({ runtimeConfig: { public: { ai: { key: process.env.OPENAI_API_KEY } } } });",
      filename: 'nuxt.config.ts',
      errors: [{ messageId: 'publicRuntimeConfig', line: 1, column: 68, data: { where: 'runtimeConfig.public', what: "the secret 'OPENAI_API_KEY'" } }],
    },
    // additionalSecretNames marks the team's own secret.
    {
      code: 'module.exports = { env: { BILLING_TOKEN: process.env.BILLING_TOKEN } };',
      filename: 'next.config.js',
      options: [{ additionalSecretNames: ['BILLING_*'] }],
      errors: [{ messageId: 'nextEnv', line: 1, column: 27, data: { what: "the secret 'BILLING_TOKEN'" } }],
    },
    // A define object held in a const: a secret-named key is reported even with a literal value.
    {
      code: "const defines = { 'process.env.ANTHROPIC_API_KEY': JSON.stringify('x') };\nexport default defineConfig({ define: defines });",
      filename: 'vite.config.ts',
      errors: [{ messageId: 'define', line: 1, column: 19, data: { where: 'define', what: "the secret 'ANTHROPIC_API_KEY'" } }],
    },
    // rsbuild nests define under `source`.
    {
      code: "export default defineConfig({ source: { define: { 'import.meta.env.OPENAI_API_KEY': JSON.stringify(import.meta.env.OPENAI_API_KEY) } } });",
      filename: 'rsbuild.config.ts',
      errors: [{ messageId: 'define', line: 1, column: 51, data: { where: 'define', what: "the secret 'OPENAI_API_KEY'" } }],
    },
    // SvelteKit's publicPrefix set to '' makes every variable public.
    {
      code: "const config = { kit: { adapter: adapter(), env: { publicPrefix: '' } } };\nexport default config;",
      filename: 'svelte.config.js',
      errors: [{ messageId: 'envPrefix', line: 1, column: 66, data: { option: 'publicPrefix', prefix: "''", what: 'every environment variable, secrets included' } }],
    },
  ],
});
