// Worker thread of phone-workers.ts: normalizes its share of a big import's numbers.
import { parentPort } from 'node:worker_threads';
import { normalizePhone } from '../../../shared/phone';

parentPort?.on('message', ({ values, region }: { values: string[]; region: string }) => {
  parentPort!.postMessage(values.map((value) => normalizePhone(value, region)));
});
