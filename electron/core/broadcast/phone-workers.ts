// Normalizes the numbers of a big import on worker threads: libphonenumber's parse + validity check is ~9 µs a
// number, the largest part of importing a 100,000-row sheet after SheetJS itself. Small lists, and any
// environment where a worker cannot start (the worker file missing, a packaged app that refuses it), normalize
// in this thread with the very same function.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { normalizePhone } from '../../../shared/phone';

/** Below this many distinct numbers a worker's start-up (~100–250 ms) costs more than it saves. */
export const WORKER_THRESHOLD = 20_000;

/** How many imports went through workers and how many fell back to this thread (tests, the benchmark). */
export const workerStats = { workerRuns: 0, fallbacks: 0 };

/** WASENDER_IMPORT_THREADS overrides the count (1 = no workers). */
const defaultThreads = () =>
  Number(process.env.WASENDER_IMPORT_THREADS) || Math.min(4, availableParallelism());

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

function ask(worker: Worker, values: string[], region: string): Promise<(string | null)[]> {
  return new Promise((resolve, reject) => {
    const fail = (error: unknown) => {
      worker.off('message', done);
      reject(error instanceof Error ? error : new Error(`normalize worker exited with ${String(error)}`));
    };
    const done = (result: (string | null)[]) => {
      worker.off('error', fail).off('exit', fail);
      resolve(result);
    };
    worker.once('message', done).once('error', fail).once('exit', fail);
    worker.postMessage({ values, region });
  });
}

export interface PhoneWorkers {
  normalize(values: string[], region: string): Promise<(string | null)[]>;
  close(): void;
}

/**
 * Starts threads − 1 workers now (this thread does a share too), so they load while SheetJS parses here; null on
 * a one-core machine. Always close() them (normalize does not).
 */
export function startPhoneWorkers(threads = defaultThreads()): PhoneWorkers | null {
  if (threads < 2) return null;
  let workers: Worker[] = [];
  try {
    workers = Array.from({ length: threads - 1 }, startWorker);
  } catch {
    return null;
  }
  // A worker that fails to start reports it as an 'error' event; normalize() then falls back.
  const ignore = () => {};
  workers.forEach((worker) => worker.on('error', ignore));
  return {
    async normalize(values, region) {
      const size = Math.ceil(values.length / (workers.length + 1));
      try {
        // Posted first, so the workers run while this thread normalizes the first share.
        const asked = workers.map((worker, i) =>
          ask(worker, values.slice((i + 1) * size, (i + 2) * size), region),
        );
        const own = inline(values.slice(0, size), region);
        const parts = await Promise.all(asked);
        workerStats.workerRuns++;
        return [own, ...parts].flat();
      } catch {
        workerStats.fallbacks++;
        return inline(values, region);
      }
    },
    close() {
      workers.forEach((worker) => void worker.terminate());
    },
  };
}

/** Would a list of this many numbers go to workers on this machine? */
export const workersWanted = (count: number): boolean => count >= WORKER_THRESHOLD && defaultThreads() >= 2;

/** `workers`: already started (see startPhoneWorkers); without them a big list starts and stops its own. */
export async function normalizePhones(
  values: string[],
  region: string,
  workers?: PhoneWorkers | null,
): Promise<(string | null)[]> {
  if (values.length < WORKER_THRESHOLD) return inline(values, region);
  const own = workers === undefined ? startPhoneWorkers() : null;
  const pool = workers ?? own;
  if (!pool) return inline(values, region);
  try {
    return await pool.normalize(values, region);
  } finally {
    own?.close();
  }
}
