// `npm test`: typecheck, lint, format check, build, then every vitest suite (unit, integration, emulator, e2e).
// Ends with the one line CI reads: "N passed, N failed" (checks count as one test each).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
/** Written by the e2e helpers (test/e2e/helpers.ts: failuresLog) when an e2e test fails. */
const e2eFailuresLog = `${root}test-results/e2e-failures.log`;
let passed = 0;
let failed = 0;
/** The failed tests' names and first error lines, repeated at the end where a CI log's tail shows them. */
const failures = [];
const stripAnsi = (text) => text.replace(/\x1b\[[0-9;]*m/g, '');

function failedTests(report) {
  return report.testResults.flatMap((file) =>
    file.assertionResults
      .filter((test) => test.status === 'failed')
      .map((test) => {
        const message = stripAnsi(test.failureMessages?.[0] ?? '')
          .split('\n')
          .filter((line) => !line.includes('node_modules'))
          .slice(0, 6)
          .join('\n  ');
        return `✖ ${file.name.replace(root, '')} › ${test.fullName}\n  ${message}`;
      }),
  );
}

function step(name, command, args) {
  const started = Date.now();
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✖'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (ok) passed++;
  else failed++;
  return ok;
}

step('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
step('lint', 'npx', ['eslint', '.']);
step('format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']);
const built = step('build', 'npx', ['electron-vite', 'build']);

mkdirSync(`${root}test-results`, { recursive: true });

/** One vitest run; its JSON report is added to the totals. */
function vitest(name, args) {
  const resultsFile = `${root}test-results/vitest-${name}.json`;
  rmSync(resultsFile, { force: true });
  console.log(`\n▶ ${name}: vitest run ${args.join(' ')}`);
  const reporters = ['--reporter=default', '--reporter=json', `--outputFile.json=${resultsFile}`];
  spawnSync('npx', ['vitest', 'run', ...reporters, ...args], { cwd: root, stdio: 'inherit' });
  if (!existsSync(resultsFile)) {
    console.error(`vitest (${name}) produced no results file`);
    failed++;
    return;
  }
  const report = JSON.parse(readFileSync(resultsFile, 'utf8'));
  failures.push(...failedTests(report));
  passed += report.numPassedTests;
  failed += report.numFailedTests + report.numPendingTests + report.numTodoTests;
  // A test file that fails to load has no tests but is a failure all the same.
  failed += report.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  ).length;
}

const only = process.argv.slice(2);
if (only.length) vitest('selected', only);
else {
  vitest('unit-integration', ['--exclude', 'test/e2e/**']);
  // Each e2e file runs a server, Chromium and often the emulator: one file at a time on 2 cores.
  rmSync(e2eFailuresLog, { force: true });
  if (built) vitest('e2e', ['test/e2e', '--no-file-parallelism']);
  else failed++;
}
if (failures.length) {
  console.log(`\nFailed tests, in the order they ran (${failures.length}):`);
  // The first failures usually explain the ones after them; show those in full, then the names only.
  failures.forEach((failure, index) => console.log(index < 5 ? failure : failure.split('\n')[0]));
  if (existsSync(e2eFailuresLog))
    console.log(
      `\nWhat the first failed e2e test left:\n${readFileSync(e2eFailuresLog, 'utf8').slice(0, 2500)}`,
    );
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
