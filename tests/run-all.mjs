// The README's test command: build, type check (one check), Electronegativity over the build (one check, offline), the
// literal-string lint over renderer/ and electron/pdf/ (one check: eslint-plugin-i18next), the dead-code check
// (one check: knip, unused files, exports, types and dependencies), unit tests
// (vitest), end-to-end tests (Playwright in Chromium), then one summary line over all of them:
// "Summary: N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

// Not Playwright's outputDir (test-results/), which it empties when it starts.
const RESULTS = 'test-reports';
const UNIT_JSON = `${RESULTS}/unit-results.json`;
const E2E_JSON = `${RESULTS}/e2e-results.json`;

function run(command, args) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', env: process.env }).status ?? 1;
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });
console.log(`Node ${process.version}`);

if (run('electron-vite', ['build']) !== 0) {
  console.log('\nSummary: 0 passed, 1 failed (the build failed)');
  process.exit(1);
}
// vitest and Playwright strip types without checking them: the strict type check is a check of its own.
const typecheckPassed = run('tsc', ['--noEmit', '-p', 'tsconfig.json']) === 0;
// Installs tools/electronegativity on first use (its own lockfile), scans out/, fails on findings.
const electronegativityStatus = run(process.execPath, ['tools/electronegativity/run.ts']);
// Installs tools/eslint on first use (its own lockfile); fails on any word written into the screens or the PDF code.
const literalsPassed = run(process.execPath, ['tools/eslint/run.ts']) === 0;
// Installs tools/knip on first use (its own lockfile); fails on any unused file, export, type or dependency.
const deadCodePassed = run(process.execPath, ['tools/knip/run.ts']) === 0;
const unitStatus = run('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile=${UNIT_JSON}`]);
const e2eStatus = run('playwright', ['test']);

const unit = readJson(UNIT_JSON);
const e2e = readJson(E2E_JSON);
const electronegativityPassed = electronegativityStatus === 0;
const checks = [electronegativityPassed, typecheckPassed, literalsPassed, deadCodePassed];
const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0) + checks.filter(Boolean).length;
const failed = (unit?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0) + (unit ? 0 : 1) + (e2e ? 0 : 1) + checks.filter((ok) => !ok).length;
const skipped = (unit?.numPendingTests ?? 0) + (unit?.numTodoTests ?? 0) + (e2e?.stats?.skipped ?? 0);

console.log(`\nunit (vitest): ${unit ? `${unit.numPassedTests} passed, ${unit.numFailedTests} failed` : 'no results'}`);
console.log(`end-to-end (Playwright): ${e2e ? `${e2e.stats.expected} passed, ${e2e.stats.unexpected} failed, ${e2e.stats.skipped} skipped` : 'no results'}`);
console.log(`electronegativity (out/): ${electronegativityPassed ? '1 passed' : '1 failed'} (test-reports/electronegativity.json)`);
console.log(`type check (tsc --noEmit): ${typecheckPassed ? '1 passed' : '1 failed'}`);
console.log(`literal strings (eslint, renderer/ and electron/pdf/): ${literalsPassed ? '1 passed' : '1 failed'} (test-reports/eslint.json)`);
console.log(`dead code (knip): ${deadCodePassed ? '1 passed' : '1 failed'} (test-reports/knip.json)`);
console.log(`Summary: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(unitStatus === 0 && e2eStatus === 0 && checks.every(Boolean) && failed === 0 ? 0 : 1);
