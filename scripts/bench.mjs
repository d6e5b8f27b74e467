// `npm run bench [name…]`: runs test/bench/<name>.bench.ts (all when no name) and prints their BENCH lines.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const all = readdirSync(`${root}test/bench`)
  .filter((file) => file.endsWith('.bench.ts'))
  .map((file) => file.replace(/\.bench\.ts$/, ''));
const wanted = process.argv.slice(2).filter((arg) => arg !== '--');
const unknown = wanted.filter((name) => !all.includes(name));
if (unknown.length) {
  console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Available: ${all.join(', ')}`);
  process.exit(2);
}
let failures = 0;
for (const name of wanted.length ? wanted : all) {
  console.error(`# bench ${name}`);
  // --expose-gc: benches that report memory collect garbage first (global.gc), so they count what is kept.
  const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --expose-gc`.trim() };
  const result = spawnSync('npx', ['tsx', `test/bench/${name}.bench.ts`], {
    cwd: root,
    stdio: 'inherit',
    env,
  });
  if (result.status !== 0) failures++;
}
process.exit(failures ? 1 : 0);
