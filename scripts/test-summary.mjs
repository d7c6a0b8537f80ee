// Prints Vitest's JSON report as one closing line: "N passed, N failed[, N skipped]".
import { readFileSync } from 'node:fs';

const file = process.argv[2];
let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch {
  console.log(`no test report at ${file}: the test runner did not finish`);
  console.log('0 passed, 1 failed');
  process.exit(0);
}
const skipped = report.numPendingTests + report.numTodoTests;
// A suite that failed to load has no tests in the counts; count it as a failure.
const brokenSuites = report.testResults.filter(
  (r) => r.status === 'failed' && r.assertionResults.length === 0,
).length;
const failed = report.numFailedTests + brokenSuites;
console.log(
  `${report.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`,
);
