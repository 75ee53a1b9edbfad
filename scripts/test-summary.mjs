// Prints the last test run's totals as one plain line ("N passed, N failed, N skipped"), read from the JSON
// report `pnpm test` writes, so any CI can read the outcome from the log's last line.
import { readFileSync } from 'node:fs';

const reportPath = new URL('../.cache/vitest-report.json', import.meta.url);
try {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  const skipped = report.numPendingTests + report.numTodoTests;
  console.log(`tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`);
} catch (error) {
  console.log(`tests: 0 passed, 1 failed (no test report: ${error.message})`);
  process.exitCode = 1;
}
