// Adds up the vitest JSON reports of `npm test` into one closing line: "N passed, N failed".
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';

const dir = process.argv[2];
const totals = {passed: 0, failed: 0, skipped: 0};
for (const name of existsSync(dir) ? readdirSync(dir) : []) {
  const report = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += report.numFailedTests ?? 0;
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
console.log('');
console.log(
  `tests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
);
