// The app's side of spreadsheet imports: each uploaded file is parsed and later imported on a worker thread
// (sheet-worker.ts), so the app's thread only stores the contacts it receives in slices. Where the worker cannot
// start (its file missing, a packaged app that refuses threads) the same functions run in this thread.
import { randomBytes } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { AppError, appError } from '../errors';
import type { SheetSummary } from './import-sheet';
import type { ImportedContact } from './normalize-rows';
import { startPhoneWorkers } from './phone-workers';
import {
  inspectWorkbook,
  prepareImport,
  type ParsedSheets,
  type PreparedImport,
  type SheetChoice,
} from './sheet-work';

export type SheetRequest =
  | { op: 'inspect'; id: number; token: string; data: ArrayBuffer }
  | { op: 'import'; id: number; token: string; choice: SheetChoice }
  | { op: 'drop'; id: number; token: string }
  | { op: 'ack'; id: number };
export interface SheetReply {
  id: number;
  slice?: ImportedContact[];
  /** With a slice: how many contacts the whole import stores. */
  total?: number;
  done?: { sheets?: SheetSummary[]; prepared?: PreparedImport };
  error?: { name?: string; code?: string; message: string; details?: unknown };
}

/** Receives a slice of contacts to store; resolving it asks for the next one. */
export type SliceSink = (contacts: ImportedContact[], total: number) => Promise<void>;

export interface SheetThread {
  inspect(data: Uint8Array): Promise<{ token: string; sheets: SheetSummary[] }>;
  importSheet(token: string, choice: SheetChoice, sink: SliceSink): Promise<PreparedImport>;
  drop(token: string): void;
  close(): Promise<void>;
}

const newToken = () => randomBytes(12).toString('base64url');

function startWorker(): Worker {
  // Same layout as phone-workers.ts: built as sheet-worker.js beside the bundle; from source through tsx.
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./sheet-worker.js', here));
  const source = JSON.stringify(new URL('./sheet-worker.ts', here).href);
  return new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${source}); });`, {
    eval: true,
  });
}

function rebuild(error: NonNullable<SheetReply['error']>): Error {
  if (error.name === 'AppError' && error.code)
    return new AppError(
      error.code as ConstructorParameters<typeof AppError>[0],
      error.message,
      error.details,
    );
  return new Error(error.message);
}

/** The worker-backed thread; started on first use, ended when no parsed file waits (it may hold a lot). */
export function createSheetThread(): SheetThread {
  let worker: Worker | null = null;
  let nextId = 1;
  const waiting = new Map<
    number,
    { resolve: (done: SheetReply['done']) => void; reject: (e: Error) => void; sink?: SliceSink }
  >();
  const held = new Set<string>();

  const stopIfIdle = () => {
    if (worker && held.size === 0 && waiting.size === 0) void worker.terminate();
    if (held.size === 0 && waiting.size === 0) worker = null;
  };
  const ensure = () => {
    if (worker) return worker;
    const started = startWorker();
    started.unref(); // a file waiting for its columns must not keep a closing app (or a test run) alive
    started.on('message', async (reply: SheetReply) => {
      const call = waiting.get(reply.id);
      if (!call) return;
      if (reply.slice) {
        try {
          await call.sink!(reply.slice, reply.total ?? reply.slice.length);
          started.postMessage({ op: 'ack', id: reply.id } satisfies SheetRequest);
        } catch (error) {
          waiting.delete(reply.id);
          call.reject(error as Error);
        }
        return;
      }
      waiting.delete(reply.id);
      if (reply.error) call.reject(rebuild(reply.error));
      else call.resolve(reply.done);
    });
    const fail = (error: unknown) => {
      if (worker === started) worker = null;
      held.clear();
      for (const call of waiting.values())
        call.reject(error instanceof Error ? error : new Error(`sheet worker exited with ${String(error)}`));
      waiting.clear();
    };
    started.on('error', fail).on('exit', (code) => code !== 0 && code !== 1 && fail(code));
    worker = started;
    return started;
  };
  const ask = (request: SheetRequest, sink?: SliceSink, transfer: ArrayBuffer[] = []) =>
    new Promise<SheetReply['done']>((resolve, reject) => {
      waiting.set(request.id, { resolve, reject, sink });
      ensure().postMessage(request, transfer);
    });

  return {
    async inspect(data) {
      const token = newToken();
      // A copy of exactly these bytes that the worker then owns: a Buffer is often a view into a shared pool,
      // and the caller's buffer stays usable.
      const copy = new Uint8Array(data).buffer as ArrayBuffer;
      held.add(token);
      try {
        const done = await ask({ op: 'inspect', id: nextId++, token, data: copy }, undefined, [copy]);
        return { token, sheets: done!.sheets! };
      } catch (error) {
        held.delete(token);
        stopIfIdle();
        throw error;
      }
    },
    async importSheet(token, choice, sink) {
      held.delete(token);
      try {
        return (await ask({ op: 'import', id: nextId++, token, choice }, sink))!.prepared!;
      } finally {
        stopIfIdle();
      }
    },
    drop(token) {
      if (!held.delete(token) || !worker) return;
      void ask({ op: 'drop', id: nextId++, token }).finally(stopIfIdle);
    },
    async close() {
      held.clear();
      await worker?.terminate();
      worker = null;
    },
  };
}

/** The same work in this thread, for where a worker cannot run. */
export function createInlineSheetThread(): SheetThread {
  const parsed = new Map<string, ParsedSheets>();
  return {
    async inspect(data) {
      const token = newToken();
      const { tables, sheets } = inspectWorkbook(data);
      parsed.set(token, tables);
      return { token, sheets };
    },
    async importSheet(token, choice, sink) {
      const tables = parsed.get(token);
      parsed.delete(token);
      if (!tables) throw appError('not_found', 'upload_expired');
      const workers = startPhoneWorkers();
      try {
        return await prepareImport(tables, choice, sink, workers);
      } finally {
        workers?.close();
      }
    },
    drop: (token) => void parsed.delete(token),
    close: async () => parsed.clear(),
  };
}
