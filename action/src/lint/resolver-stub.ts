/**
 * Stands in for oxc-resolver inside the Action's bundle (action/build.mjs aliases it here): the real one
 * is a native addon per platform, which a committed single-directory bundle cannot carry. This one
 * resolves relative imports to files of the checkout, which is what the plugin's import walk needs most
 * in a PR; bare specifiers stay unresolved, and the plugin still recognises AI SDKs by their names.
 */
import { statSync } from 'node:fs';
import path from 'node:path';

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '.vue', '.svelte'];
/** TypeScript ESM writes `./ai.js` for `./ai.ts`. */
const SOURCE_FOR = { '.js': ['.ts', '.tsx'], '.mjs': ['.mts'], '.cjs': ['.cts'] } as Record<string, string[]>;

function isFile(candidate: string): boolean {
  try {
    return statSync(candidate).isFile();
  } catch {
    return false;
  }
}

export class ResolverFactory {
  resolveFileSync(fromFile: string, specifier: string): { path?: string; error?: string } {
    if (!specifier.startsWith('./') && !specifier.startsWith('../')) return { error: `${specifier}: packages are not resolved in the Action` };
    const base = path.resolve(path.dirname(fromFile), specifier);
    const ext = path.extname(base);
    const candidates = [
      base,
      ...(SOURCE_FOR[ext] ?? []).map((alt) => base.slice(0, -ext.length) + alt),
      ...EXTENSIONS.map((e) => base + e),
      ...EXTENSIONS.map((e) => path.join(base, `index${e}`)),
    ];
    const found = candidates.find(isFile);
    return found ? { path: found } : { error: `${specifier}: not found from ${fromFile}` };
  }

  clearCache(): void {}
}
