// webhooks: deliveries per second through the whole inbound path (normalize → store + outbox row in one
// transaction → signed POST → outcome stored) to a receiver in another process, none lost; a bare POST loop
// with the same keep-alive agent and concurrency is the baseline.
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WASocket } from '@whiskeysockets/baileys';
import { startTestCore } from '../support/temp-core';
import { reportBench } from './report';

const MESSAGES = Number(process.env.WEBHOOK_BENCH_MESSAGES ?? 20_000);
const root = new URL('../..', import.meta.url).pathname;
const receiver = fork(join(root, 'test/bench/fixtures/webhook-receiver-child.ts'), [], {
  execArgv: ['--import', 'tsx'],
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
const ask = <T>(message: object) =>
  new Promise<T>((resolve) => {
    receiver.once('message', (answer) => resolve(answer as T));
    receiver.send(message);
  });
const { port } = await new Promise<{ port: number }>((resolve) =>
  receiver.once('message', (m) => resolve(m as { port: number })),
);
const url = `http://127.0.0.1:${port}/hook`;

// Baseline: the same POSTs without database or pipeline.
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
const body = JSON.stringify({
  message: 'halo',
  from: '6281234567890',
  bufferImage: null,
  participant: null,
  id: 'x',
});
const post = (id: number) =>
  new Promise<void>((resolve) => {
    const req = http.request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json' } },
      (res) => {
        res.resume();
        res.on('end', resolve);
      },
    );
    req.on('error', () => resolve());
    req.end(body.replace('"x"', `"b${id}"`));
  });
let next = 0;
const baselineStarted = performance.now();
await Promise.all(
  Array.from({ length: 32 }, async () => {
    while (next < MESSAGES) await post(next++);
  }),
);
const baselinePerS = MESSAGES / ((performance.now() - baselineStarted) / 1000);
await ask({ type: 'reset' });

const dataDir = mkdtempSync(join(tmpdir(), 'wa-bench-hooks-'));
const core = await startTestCore({ dataDir, webhookUrl: url });
const device = await core.rpc.invoke('devices.create', { number: '6281234560001', name: 'Bench' });
const sock = {} as WASocket; // never used for 1:1 messages
const ingest = async (from: number, count: number) => {
  for (let i = from; i < from + count; i++) {
    await core.inbound.handleMessage(
      device.id,
      sock,
      {
        key: {
          remoteJid: `62812${String(10_000_000 + (i % 500))}@s.whatsapp.net`,
          fromMe: false,
          id: `3EB0BENCH${i.toString(16).padStart(12, '0')}`,
        },
        message: { conversation: `pesanan nomor ${i}` },
        messageTimestamp: Math.floor(Date.now() / 1000),
        pushName: 'Pelanggan',
      },
      'notify',
    );
  }
};
const rssBefore = process.memoryUsage().rss;

// 1. Delivery rate: a backlog of stored messages (the receiver was down, or the app just restarted) drains.
await core.webhooks.queue.stop();
const ingestStarted = performance.now();
await ingest(0, MESSAGES);
const ingestSeconds = (performance.now() - ingestStarted) / 1000;
const started = performance.now();
core.webhooks.queue.start();
await core.webhooks.queue.whenIdle();
const seconds = (performance.now() - started) / 1000;
const rssAfter = process.memoryUsage().rss;
const { unique } = await ask<{ unique: number; requests: number }>({ type: 'count' });
const counts = await core.rpc.invoke('webhooks.deliveries', { limit: 1 });

// 2. End to end: messages arriving while the worker delivers (store + POST on the same thread).
const E2E = Math.min(MESSAGES, 10_000);
const e2eStarted = performance.now();
await ingest(MESSAGES, E2E);
await core.webhooks.queue.whenIdle();
const e2eSeconds = (performance.now() - e2eStarted) / 1000;
const after = await ask<{ unique: number; requests: number }>({ type: 'count' });

reportBench('webhook-deliveries-per-s', Math.round(MESSAGES / seconds), 'deliveries/s', '>=2000');
reportBench('webhook-lost', MESSAGES - unique, 'deliveries', '=0');
reportBench('webhook-failed', counts.counts.failed + counts.counts.pending, 'deliveries', '=0');
reportBench('webhook-ingest-per-s', Math.round(MESSAGES / ingestSeconds), 'msg/s', 'info');
reportBench('webhook-end-to-end-per-s', Math.round(E2E / e2eSeconds), 'msg/s', 'info');
reportBench('webhook-end-to-end-lost', E2E - (after.unique - unique), 'deliveries', '=0');
reportBench('webhook-bare-post-per-s', Math.round(baselinePerS), 'posts/s', 'baseline');
reportBench('webhook-rss-growth', Math.round((rssAfter - rssBefore) / 1024 / 1024), 'MB', 'info');
reportBench('webhook-rss', Math.round(rssAfter / 1024 / 1024), 'MB', 'info');
await core.close();
receiver.kill();
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
