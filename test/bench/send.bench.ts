// send: 1,000 /send-message through the app against 1,000 through the least a developer would write by hand
// (fixtures/minimal-wrapper.ts: node:http, form body, sendMessage, JSON) around the same Baileys socket, in the
// same process, on the same emulator, driven by the same client: sequential (latency) and 50 concurrent
// (throughput), in interleaved batches so drift hits all paths alike. The targets compare the app with that
// wrapper. Raw sendMessage called in process (no HTTP at all) is measured too, as info lines: no HTTP server
// can match it (test/bench/README.md).
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
import { startMinimalWrapper } from './fixtures/minimal-wrapper';
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
const wrapper = await startMinimalWrapper(sock, key);

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
async function runClient(count: number, concurrency: number, path?: string, url = core.api.url) {
  const args = [client, url, key, SENDER, RECIPIENT, String(count), String(concurrency)];
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
async function viaHttp(count: number, concurrency: number, url = core.api.url) {
  const result = await runClient(count, concurrency, undefined, url);
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

const viaWrapper = (count: number, concurrency: number) => viaHttp(count, concurrency, wrapper.url);

// Warm up every path (Signal sessions, JIT) before measuring.
await viaBaileys(30, 1);
await viaHttp(30, 1);
await viaWrapper(30, 1);

/** Latencies, wall time and this process's CPU of one path, summed over the batches. */
function tally() {
  return { latency: [] as number[], ms: 0, cpuMs: 0 };
}
const ours = tally();
const baseline = tally();
const raw = tally();
async function measure(
  into: ReturnType<typeof tally>,
  run: (count: number, concurrency: number) => ReturnType<typeof viaHttp>,
) {
  into.latency.push(...(await run(BATCH, 1)).latencies);
  const concurrent = await withCpu(() => run(BATCH, CONCURRENCY));
  into.ms += concurrent.totalMs;
  into.cpuMs += concurrent.cpuMs;
}
for (let done = 0; done < COUNT; done += BATCH) {
  // The order turns each batch, so no path always runs right after the same neighbour.
  const paths: Array<[ReturnType<typeof tally>, typeof viaHttp]> = [
    [ours, viaHttp],
    [baseline, viaWrapper],
    [raw, viaBaileys],
  ];
  const turn = (done / BATCH) % paths.length;
  for (const [into, run] of [...paths.slice(turn), ...paths.slice(0, turn)]) await measure(into, run);
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
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            'x-api-key': key,
            host: '127.0.0.1',
          },
          payload: new URLSearchParams({
            sender: SENDER,
            number: RECIPIENT,
            message: `pipeline ${i}`,
          }).toString(),
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
reportBench('send-http-p50', median(ours.latency), 'ms', 'info');
reportBench('send-wrapper-p50', median(baseline.latency), 'ms', 'info');
reportBench('send-raw-p50', median(raw.latency), 'ms', 'info');
reportBench('send-http-p99', percentile(ours.latency, 99), 'ms', 'info');
reportBench('send-wrapper-p99', percentile(baseline.latency, 99), 'ms', 'info');
reportBench('send-p50-ratio', median(ours.latency) / median(baseline.latency), 'x', '<=1.10');
reportBench('send-http-throughput', (COUNT / ours.ms) * 1000, 'msg/s', 'info');
reportBench('send-wrapper-throughput', (COUNT / baseline.ms) * 1000, 'msg/s', 'info');
reportBench('send-raw-throughput', (COUNT / raw.ms) * 1000, 'msg/s', 'info');
reportBench('send-throughput-ratio', baseline.ms / ours.ms, 'x', '>=0.95');
reportBench('send-raw-p50-ratio', median(ours.latency) / median(raw.latency), 'x', 'info');
reportBench('send-raw-throughput-ratio', raw.ms / ours.ms, 'x', 'info');
reportBench('send-pipeline-cpu', pipelineCpuMs, 'ms', 'info');
reportBench('send-app-cpu-http', ours.cpuMs / COUNT, 'ms', 'info');
reportBench('send-app-cpu-wrapper', baseline.cpuMs / COUNT, 'ms', 'info');
reportBench('send-app-cpu-raw', raw.cpuMs / COUNT, 'ms', 'info');
await wrapper.close();
await core.close();
emu.close();
process.exit(0);
