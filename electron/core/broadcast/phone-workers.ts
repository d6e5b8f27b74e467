// Normalizes the numbers of a big import on worker threads: libphonenumber's parse + validity check is ~9 µs a
// number, the largest part of importing a 100,000-row sheet after SheetJS itself. Small lists, and any
// environment where a worker cannot start (the worker file missing, a packaged app that refuses it), normalize
// in this thread with the very same function.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { normalizePhone } from '../../../shared/phone';

/** Below this many distinct numbers a worker's start-up (~100 ms) costs more than it saves. */
export const WORKER_THRESHOLD = 20_000;

const inline = (values: string[], region: string) => values.map((value) => normalizePhone(value, region));

function startWorker(): Worker {
  const here = import.meta.url;
  // The build emits the worker as .js beside the bundle (electron.vite.config.ts). From source (tests,
  // benchmarks) it is TypeScript: a bootstrap registers tsx in the worker first (`--import tsx` in execArgv
  // does not reach worker threads on Node 20). `here` is a variable so bundlers leave these URLs alone.
  if (!here.endsWith('.ts')) return new Worker(new URL('./normalize-worker.js', here));
  const source = JSON.stringify(new URL('./normalize-worker.ts', here).href);
  return new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${source}); });`, {
    eval: true,
  });
}

function runWorker(values: string[], region: string): Promise<(string | null)[]> {
  return new Promise((resolve, reject) => {
    const worker = startWorker();
    worker.once('message', (result: (string | null)[]) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`normalize worker exited with ${code}`)));
    worker.postMessage({ values, region });
  });
}

export const workerStats = { workerRuns: 0, fallbacks: 0 };

export async function normalizePhones(values: string[], region: string): Promise<(string | null)[]> {
  const threads = Math.min(4, availableParallelism());
  if (values.length < WORKER_THRESHOLD || threads < 2) return inline(values, region);
  const size = Math.ceil(values.length / threads);
  const chunks = Array.from({ length: threads }, (_, i) => values.slice(i * size, (i + 1) * size));
  try {
    const results = (await Promise.all(chunks.map((chunk) => runWorker(chunk, region)))).flat();
    workerStats.workerRuns++;
    return results;
  } catch {
    workerStats.fallbacks++;
    return inline(values, region);
  }
}
