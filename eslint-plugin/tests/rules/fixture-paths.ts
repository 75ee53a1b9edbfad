/** Absolute paths inside the fixture projects (tests/fixtures/frameworks/<name>, each with a package.json naming its framework). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const FRAMEWORKS_DIR = fileURLToPath(new URL('../fixtures/frameworks/', import.meta.url));

export type FixtureProject = 'next' | 'vite' | 'node' | 'remix' | 'sveltekit' | 'nuxt' | 'astro' | 'expo' | 'plain';

/** `at('next', 'app/page.tsx')` → …/fixtures/frameworks/next/app/page.tsx (the file need not exist). */
export function at(project: FixtureProject, file: string): string {
  return path.join(FRAMEWORKS_DIR, project, file);
}

/**
 * How an import chain prints a fixture file. RuleTester lints an absolute filename with the filesystem root as
 * its working directory, and chains are printed relative to the working directory.
 */
export function chainPath(project: FixtureProject, file: string): string {
  const absolute = at(project, file);
  return path.relative(path.parse(absolute).root, absolute).split(path.sep).join('/');
}
