/**
 * Config files of the bundlers and frameworks that can copy env values into client bundles
 * (next.config `env`, Vite `define`/`envPrefix`, webpack `DefinePlugin`, Nuxt `runtimeConfig.public`, …).
 * Sources: each tool's config docs, shared/REFERENCE.md Part B §4.
 */

/** Tool names as they start a config file name: `<name>.config.ts`, also `<name>.<variant>.config.js` and `<name>.config.<variant>.js`. */
export const BUNDLER_CONFIG_TOOLS: readonly string[] = [
  'next',
  'vite',
  'webpack',
  'rspack',
  'rsbuild',
  'nuxt',
  'astro',
  'svelte',
  'remix',
  'vue',
  'quasar',
  'electron.vite',
  'wxt',
  'rollup',
  'tsup',
  'farm',
  'modern',
  // Expo's app.config.js/ts: `extra` is embedded in the app manifest (docs.expo.dev/guides/environment-variables).
  'app',
];

const CONFIG_FILE = new RegExp(
  `^(?:${BUNDLER_CONFIG_TOOLS.map((t) => t.replace(/\./g, '\\.')).join('|')})(?:\\.[\\w-]+)?\\.config(?:\\.[\\w-]+)?\\.[cm]?[jt]s$`,
);

/** Whether a file (path or base name, either slash) is a bundler or framework config file. */
export function isBundlerConfigFile(path: string): boolean {
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  return CONFIG_FILE.test(base);
}
