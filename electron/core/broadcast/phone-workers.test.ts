// Big imports normalize on worker threads with exactly the results of this thread.
import { describe, expect, it } from 'vitest';
import { normalizePhone } from '../../../shared/phone';
import { normalizePhones, startPhoneWorkers, WORKER_THRESHOLD, workerStats } from './phone-workers';

describe('normalizePhones', () => {
  it('uses worker threads for a big list and returns what normalizePhone returns, in order', async () => {
    const values = Array.from({ length: WORKER_THRESHOLD + 1000 }, (_, i) =>
      i % 50 === 0
        ? `tidak ada ${i}`
        : i % 3
          ? `0812-${String(10_000_000 + i * 37).slice(0, 8)}`
          : `+62 857 ${i}`,
    );
    const before = workerStats.workerRuns;
    const workers = startPhoneWorkers(3)!;
    const result = await normalizePhones(values, 'ID', workers);
    workers.close();
    expect(workerStats.workerRuns).toBe(before + 1);
    expect(result).toEqual(values.map((v) => normalizePhone(v, 'ID')));
  });

  it('normalizes a small list in this thread', async () => {
    const before = workerStats.workerRuns;
    expect(await normalizePhones(['0812 3456 7001', 'x'], 'ID')).toEqual(['6281234567001', null]);
    expect(workerStats.workerRuns).toBe(before);
  });
});
