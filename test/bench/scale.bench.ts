// scale: a shop's busiest day in one app process — 20 linked devices, 20 campaigns sending at the fastest pace
// the pacing form allows, 50 inbound messages/s spread over the devices (webhooks to a local receiver, an
// auto-reply rule on every device), REST sends at 20/s and the UI's RPC calls every 500 ms, for 3 minutes
// (SCALE_BENCH_SECONDS to change). WhatsApp (the emulator), the load driver and the webhook receiver each run
// in their own process; this process is the app's main process, and its event loop is the one measured. By
// default core runs in a process of its own as in the desktop app, and this process makes the UI's calls through
// the bridge as main does for the window (fixtures/scale-app.ts); SCALE_CORE=in-process puts core on this thread.
import { fork } from 'node:child_process';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startScaleApp, waitForState, type ScaleLayout } from './fixtures/scale-app';
import { startEmulatorProcess } from './fixtures/emulator-process';
import { percentile, reportBench } from './report';

// The shipped app runs a built bundle without source maps; tsx turns them on, and then every stack trace
// (Baileys captures one per stanza sent) is remapped through them: 4% of this process's CPU in a profile.
process.setSourceMapsEnabled(false);

const SECONDS = Number(process.env.SCALE_BENCH_SECONDS ?? 180);
const DEVICES = 20;
const CUSTOMERS = 100;
const root = new URL('../..', import.meta.url).pathname;
const deviceNumbers = Array.from({ length: DEVICES }, (_, i) => `62812300${String(i).padStart(4, '0')}`);
const customerNumbers = Array.from({ length: CUSTOMERS }, (_, i) => `62813400${String(i).padStart(4, '0')}`);
const mb = (bytes: number) => bytes / 1024 / 1024;

