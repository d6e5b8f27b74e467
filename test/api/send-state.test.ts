// The REST API around sends, through a linked session to an emulated phone: a retried ref sends once,
// message-status follows the receipts, check-number and device-info ask the live session, logout-device unlinks.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { callApi, type Encoding } from '../support/rest-client';
import { SENDER, sendToBudi, useSendSetup } from './send-setup';

const ctx = useSendSetup();
const send = (path: string, params: Record<string, unknown>, encoding?: Encoding) =>
  sendToBudi(ctx, path, params, encoding);

describe('what the API answers around sends', () => {
  it('a retried request with the same ref answers the first result and sends once', async () => {
    const params = {
      api_key: ctx.key,
      sender: SENDER,
      number: ctx.budi.number,
      message: 'sekali saja',
      ref: `order-${randomBytes(4).toString('hex')}`,
    };
    const first = await callApi(ctx.core.api.url, '/send-message', params, 'php');
    const retry = await callApi(ctx.core.api.url, '/send-message', params, 'php');
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    await ctx.budi.waitForMessage((m) => m.id === first.body.id);
    // A later message to the same chat arrives after any duplicate would have (one chat is sent in order).
    const marker = await callApi(
      ctx.core.api.url,
      '/send-message',
      { ...params, message: 'penanda', ref: undefined },
      'php',
    );
    await ctx.budi.waitForMessage((m) => m.id === marker.body.id);
    expect(ctx.budi.messages.filter((m) => m.text === 'sekali saja')).toHaveLength(1);
  });

  it('message-status follows the delivery receipts of a sent message', async () => {
    const { response } = await send('/send-message', { message: 'status?' });
    const id = response.body.id;
    let answer: Awaited<ReturnType<typeof callApi>> | undefined;
    for (let i = 0; i < 100; i++) {
      answer = await callApi(ctx.core.api.url, '/message-status', { api_key: ctx.key, id }, 'get');
      if (answer.body.message_status === 'delivered') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(answer!.body).toEqual({
      status: true,
      msg: 'Message found',
      message: 'Message found',
      id,
      message_status: 'delivered',
      number: ctx.budi.number,
      sender: SENDER,
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });

  it('check-number and device-info through the live session', async () => {
    const known = await callApi(
      ctx.core.api.url,
      '/check-number',
      { api_key: ctx.key, sender: SENDER, number: `0${ctx.sari.number.slice(2)}` },
      'get',
    );
    expect(known.body).toEqual({
      status: true,
      msg: 'Number is registered on WhatsApp',
      message: 'Number is registered on WhatsApp',
      number: ctx.sari.number,
      exists: true,
      jid: `${ctx.sari.number}@s.whatsapp.net`,
    });
    const unknown = await callApi(ctx.core.api.url, '/check-number', {
      api_key: ctx.key,
      sender: SENDER,
      number: '6281299999999',
    });
    expect(unknown.body).toMatchObject({ status: false, exists: false, jid: null });
    const info = await callApi(ctx.core.api.url, '/device-info', { api_key: ctx.key, sender: SENDER });
    expect(info.body).toMatchObject({
      status: true,
      device: { number: SENDER, status: 'open', connected: true },
    });
  });

  it('interactive messages are stored like any other: message-status finds a sent list', async () => {
    const { response } = await send('/send-list', {
      title: 'Menu',
      name: 'Layanan',
      message: 'Pilih:',
      buttontext: 'Lihat',
      list: ['A', 'B'],
    });
    const id = response.body.id;
    await expect
      .poll(
        async () =>
          (await callApi(ctx.core.api.url, '/message-status', { api_key: ctx.key, id }, 'get')).body,
        {
          timeout: 5000,
        },
      )
      .toMatchObject({ status: true, id, message_status: expect.stringMatching(/^(sent|delivered|read)$/) });
  });

  // Last: it unlinks the device.
  it('logout-device unlinks the device; sends then answer "Failed to access whatsapp server"', async () => {
    const out = await callApi(
      ctx.core.api.url,
      '/logout-device',
      { api_key: ctx.key, device: SENDER },
      'php',
    );
    expect(out.body).toEqual({
      status: true,
      msg: 'Device logged out successfully!',
      message: 'Device logged out successfully!',
    });
    const info = await callApi(ctx.core.api.url, '/device-info', { api_key: ctx.key, sender: SENDER });
    expect(info.body).toMatchObject({ device: { status: 'logged_out', connected: false } });
    const after = await callApi(ctx.core.api.url, '/send-message', {
      api_key: ctx.key,
      sender: SENDER,
      number: ctx.budi.number,
      message: 'x',
    });
    expect(after.status).toBe(503);
    expect(after.body).toEqual({
      status: false,
      msg: 'Failed to send message!',
      message: 'Failed to send message!',
      errors: 'Failed to access whatsapp server',
    });
  });
});
