// `npm test`: typecheck, lint, format check, build, then every vitest suite (unit, integration, emulator, e2e).
// Ends with the one line CI reads: "N passed, N failed" (checks count as one test each).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const resultsFile = `${root}test-results/vitest.json`;
let passed = 0;
let failed = 0;

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
rmSync(resultsFile, { force: true });
const vitestArgs = [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${resultsFile}`,
];
if (!built) vitestArgs.push('--exclude', 'test/e2e/**');
spawnSync('npx', [...vitestArgs, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });

if (existsSync(resultsFile)) {
  const report = JSON.parse(readFileSync(resultsFile, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests + report.numPendingTests + report.numTodoTests;
  // A test file that fails to load has no tests but is a failure all the same.
  failed += report.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  ).length;
} else {
  console.error('vitest produced no results file');
  failed++;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
