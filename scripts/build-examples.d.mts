/** Types for scripts/build-examples.mjs, for the tests that import it. */
export interface Example {
  name: string;
  bundler: 'next' | 'vite';
  keyEnvs: readonly string[];
  clientOutput: string;
  marker: string;
  leaky: boolean;
}
export interface BuildResult {
  name: string;
  status: 'built' | 'fresh';
  ms: number;
}
export const EXAMPLES_DIR: string;
export const EXAMPLES: readonly Example[];
/** The example's fake keys by env name. */
export function ensureFakeKeys(example: Example): Promise<Record<string, string>>;
export function newestMtime(dir: string, skip?: ReadonlySet<string>): Promise<number>;
export function buildExamples(options?: { names?: readonly string[]; force?: boolean; log?: (line: string) => void }): Promise<BuildResult[]>;
