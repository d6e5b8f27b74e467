// Worker thread of sheet-thread.ts: parses uploaded spreadsheets, keeps each until the user has chosen its sheet
// and columns, then reads, normalizes and dedupes it and posts the contacts back in slices.
import { parentPort } from 'node:worker_threads';
import type { ImportedContact } from './normalize-rows';
import { startPhoneWorkers, type PhoneWorkers } from './phone-workers';
import { inspectWorkbook, prepareImport, type ParsedSheets, type SheetChoice } from './sheet-work';
import type { SheetRequest, SheetReply } from './sheet-thread';

const parsed = new Map<string, ParsedSheets>();
/** A file this big holds tens of thousands of rows: its phone workers start before SheetJS parses it. */
const BIG_FILE_BYTES = 512 * 1024;
const phoneWorkers = new Map<string, PhoneWorkers | null>();
const closeWorkersOf = (token: string) => {
  phoneWorkers.get(token)?.close();
  phoneWorkers.delete(token);
};
/** The app acknowledges each slice once stored: one slice in flight, so its thread never has a backlog to chew. */
const acks = new Map<number, () => void>();
const post = (reply: SheetReply) => parentPort!.postMessage(reply);
/** Errors cross as plain fields: the app rebuilds its AppError (code, message, details) from them. */
const failure = (error: unknown) => {
  const { name, code, message, details } = error as Record<string, unknown>;
  return { name, code, message, details } as SheetReply['error'];
};

parentPort?.on('message', async (request: SheetRequest) => {
  if (request.op === 'ack') return acks.get(request.id)?.();
  try {
    if (request.op === 'inspect') {
      if (request.data.byteLength >= BIG_FILE_BYTES) phoneWorkers.set(request.token, startPhoneWorkers());
      const { tables, sheets } = inspectWorkbook(new Uint8Array(request.data));
      parsed.set(request.token, tables);
      post({ id: request.id, done: { sheets } });
    } else if (request.op === 'drop') {
      parsed.delete(request.token);
      closeWorkersOf(request.token);
      post({ id: request.id, done: {} });
    } else {
      const tables = parsed.get(request.token);
      parsed.delete(request.token);
      if (!tables) throw new Error(`No parsed file for token ${request.token}`);
      await importWith(request.id, tables, request.choice, request.token);
    }
  } catch (error) {
    if (request.op !== 'drop') closeWorkersOf(request.token);
    post({ id: request.id, error: failure(error) });
  }
});

async function importWith(id: number, tables: ParsedSheets, choice: SheetChoice, token: string) {
  // Phone workers of its own (started with the parse of a big file; else normalizeRowsFast starts them if the
  // list turns out big), so normalizing a million numbers uses the machine's other cores too.
  const workers = phoneWorkers.get(token);
  phoneWorkers.delete(token);
  try {
    const stored = (contacts: ImportedContact[], total: number) =>
      new Promise<void>((resolve) => {
        acks.set(id, resolve);
        post({ id, slice: contacts, total });
      });
    const prepared = await prepareImport(tables, choice, stored, workers);
    acks.delete(id);
    post({ id, done: { prepared } });
  } finally {
    workers?.close();
  }
}
