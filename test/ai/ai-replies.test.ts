// AI replies against the emulator and a local OpenAI-compatible server (the provider, the only fake): answers from
// the imported price sheet, hands over what the facts do not cover, steps back when a person writes, stops at the
// daily cap, and sends the customer nothing when the provider is down, too slow or answers garbage.
import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventPayload } from '../../shared/contract';
import type { Core } from '../../electron/core/app';
import { findMessageByWaId } from '../../electron/core/messages/inbox-queries';
import { startEmulator, type Emulator, type Phone } from '../emulator/index';
import { startOpenAiTestServer, type OpenAiTestServer } from '../support/openai-test-server';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver';
import { linkDeviceByQr, startCoreAgainst } from '../support/wa-harness';

const DEVICE = '6281234567171';
const me = `${DEVICE}@s.whatsapp.net`;
const KEY = 'sk-test-secret-9876';
let emu: Emulator;
let core: Core;
let provider: OpenAiTestServer;
let receiver: WebhookReceiver;
let owner: Phone;
let deviceId: number;
let phones = 0;

const customer = (name: string) => emu.createPhone(`62812345672${String(phones++).padStart(2, '0')}`, name);

async function chatIdOf(waId: string) {
  await expect
    .poll(async () => (await core.inbound.settled(), findMessageByWaId(core.db, deviceId, waId)))
    .toBeTruthy();
  return findMessageByWaId(core.db, deviceId, waId)!.chatId;
}

/** The next event of a kind that matches (registered before the action that causes it). */
function nextEvent<E extends 'ai.handover' | 'ai.changed'>(
  event: E,
  matches: (payload: EventPayload<E>) => boolean = () => true,
) {
  return new Promise<EventPayload<E>>((resolve) => {
    const off = core.events.on(event, (payload) => {
      if (!matches(payload)) return;
      off();
      resolve(payload);
    });
  });
}

const lastError = async () => (await core.rpc.invoke('ai.settings')).lastError;

beforeAll(async () => {
  emu = await startEmulator();
  provider = await startOpenAiTestServer();
  receiver = await startWebhookReceiver();
  core = await startCoreAgainst(emu, { webhookUrl: receiver.url });
  ({
    device: { id: deviceId },
    phone: owner,
  } = await linkDeviceByQr(core, emu, DEVICE));
  await core.rpc.invoke('ai.setSettings', {
    preset: 'custom',
    baseUrl: provider.baseUrl,
    model: 'toko-test-model',
    apiKey: KEY,
    facts: 'Toko Kopi Senja, Jl. Braga 12 Bandung.\nBuka setiap hari 08.00-17.00.',
    maxTokens: 120,
    timeoutSeconds: 1,
  });
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet([
      ['Produk', 'Harga', 'Stok'],
      ['Kopi Susu', 18000, 12],
      ['Teh Tarik', 15000, 0],
    ]),
    'Harga',
  );
  const dataBase64 = (XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer).toString('base64');
  const [sheet] = await core.rpc.invoke('ai.importSheet', { fileName: 'harga.xlsx', dataBase64 });
  expect(sheet).toMatchObject({ name: 'harga', columns: ['Produk', 'Harga', 'Stok'], rowCount: 2 });
  await core.rpc.invoke('ai.setDevice', { deviceId, enabled: true, cooldownSeconds: 0, dailyCap: 100 });
});
afterAll(async () => {
  await core?.close();
  await provider?.close();
  await receiver?.close();
  await emu?.close();
});

