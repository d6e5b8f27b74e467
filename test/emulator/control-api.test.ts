// The HTTP control API drives phones the way a person or a script would, against real Baileys.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestClient, waitForInitialSync } from './baileys-client.js';
import { type Emulator, startEmulator } from './index.js';

describe('control API', () => {
  let emu: Emulator;
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${emu.httpUrl}${path}`, {
      method,
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    return {
      status: res.status,
      body: text.startsWith('{') || text.startsWith('[') ? JSON.parse(text) : text,
    };
  };

  beforeAll(async () => {
    emu = await startEmulator({ autoPhones: true });
  });
  afterAll(() => emu.close());

  it('reports health with the app arguments and environment', async () => {
    const { body } = await call('GET', '/health');
    const rootKey = Buffer.from(emu.rootPublicKey).toString('base64');
    expect(body).toEqual({
      ok: true,
      waUrl: emu.waUrl,
      appArgs: ['--wa-url', emu.waUrl, '--wa-ca', emu.caCertPath, '--wa-root-key', rootKey],
      appEnv: {
        WASENDER_WA_URL: emu.waUrl,
        NODE_EXTRA_CA_CERTS: emu.caCertPath,
        WASENDER_WA_ROOT_KEY: rootKey,
      },
      rootKey,
    });
  });

  it('creates phones, links a QR, sends from the phone and lists what the phone received', async () => {
    expect((await call('POST', '/phones', { number: '+1 555 000 4000', name: 'Shop' })).body).toMatchObject({
      number: '15550004000',
      devices: [],
    });
    await call('POST', '/phones', { number: '15550004001', name: 'Dana' });
    const client = createTestClient(emu);
    client.connect();
    const qr = await client.nextQr();
    const closed = client.waitForConnection('close');
    const linked = await call('POST', '/phones/15550004000/link', { qr });
    expect(linked.body).toMatchObject({ ok: true, jid: '15550004000:1@s.whatsapp.net' });
    await closed;
    client.connect();
    await client.waitForConnection('open');
    await waitForInitialSync(client);

    const sent = await call('POST', '/phones/15550004001/send', {
      to: '15550004000',
      text: 'hello from curl',
    });
    expect(sent.status).toBe(200);
    await client.waitFor(() => client.upserts.find((m) => m.key.id === sent.body.id), 5000, 'upsert');
    const image = await call('POST', '/phones/15550004001/send', {
      to: '15550004000',
      image: { caption: 'tiny' },
    });
    const imgMsg = await client.waitFor(
      () => client.upserts.find((m) => m.key.id === image.body.id),
      5000,
      'image',
    );
    expect(imgMsg.message?.imageMessage?.caption).toBe('tiny');

    const doc = Buffer.from('%PDF-1.4 via api');
    const out = await client.sock.sendMessage('15550004001@s.whatsapp.net', {
      document: doc,
      mimetype: 'application/pdf',
      fileName: 'a.pdf',
    });
    await emu.getPhone('15550004001')!.waitForMessage((m) => m.id === out!.key.id);
    const listed = (await call('GET', '/phones/15550004001/messages')).body;
    const entry = listed.find((m: { id: string }) => m.id === out!.key.id);
    expect(entry.media).toMatchObject({
      fileName: 'a.pdf',
      sha256Matches: true,
      download: `/phones/15550004001/messages/${out!.key.id}/media`,
    });
    const media = await fetch(`${emu.httpUrl}${entry.media.download}`);
    expect(Buffer.from(await media.arrayBuffer()).equals(doc)).toBe(true);

    const page = (await call('GET', '/')).body as string;
    expect(page).toContain('Dana');
    expect(page).toContain('a.pdf');

    const group = (
      await call('POST', '/groups', { subject: 'Club', participants: ['15550004000', '15550004001'] })
    ).body;
    expect(group.jid).toMatch(/@g\.us$/);
    const inGroup = await call('POST', '/phones/15550004001/send', { to: group.jid, text: 'group hi' });
    const groupMsg = await client.waitFor(
      () => client.upserts.find((m) => m.key.id === inGroup.body.id),
      5000,
      'group',
    );
    expect(groupMsg.key.remoteJid).toBe(group.jid);

    const faults = await call('POST', '/faults', { latencyMs: 10 });
    expect(faults.body).toMatchObject({ latencyMs: 10, connections: 1 });
    await call('POST', '/faults', { reset: true });

    const closedByLogout = client.waitForConnection('close');
    expect((await call('POST', '/phones/15550004000/logout-device', {})).body).toEqual({ ok: true });
    await closedByLogout;
    expect((await call('GET', '/phones/15550004000')).body.devices).toEqual([]);
  });

  it('creates phones on first use with --auto-phones and 404s for unknown phones in the API', async () => {
    const client = createTestClient(emu);
    client.connect();
    const qr = await client.nextQr();
    const closed = client.waitForConnection('close');
    await emu.createPhone('15550004100').scanQr(qr);
    await closed;
    client.connect();
    await client.waitForConnection('open');
    expect(await client.sock.onWhatsApp('15557770000')).toEqual([
      { jid: '15557770000@s.whatsapp.net', exists: true },
    ]);
    expect((await call('GET', '/phones/15551112222/messages')).status).toBe(404);
    const badQr = await call('POST', '/phones/15550004100/link', {
      qr: 'https://wa.me/settings/linked_devices#nope,a,b,c,1',
    });
    expect(badQr).toEqual({ status: 400, body: { error: 'QR code is unknown or expired' } });
    client.end();
  });
});
