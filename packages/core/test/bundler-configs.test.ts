import { describe, expect, it } from 'vitest';
import { isBundlerConfigFile } from '../src/catalog/bundler-configs.js';

describe('isBundlerConfigFile', () => {
  it('knows bundler and framework config files, in any folder and extension', () => {
    for (const file of [
      'next.config.js',
      'next.config.mjs',
      'apps/web/next.config.ts',
      'vite.config.mts',
      'C:\\app\\vite.config.ts',
      'webpack.config.cjs',
      'webpack.prod.config.js',
      'webpack.config.dev.js',
      'nuxt.config.ts',
      'astro.config.mjs',
      'svelte.config.js',
      'rsbuild.config.ts',
      'electron.vite.config.ts',
    ]) {
      expect(isBundlerConfigFile(file), file).toBe(true);
    }
  });

  it('leaves other files alone', () => {
    for (const file of ['src/config.ts', 'eslint.config.js', 'tailwind.config.ts', 'next.ts', 'app/vite.config.json', 'myvite.config.ts']) {
      expect(isBundlerConfigFile(file), file).toBe(false);
    }
  });
});