function child(file: string, args: string[] = []) {
  return fork(`${root}test/bench/fixtures/${file}`, args, {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
}
const receiver = child('webhook-receiver-child.ts');
const ask = <T>(message: object) =>
  new Promise<T>((resolve) => {
    receiver.once('message', (answer) => resolve(answer as T));
    receiver.send(message);
  });
const { port: hookPort } = await new Promise<{ port: number }>((resolve) =>
  receiver.once('message', (m) => resolve(m as { port: number })),
);

const emu = await startEmulatorProcess();
for (const [i, number] of deviceNumbers.entries()) await emu.createPhone(number, `Toko ${i + 1}`);
for (const [i, number] of customerNumbers.entries()) await emu.createPhone(number, `Pelanggan ${i + 1}`);
const layout = (process.env.SCALE_CORE ?? 'process') as ScaleLayout;
const core = await startScaleApp(layout, { wa: emu.wa, sessionTimings: { stableAfterMs: 2000 } });
// A shop's numbers that are past their warm-up: without this the governor's first-day cap (50 per new number)
// holds half of the 20 × 100 campaign messages back, which the first run counted as lost.
await core.rpc.invoke('broadcasts.setGovernor', { rateLimitPauseMin: 0, warmupDays: 0 });
const deviceIds: number[] = [];
for (const [i, number] of deviceNumbers.entries()) {
  const device = await core.rpc.invoke('devices.create', { number, name: `Toko ${i + 1}` });
  await core.rpc.invoke('sessions.connect', { id: device.id });
  await emu.linkByQr(number, (await waitForState(core, device.id, (s) => !!s.qr)).qr!);
  await waitForState(core, device.id, (s) => s.status === 'open');
  await core.rpc.invoke('devices.setWebhook', { id: device.id, url: `http://127.0.0.1:${hookPort}/hook` });
  await core.rpc.invoke('autoReplies.create', {
    deviceId: device.id,
    match: 'contains',
    pattern: 'harga',
    reply: 'Harga mulai Rp25.000, kak. Mau pesan yang mana?',
    cooldownSeconds: 0,
  });
  deviceIds.push(device.id);
}
console.error(
  `# scale: ${DEVICES} devices linked, ${CUSTOMERS} customers; core ${layout}; load for ${SECONDS} s`,
);

const list = await core.rpc.invoke('contacts.importText', {
  name: 'Pelanggan',
  text: customerNumbers.join('\n'),
});
// The campaign form's fastest pace: no minimum gap, no batch pause, no daily cap.
const pacing = {
  minDelaySec: 0,
  maxDelaySec: 1,
  batchSize: 0,
  batchPauseMin: 0,
  dailyCapPerDevice: 0,
  window: null,
  startAt: null,
};
const { apiKey } = core.settings.get();
const driverConfig = {
  controlUrl: emu.controlUrl,
  apiUrl: core.api.url,
  apiKey,
  rpcToken: core.rpcToken ?? '',
  devices: deviceNumbers,
  customers: customerNumbers,
  deviceIds,
  seconds: SECONDS,
  inboundPerSec: 50,
  restPerSec: 20,
  // With core in its own process the UI's calls come from this process, as the window's do through main.
  rpcEveryMs: layout === 'in-process' ? 500 : 0,
  autoReplyEvery: 10,
};

/** The UI's calls made in this process, through the bridge to core (layout 'process'). */
const windowCalls: Array<{ method: string; ms: number; ok: boolean }> = [];
async function timedCall(method: 'inbox.chats' | 'inbox.messages' | 'broadcasts.list', input: unknown) {
  const started = performance.now();
  try {
    return await core.rpc.invoke(method, input as never);
  } finally {
    windowCalls.push({ method, ms: performance.now() - started, ok: true });
  }
}
/** What the inbox and broadcasts pages ask for every 500 ms, as the driver does over HTTP in-process. */
function playTheWindow() {
  let round = 0;
  const timer = setInterval(() => {
    const deviceId = deviceIds[round++ % deviceIds.length];
    void (async () => {
      const { chats } = (await timedCall('inbox.chats', { deviceId, limit: 50 })) as {
        chats: { id: number }[];
      };
      if (chats[0]) await timedCall('inbox.messages', { chatId: chats[0].id, limit: 50 });
    })();
    void timedCall('broadcasts.list', undefined);
  }, 500);
  return () => clearInterval(timer);
}

global.gc?.();
const rssStart = core.rss();
const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
const campaigns = await Promise.all(
  deviceIds.map((id, i) =>
    core.rpc.invoke('broadcasts.create', {
      name: `Promo ${i + 1}`,
      listId: list.list.id,
      content: { kind: 'text', text: `Halo {{name}}, promo toko ${i + 1} minggu ini!` },
      deviceIds: [id],
      pacing,
      start: true,
    }),
  ),
);
const driver = child('scale-driver-child.ts', [JSON.stringify(driverConfig)]);
let driverOutput = '';
driver.stdout!.on('data', (chunk: Buffer) => (driverOutput += chunk.toString()));
const stopUi = layout === 'process' ? playTheWindow() : () => undefined;
await new Promise((resolve) => driver.once('exit', resolve));
stopUi();
loop.disable();
const driven = JSON.parse(driverOutput.trim().split('\n').at(-1)!) as {
  inbound: Array<{ seq: number; sentAt: number; ok: boolean }>;
  rest: Array<{ ms: number; ok: boolean }>;
  rpc: Array<{ method: string; ms: number; ok: boolean }>;
};

/** Waits (bounded) until `done` holds: the app drains what the load left in flight. */
async function settled(done: () => boolean | Promise<boolean>, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  while (!(await done()) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 250));
}
const count = core.count;
const uiCalls = layout === 'process' ? windowCalls : driven.rpc;
const inboundOk = driven.inbound.filter((m) => m.ok).length;
const storedInbound = () =>
  count(`SELECT COUNT(*) AS n FROM messages WHERE from_me = 0 AND body LIKE '%scale-in %'`);
await settled(() => storedInbound() >= inboundOk);
const arrivalsOf = async () =>
  (await ask<{ arrivals: Array<{ message: string; at: number }> }>({ type: 'arrivals' })).arrivals.filter(
    (a) => /scale-in \d+ \d+$/.test(a.message ?? ''),
  );
await settled(async () => (await arrivalsOf()).length >= inboundOk);
const campaignCounts = async () =>
  (await Promise.all(campaigns.map((c) => core.rpc.invoke('broadcasts.get', { id: c.id })))).map(
    (c) => c.progress,
  );
// Campaigns go on after the load stops: they finish their lists (at their pace) before the outbound check.
await settled(async () => (await campaignCounts()).every((p) => p.status === 'done'), 300_000);
const storedOutbound = () => count(`SELECT COUNT(*) AS n FROM messages WHERE from_me = 1`);
const phonesReceived = async () => {
  let total = 0;
  for (const number of customerNumbers) total += await emu.messageCount(number);
  return total;
};
await settled(async () => (await phonesReceived()) >= storedOutbound());
global.gc?.();
const rssEnd = core.rss();

const arrivals = await arrivalsOf();
const sentAt = new Map(driven.inbound.map((m) => [m.seq, m.sentAt]));
const webhookMs = arrivals.map((a) => {
  const [, seq] = /scale-in (\d+) \d+$/.exec(a.message)!;
  return a.at - sentAt.get(Number(seq))!;
});
const restOk = driven.rest.filter((r) => r.ok).length;
const campaignUnsent = (await campaignCounts()).reduce((n, p) => n + p.counts.pending + p.counts.failed, 0);
const lost =
  inboundOk -
  Math.min(inboundOk, storedInbound()) +
  (inboundOk - Math.min(inboundOk, arrivals.length)) +
  (driven.rest.length - restOk) +
  campaignUnsent +
  Math.max(0, storedOutbound() - (await phonesReceived()));

const ms = (ns: number) => ns / 1e6;
reportBench('scale-inbound', inboundOk, 'msgs', 'info');
reportBench('scale-rest-sends', driven.rest.length, 'reqs', 'info');
reportBench(
  'scale-campaign-sent',
  (await campaignCounts()).reduce((n, p) => n + p.counts.sent + p.counts.delivered + p.counts.read, 0),
  'msgs',
  'info',
);
reportBench('scale-loop-p99', ms(loop.percentile(99)), 'ms', '<=20');
reportBench('scale-loop-max', ms(loop.max), 'ms', '<=100');
reportBench(
  'scale-rpc-p95',
  percentile(
    uiCalls.map((r) => r.ms),
    95,
  ),
  'ms',
  '<=50',
);
reportBench(
  'scale-rest-p95',
  percentile(
    driven.rest.map((r) => r.ms),
    95,
  ),
  'ms',
  'info',
);
// Per method, to tell a slow query from a busy thread.
for (const method of [...new Set(uiCalls.map((r) => r.method))])
  reportBench(
    `scale-rpc-${method}-p95`,
    percentile(
      uiCalls.filter((r) => r.method === method).map((r) => r.ms),
      95,
    ),
    'ms',
    'info',
  );
reportBench('scale-webhook-p95', percentile(webhookMs, 95), 'ms', '<=200');
reportBench('scale-rss-growth', mb(rssEnd - rssStart), 'MB', '<=150');
reportBench('scale-lost', lost, 'msgs', '=0');
await core.close();
emu.close();
receiver.kill();
process.exit(0);
