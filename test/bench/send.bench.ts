// send: 1,000 /send-message over HTTP against 1,000 raw Baileys sendMessage on the same session and emulator,
// sequential (latency) and 50 concurrent (throughput), in interleaved batches so drift hits both alike.
// The HTTP client runs in its own process, as a customer's script does; between batches the emulated phone
// drains, so neither path is billed for the other's decryption work in this process.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { startEmulator } from '../emulator/index';
import { linkDeviceByQr, startCoreAgainst } from '../support/wa-harness';
import { median, percentile, reportBench } from './report';

const COUNT = 1000;
const BATCH = 100;
const CONCURRENCY = 50;
const SENDER = '6281234567201';
const client = new URL('./fixtures/send-client.mjs', import.meta.url).pathname;

const emu = await startEmulator();
const phone = emu.createPhone('6281234567202', 'Budi');
const core = await startCoreAgainst(emu);
await linkDeviceByQr(core, emu, SENDER, 'Bench');
const key = core.settings.get().apiKey;
const jid = `${phone.number}@s.whatsapp.net`;
const sock = core.sessions.byNumber(SENDER).openSocket();

let expected = 0;
async function drained(sent: number) {
  expected += sent;
  while (phone.messages.length < expected) await new Promise((resolve) => setTimeout(resolve, 2));
}

/** Async exec: the app and the emulator in this process keep answering while the client runs. */
async function viaHttp(count: number, concurrency: number) {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [client, core.api.url, key, SENDER, phone.number, String(count), String(concurrency)],
    { encoding: 'utf8' },
  );
  const result = JSON.parse(stdout) as { latencies: number[]; totalMs: number };
  await drained(count);
  return result;
}
async function viaBaileys(count: number, concurrency: number) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const t = performance.now();
        await sock.sendMessage(jid, { text: `raw ${next++}` });
        latencies.push(performance.now() - t);
      }
    }),
  );
  const totalMs = performance.now() - started;
  await drained(count);
  return { latencies, totalMs };
}

// Warm up both paths (Signal sessions, JIT) before measuring.
await viaBaileys(30, 1);
await viaHttp(30, 1);

const httpLatency: number[] = [];
const rawLatency: number[] = [];
let httpMs = 0;
let rawMs = 0;
for (let done = 0; done < COUNT; done += BATCH) {
  rawLatency.push(...(await viaBaileys(BATCH, 1)).latencies);
  httpLatency.push(...(await viaHttp(BATCH, 1)).latencies);
  rawMs += (await viaBaileys(BATCH, CONCURRENCY)).totalMs;
  httpMs += (await viaHttp(BATCH, CONCURRENCY)).totalMs;
}

reportBench('send-http-p50', median(httpLatency), 'ms', 'info');
reportBench('send-raw-p50', median(rawLatency), 'ms', 'info');
reportBench('send-http-p99', percentile(httpLatency, 99), 'ms', 'info');
reportBench('send-p50-ratio', median(httpLatency) / median(rawLatency), 'x', '<=1.15');
reportBench('send-http-throughput', (COUNT / httpMs) * 1000, 'msg/s', 'info');
reportBench('send-raw-throughput', (COUNT / rawMs) * 1000, 'msg/s', 'info');
reportBench('send-throughput-ratio', rawMs / httpMs, 'x', '>=0.9');
await core.close();
await emu.close();
process.exit(0);
