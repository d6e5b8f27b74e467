// send: 1,000 /send-message over HTTP against 1,000 raw Baileys sendMessage on the same session and emulator,
// sequential (latency) and 50 concurrent (throughput), in interleaved batches so drift hits both alike.
// As in real use, WhatsApp (the emulator) runs in its own process and the HTTP client in another, as a
// customer's script does. Both paths count until the emulated phone has every message (end-to-end
// throughput, so the app's handling of WhatsApp's acks and receipts is billed to both), and sequential raw
// sends let the event loop run between calls as an HTTP server must between requests (a tight loop of
// sendMessage would postpone that handling past the measurement).
// Info lines that explain the ratios: send-health-p50 is the bare HTTP round trip (GET /health) with the same
// client, the part of send-http-p50 no server code can remove; send-pipeline-cpu is what our REST pipeline
// (key check, parsing, validation, device lookup, queue, answer) costs per request in this process, measured
// with server.inject while the socket's sendMessage is swapped for a no-op; send-app-cpu-raw/-http are this
// process's CPU per message in the 50-concurrent runs: the app's thread is the one that saturates.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { startTestCore } from '../support/temp-core';
import { waitForSession } from '../support/wa-harness';
import { startEmulatorProcess } from './fixtures/emulator-process';
import { median, percentile, reportBench } from './report';

const COUNT = 1000;
const BATCH = 100;
const CONCURRENCY = 50;
const SENDER = '6281234567201';
const client = new URL('./fixtures/send-client.mjs', import.meta.url).pathname;

const RECIPIENT = '6281234567202';

const emu = await startEmulatorProcess();
await emu.createPhone(SENDER, 'Bench');
await emu.createPhone(RECIPIENT, 'Budi');
const core = await startTestCore({ wa: emu.wa, sessionTimings: { stableAfterMs: 2000 } });
const device = await core.rpc.invoke('devices.create', { number: SENDER, name: 'Bench' });
await core.rpc.invoke('sessions.connect', { id: device.id });
await emu.linkByQr(SENDER, (await waitForSession(core, device.id, (s) => !!s.qr)).qr!);
await waitForSession(core, device.id, (s) => s.status === 'open');
const key = core.settings.get().apiKey;
const jid = `${RECIPIENT}@s.whatsapp.net`;
const sock = core.sessions.byNumber(SENDER).openSocket();

let expected = 0;
async function drained(sent: number) {
  expected += sent;
  const started = performance.now();
  while ((await emu.messageCount(RECIPIENT)) < expected)
    await new Promise((resolve) => setTimeout(resolve, 2));
  return performance.now() - started;
}
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** Async exec: the app in this process keeps answering while the client runs. */
async function runClient(count: number, concurrency: number, path?: string) {
  const args = [client, core.api.url, key, SENDER, RECIPIENT, String(count), String(concurrency)];
  const { stdout } = await promisify(execFile)(process.execPath, path ? [...args, path] : args, {
    encoding: 'utf8',
  });
  return JSON.parse(stdout) as { latencies: number[]; totalMs: number };
}
/** CPU this process spends while `run` goes on (the app, Baileys and our handlers share this one thread). */
async function withCpu<T>(run: () => Promise<T>): Promise<T & { cpuMs: number }> {
  const before = process.cpuUsage();
  const result = await run();
  const used = process.cpuUsage(before);
  return { ...result, cpuMs: (used.user + used.system) / 1000 };
}
async function viaHttp(count: number, concurrency: number) {
  const result = await runClient(count, concurrency);
  // The client's process exit is billed to HTTP too: a little against us, never for us.
  return { ...result, totalMs: result.totalMs + (await drained(count)) };
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
        if (concurrency === 1) await nextTurn();
      }
    }),
  );
  await drained(count);
  return { latencies, totalMs: performance.now() - started };
}

// Warm up both paths (Signal sessions, JIT) before measuring.
await viaBaileys(30, 1);
await viaHttp(30, 1);

const httpLatency: number[] = [];
const rawLatency: number[] = [];
let httpMs = 0;
let rawMs = 0;
let httpCpuMs = 0;
let rawCpuMs = 0;
for (let done = 0; done < COUNT; done += BATCH) {
  rawLatency.push(...(await viaBaileys(BATCH, 1)).latencies);
  httpLatency.push(...(await viaHttp(BATCH, 1)).latencies);
  const raw = await withCpu(() => viaBaileys(BATCH, CONCURRENCY));
  const http = await withCpu(() => viaHttp(BATCH, CONCURRENCY));
  rawMs += raw.totalMs;
  rawCpuMs += raw.cpuMs;
  httpMs += http.totalMs;
  httpCpuMs += http.cpuMs;
}

const health = await runClient(COUNT, 1, '/health');
// Warm-up: first requests pay for lazy loading and JIT, and process CPU includes V8's background GC of the runs above.
await pipelineCost(COUNT);
const pipelineCpuMs = await pipelineCost(3 * COUNT);

/** Our REST pipeline alone: the same /send-message request in process, WhatsApp's part replaced by a no-op. */
async function pipelineCost(count: number) {
  const realSend = sock.sendMessage;
  sock.sendMessage = async () => ({ key: { id: 'pipeline-only' } }) as Awaited<ReturnType<typeof realSend>>;
  try {
    const { cpuMs } = await withCpu(async () => {
      for (let i = 0; i < count; i++) {
        const reply = await core.server.inject({
          method: 'POST',
          url: '/send-message',
          headers: { 'content-type': 'application/json', 'x-api-key': key, host: '127.0.0.1' },
          payload: JSON.stringify({ sender: SENDER, number: RECIPIENT, message: `pipeline ${i}` }),
        });
        if (!reply.json().status) throw new Error(reply.body);
      }
      return {};
    });
    return cpuMs / count;
  } finally {
    sock.sendMessage = realSend;
  }
}

reportBench('send-health-p50', median(health.latencies), 'ms', 'info');
reportBench('send-http-p50', median(httpLatency), 'ms', 'info');
reportBench('send-raw-p50', median(rawLatency), 'ms', 'info');
reportBench('send-http-p99', percentile(httpLatency, 99), 'ms', 'info');
reportBench('send-p50-ratio', median(httpLatency) / median(rawLatency), 'x', '<=1.15');
reportBench('send-http-throughput', (COUNT / httpMs) * 1000, 'msg/s', 'info');
reportBench('send-raw-throughput', (COUNT / rawMs) * 1000, 'msg/s', 'info');
reportBench('send-throughput-ratio', rawMs / httpMs, 'x', '>=0.9');
reportBench('send-pipeline-cpu', pipelineCpuMs, 'ms', 'info');
reportBench('send-app-cpu-raw', rawCpuMs / COUNT, 'ms', 'info');
reportBench('send-app-cpu-http', httpCpuMs / COUNT, 'ms', 'info');
await core.close();
emu.close();
process.exit(0);
