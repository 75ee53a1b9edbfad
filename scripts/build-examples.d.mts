/** Types for scripts/build-examples.mjs, for the tests that import it. */
export interface Example {
  name: string;
  /** Absolute path of the app's folder. */
  dir: string;
  bundler: 'next' | 'vite' | 'webpack';
  keyEnvs: readonly string[];
  /** Those of keyEnvs that hold a Google `AIza` key rather than an OpenAI one. */
  googleKeyEnvs?: readonly string[];
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
export const BUNDLES_DIR: string;
export const EXAMPLES: readonly Example[];
export const BUNDLES: readonly Example[];
/** The example's fake keys by env name. */
export function ensureFakeKeys(example: Example): Promise<Record<string, string>>;
export function newestMtime(dir: string, skip?: ReadonlySet<string>): Promise<number>;
export function buildExamples(options?: {
  apps?: readonly Example[];
  names?: readonly string[];
  force?: boolean;
  log?: (line: string) => void;
}): Promise<BuildResult[]>;
