/**
 * The judging logic of `pnpm eval:repos` (scripts/eval-repos.mjs): how reports meet the verdicts a person wrote,
 * how leaks count as found, and the targets. The linting itself needs real checkouts and is not run here.
 */
import { describe, expect, it } from 'vitest';
import { judge, summarize, targets } from '../scripts/eval-repos.mjs';

const reports = [
  { rule: 'no-client-ai-sdk', file: 'src/lib/openai.ts', line: 1 },
  { rule: 'no-public-secret-env', file: 'src/lib/openai.ts', line: 3 },
  { rule: 'no-client-ai-sdk', file: 'src/App.tsx', line: 2 },
  { rule: 'no-client-ai-sdk', file: 'src/main.tsx', line: 4 },
];
const verdicts = {
  reports: [
    { rule: 'no-client-ai-sdk', file: 'src/lib/openai.ts', line: 1, verdict: 'right' as const, leak: 'L1' },
    { rule: 'no-public-secret-env', file: 'src/lib/openai.ts', line: 3, verdict: 'right' as const, leak: 'L1' },
    { rule: 'no-client-ai-sdk', file: 'src/App.tsx', line: 2, verdict: 'wrong' as const, cause: 'importer' },
  ],
  leaks: [
    { id: 'L1', file: 'src/lib/openai.ts' },
    { id: 'L2', file: 'src/config.ts', line: 7 },
  ],
};

describe('eval:repos judging', () => {
  it('matches verdicts by rule, file and line and leaves the rest unjudged', () => {
    const judged = judge({ reports }, verdicts);
    expect([judged.right, judged.wrong, judged.unjudged]).toEqual([2, 1, 1]);
    expect(judged.reports[2]).toMatchObject({ verdict: 'wrong', cause: 'importer' });
    expect(judged.reports[3].verdict).toBeUndefined();
  });

  it('counts a leak as found only through a report right for it, and the most reports for one leak', () => {
    const judged = judge({ reports }, verdicts);
    expect(judged.leaks.map((l) => [l.id, l.found, l.reports])).toEqual([
      ['L1', true, 2],
      ['L2', false, 0],
    ]);
    expect(judged.maxReportsPerLeak).toBe(2);
    // A wrong report at the leak's file does not find it.
    const wrongOnly = judge({ reports: [reports[0]] }, { reports: [{ ...verdicts.reports[0], verdict: 'wrong', leak: undefined }], leaks: [verdicts.leaks[0]] });
    expect(wrongOnly.leaksFound).toBe(0);
  });

  it('sums repositories, skipping crashed and missing ones, and computes the targets', () => {
    const judged = { repo: 'a/b', files: 41, reports: judge({ reports }, verdicts).reports, parseErrors: [], cpuMs: 1, ms: 1, ...judge({ reports }, verdicts) };
    const totals = summarize([judged, { repo: 'c/d', crashed: 'exit 1' }, { repo: 'e/f', missing: true }]);
    expect(totals).toMatchObject({ repos: 1, crashed: 1, missing: 1, files: 41, right: 2, wrong: 1, filesWithWrongReports: 1, causes: { importer: 1 } });
    expect(targets(totals)).toEqual({ rightShare: 2 / 3, cleanFilesPerWrong: 40 });
  });
});
