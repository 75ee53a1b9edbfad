/** Types for scripts/eval-repos.mjs, for the test that imports its judging logic. */
export interface EvalReport {
  rule: string;
  file: string;
  line: number;
  message?: string;
}
export interface Verdict {
  rule: string;
  file: string;
  line: number;
  verdict: 'right' | 'wrong';
  cause?: string;
  leak?: string;
  note?: string;
}
export interface Leak {
  id: string;
  file: string;
  line?: number;
  what?: string;
}
export interface Judged {
  reports: (EvalReport & Partial<Verdict>)[];
  right: number;
  wrong: number;
  unjudged: number;
  leaks: (Leak & { found: boolean; reports: number })[];
  leaksFound: number;
  leaksMissed: number;
  maxReportsPerLeak: number;
}
export const IGNORES: readonly string[];
export function judge(run: { reports: EvalReport[] }, judged?: { reports?: Verdict[]; leaks?: Leak[] }): Judged;
export function summarize(repos: object[]): Record<string, unknown> & { files: number; right: number; wrong: number; filesWithWrongReports: number; maxReportsPerLeak: number; causes: Record<string, number> };
export function targets(totals: { right: number; wrong: number; files: number; filesWithWrongReports: number }): { rightShare?: number; cleanFilesPerWrong: number };
