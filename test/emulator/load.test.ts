// Load: 10 linked Baileys devices, 1,000 messages each way in total, no errors and nothing lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkByQr, type TestClient } from './baileys-client.js';
import { type Emulator, type Phone, startEmulator } from './index.js';

const DEVICES = 10;
/** Total per direction; EMULATOR_LOAD_MESSAGES=10000 gives 1,000 per device. */
const TOTAL = Number(process.env.EMULATOR_LOAD_MESSAGES ?? 1000);
const PER_DEVICE = Math.ceil(TOTAL / DEVICES);

describe(`load: ${DEVICES} linked devices, ${TOTAL} messages each way`, () => {
  let emu: Emulator;
  const clients: TestClient[] = [];
  const contacts: Phone[] = [];

  beforeAll(async () => {
    emu = await startEmulator();
    for (let i = 0; i < DEVICES; i++) {
      contacts.push(emu.createPhone(`1555001${String(i).padStart(4, '0')}`, `Contact ${i}`));
      clients.push(await linkByQr(emu, `1555000${String(i).padStart(4, '0')}`));
    }
  }, 60_000);
  afterAll(async () => {
    for (const c of clients) c.end();
    await emu.close();
  });

  it('delivers every message device → phone and phone → device', async () => {
    const started = Date.now();
    await Promise.all(
      clients.map(async (client, i) => {
        for (let n = 0; n < PER_DEVICE; n++)
          await client.sock.sendMessage(contacts[i].jid, { text: `out ${i}/${n}` });
      }),
    );
    await Promise.all(
      contacts.map((phone, i) =>
        clients[i].waitFor(() => phone.messages.length >= PER_DEVICE, 30_000, `phone ${i} inbox`),
      ),
    );
    const outboundMs = Date.now() - started;
    await Promise.all(
      contacts.map(async (phone, i) => {
        const me = emu.getPhone(clients[i].creds.me!.id.split(':')[0])!;
        for (let n = 0; n < PER_DEVICE; n++) await phone.sendText(me.jid, `in ${i}/${n}`);
      }),
    );
    await Promise.all(
      clients.map((client, i) =>
        client.waitFor(
          () =>
            client.upserts.filter((m) => m.message?.conversation?.startsWith(`in ${i}/`)).length >=
            PER_DEVICE,
          30_000,
          `device ${i} upserts`,
        ),
      ),
    );
    const totalMs = Date.now() - started;
    console.log(`load: ${TOTAL} out in ${outboundMs} ms, ${TOTAL} in, ${totalMs} ms total`);
    for (const [i, phone] of contacts.entries()) {
      expect(new Set(phone.messages.map((m) => m.text))).toEqual(
        new Set(Array.from({ length: PER_DEVICE }, (_, n) => `out ${i}/${n}`)),
      );
    }
    for (const [i, client] of clients.entries()) {
      const texts = client.upserts
        .map((m) => m.message?.conversation)
        .filter((t) => t?.startsWith(`in ${i}/`));
      expect(new Set(texts).size).toBe(PER_DEVICE);
      expect(client.upserts.some((m) => m.messageStubType)).toBe(false);
    }
    expect(emu.faults.errors).toEqual([]);
  }, 90_000);
});