describe('AI replies', () => {
  it('answers a price question from the imported sheet, marked as AI in the inbox and the webhook', async () => {
    const alice = customer('Alice');
    const question = await alice.sendText(me, 'Kak, berapa harga kopi susu?');
    const answer = await alice.waitForMessage((m) => !!m.text);
    expect(answer.text).toBe('Kopi Susu: Rp 18000 (stok 12)');

    const request = provider.requests.find((r) => r.question === 'Kak, berapa harga kopi susu?')!;
    expect(request.system).toContain('Kopi Susu | 18000 | 12');
    expect(request.system).toContain('Buka setiap hari 08.00-17.00.');
    expect(request.body).toMatchObject({ model: 'toko-test-model', max_tokens: 120 });
    expect(request.headers.authorization).toBe(`Bearer ${KEY}`);

    const chatId = await chatIdOf(question.id);
    await expect
      .poll(async () => (await core.rpc.invoke('ai.chat', { chatId })).aiWaIds)
      .toContain(answer.id);
    const hook = await receiver.waitFor((h) => h.body.id === answer.id);
    expect(hook.body).toMatchObject({ event: 'message', ai: true, fromMe: true, to: alice.number });
    // The key itself never crosses the contract.
    const settings = await core.rpc.invoke('ai.settings');
    expect(settings).toMatchObject({ apiKeySet: true, apiKeyHint: '…9876' });
    expect(JSON.stringify(settings)).not.toContain(KEY);
    expect(settings.devices.find((d) => d.deviceId === deviceId)?.repliesToday).toBeGreaterThanOrEqual(1);
  });

  it('hands a question the facts do not answer to a person: nothing sent, chat tagged, notification event', async () => {
    const bob = customer('Bob');
    const handedOver = nextEvent('ai.handover');
    const question = await bob.sendText(me, 'Bisa kirim ke Papua hari ini?');
    expect(await handedOver).toMatchObject({
      deviceId,
      number: bob.number,
      question: 'Bisa kirim ke Papua hari ini?',
    });
    const chatId = await chatIdOf(question.id);
    expect(await core.rpc.invoke('ai.chat', { chatId })).toMatchObject({ needsPerson: true, aiWaIds: [] });
    expect(await core.rpc.invoke('ai.chats', { deviceId })).toContainEqual(
      expect.objectContaining({ chatId, needsPerson: true }),
    );
    expect(bob.messages).toHaveLength(0);

    // A person answering from the inbox clears the tag and pauses the AI in that chat.
    await core.rpc.invoke('inbox.reply', { chatId, text: 'Bisa kak, ongkir 50rb' });
    await bob.waitForMessage((m) => m.text === 'Bisa kak, ongkir 50rb');
    const state = await core.rpc.invoke('ai.chat', { chatId });
    expect(state).toMatchObject({ needsPerson: false });
    expect(state.pausedUntil).toBeGreaterThan(Date.now() + 30 * 60_000);
  });

  it('steps back when a person writes from the phone, and never answers a chat set to AI off', async () => {
    const carol = customer('Carol');
    const dave = customer('Dave');
    const first = await carol.sendText(me, 'harga teh tarik?');
    await carol.waitForMessage((m) => m.text === 'Teh Tarik: Rp 15000 (stok 0)');
    const carolChat = await chatIdOf(first.id);
    // The owner types on the phone: WhatsApp hands the linked app a copy as our own message.
    const paused = nextEvent('ai.changed', (e) => e.chatId === carolChat);
    await owner.sendMessage(
      DEVICE,
      { deviceSentMessage: { destinationJid: carol.jid, message: { conversation: 'Saya bantu ya kak' } } },
      { attrs: { recipient: carol.jid } },
    );
    await paused;
    expect((await core.rpc.invoke('ai.chat', { chatId: carolChat })).pausedUntil).toBeGreaterThan(Date.now());

    const daveFirst = await dave.sendText(me, 'halo, jam buka?');
    await dave.waitForMessage((m) => m.text?.includes('08.00-17.00') === true);
    const daveChat = await chatIdOf(daveFirst.id);
    await core.rpc.invoke('ai.setChat', { chatId: daveChat, aiOff: true });

    // Marker: a third customer's question asked after both; answered only once the other two were decided.
    await carol.sendText(me, 'kopi susu masih ada?');
    await dave.sendText(me, 'harga kopi susu?');
    const erin = customer('Erin');
    await erin.sendText(me, 'kopi susu berapa?');
    await erin.waitForMessage((m) => m.text === 'Kopi Susu: Rp 18000 (stok 12)');
    const asked = provider.requests.map((r) => r.question);
    expect(asked).not.toContain('kopi susu masih ada?');
    expect(asked).not.toContain('harga kopi susu?');
    // (the phone's own message reaches Carol too, from the phone)
    expect(carol.messages.filter((m) => m.text !== 'Saya bantu ya kak')).toHaveLength(1);
    expect(dave.messages).toHaveLength(1);

    // A send from the Compose page is a person's too.
    const erinChat = await chatIdOf(erin.messages[0].id);
    await core.rpc.invoke('compose.send', {
      path: '/send-message',
      params: { sender: DEVICE, number: erin.number, message: 'Pesanan kakak sudah kami catat' },
    });
    await expect
      .poll(async () => (await core.rpc.invoke('ai.chat', { chatId: erinChat })).pausedUntil ?? 0)
      .toBeGreaterThan(Date.now());
  });

  it('stops at the daily cap of the device and the page says so', async () => {
    const { devices } = await core.rpc.invoke('ai.settings');
    const today = devices.find((d) => d.deviceId === deviceId)!.repliesToday;
    await core.rpc.invoke('ai.setDevice', { deviceId, dailyCap: today + 1 });
    const frank = customer('Frank');
    await frank.sendText(me, 'harga kopi susu?');
    await frank.waitForMessage((m) => m.text === 'Kopi Susu: Rp 18000 (stok 12)');
    const capped = nextEvent('ai.changed', (e) => e.deviceId === deviceId && e.chatId === null);
    await frank.sendText(me, 'harga teh tarik?');
    await capped;
    expect(await lastError()).toMatchObject({ code: 'daily_cap', deviceId });
    expect(provider.requests.filter((r) => r.question === 'harga teh tarik?')).toHaveLength(1); // Carol's only
    expect(frank.messages).toHaveLength(1);
    await core.rpc.invoke('ai.setDevice', { deviceId, dailyCap: 100 });
  });

  it('sends nothing when the provider is down, too slow or answers garbage, and says why', async () => {
    const gina = customer('Gina');
    const failure = async (setup: () => Promise<void>, question: string) => {
      await setup();
      const failed = nextEvent('ai.changed', (e) => e.deviceId === deviceId && e.chatId === null);
      await gina.sendText(me, question);
      await failed;
      return lastError();
    };
    provider.mode = 'garbage';
    expect(await failure(async () => undefined, 'harga kopi susu? (1)')).toMatchObject({
      code: 'bad_answer',
    });
    provider.mode = 'hang';
    expect(await failure(async () => undefined, 'harga kopi susu? (2)')).toMatchObject({ code: 'timeout' });
    provider.mode = 'unauthorized';
    expect(await failure(async () => undefined, 'harga kopi susu? (3)')).toMatchObject({
      code: 'auth',
      detail: expect.stringContaining('401'),
    });
    expect((await lastError())?.detail).not.toContain(KEY);
    provider.mode = 'answer';
    const closedPort = 'http://127.0.0.1:9/v1';
    const down = await failure(
      () => core.rpc.invoke('ai.setSettings', { baseUrl: closedPort }).then(() => undefined),
      'harga kopi susu? (4)',
    );
    expect(down).toMatchObject({ code: 'unreachable' });
    expect(gina.messages).toHaveLength(0);
    // The settings page's test button asks the same provider: the failure is its answer.
    expect(await core.rpc.invoke('ai.test', {})).toMatchObject({
      text: '',
      failure: { code: 'unreachable' },
    });

    await core.rpc.invoke('ai.setSettings', { baseUrl: provider.baseUrl });
    const tested = await core.rpc.invoke('ai.test', {});
    expect(tested).toMatchObject({ text: 'Halo kak! Buka setiap hari 08.00-17.00.', failure: null });
    expect(await lastError()).toBeNull();
  });
});
