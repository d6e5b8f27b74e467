// serve-cold-start: seconds from spawning the built headless app to /health answering,
// against a bare Fastify server started the same way (the floor of "node + HTTP server").
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, reportBench } from './report';

const root = new URL('../..', import.meta.url).pathname;
const headless = join(root, 'out/main/headless.js');
const RUNS = 5;

async function timeToHealth(args: string[], port: number): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: root, stdio: 'ignore' });
  try {
    for (;;) {
      const ok = await fetch(`http://127.0.0.1:${port}/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return (performance.now() - started) / 1000;
      if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

if (!existsSync(headless)) throw new Error('Build first: npm run build');
const baselineScript = join(mkdtempSync(join(tmpdir(), 'wa-bench-')), 'baseline.mjs');
writeFileSync(
  baselineScript,
  `import Fastify from '${join(root, 'node_modules/fastify/fastify.js')}';
const app = Fastify(); app.get('/health', async () => ({ status: 'ok' }));
await app.listen({ host: '127.0.0.1', port: Number(process.argv[2]) });`,
);
const ours: number[] = [];
const baseline: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const port = 17800 + run;
  ours.push(
    await timeToHealth(
      [headless, '--data-dir', mkdtempSync(join(tmpdir(), 'wa-bench-')), '--port', String(port)],
      port,
    ),
  );
  baseline.push(await timeToHealth([baselineScript, String(port + 50)], port + 50));
}
reportBench('serve-cold-start', median(ours), 's', '<=1.5');
reportBench('serve-cold-start-baseline', median(baseline), 's', 'info');
reportBench('serve-cold-start-ratio', median(ours) / median(baseline), 'x', 'info');
