// Prints the last test run's totals as one plain line ("N passed, N failed, N skipped"), read from the JSON
// report `pnpm test` writes, so any CI can read the outcome from the log's last line.
import { readFileSync } from 'node:fs';

const reportPath = new URL('../.cache/vitest-report.json', import.meta.url);
try {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  const skipped = report.numPendingTests + report.numTodoTests;
  // A test file that fails to load has no failed test in it, but it failed: count it.
  const failed = report.numFailedTests + report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.every((t) => t.status !== 'failed')).length;
  console.log(`tests: ${report.numPassedTests} passed, ${failed} failed, ${skipped} skipped`);
  if (failed > 0 || !report.success) process.exitCode = 1;
} catch (error) {
  console.log(`tests: 0 passed, 1 failed (no test report: ${error.message})`);
  process.exitCode = 1;
}
