// emulator-msgs-per-s: Signal-decrypted messages per second the emulator handles on its own (WebSocket +
// Noise + binary decode + routing + libsignal decrypt + proto decode + ack), from a bare pre-encrypting client.
import { encodeWAMessage, generateMessageIDV2, proto, unpadRandomMax16 } from '@whiskeysockets/baileys';
import { makeLibSignalRepository } from '@whiskeysockets/baileys/lib/Signal/libsignal.js';
import { linkByQr } from '../emulator/baileys-client';
import { startEmulator } from '../emulator/index';
import { connectRawClient } from '../emulator/raw-client';
import { makePreKeyBundleNode } from '../emulator/signal-identity';
import { silentLogger } from '../emulator/silent-logger';
import { reportBench } from './report';

const MESSAGES = Number(process.env.EMULATOR_BENCH_MESSAGES ?? 5000);
const emu = await startEmulator();
const contact = emu.createPhone('15550005001', 'Contact');
// A real Baileys links once (uploading its prekeys); then its creds drive the bare client.
const linked = await linkByQr(emu, '15550005000');
linked.end();
await linked.waitForConnection('close');
const { creds, keys } = linked;
const repo = makeLibSignalRepository({ creds, keys }, silentLogger, async () => []);
const contactAddress = contact.lidJid;
const bundle = await makePreKeyBundleNode(contact.identity, contactAddress);
const { parseAndInjectE2ESessions } = await import('@whiskeysockets/baileys');
await parseAndInjectE2ESessions(
  { tag: 'iq', attrs: {}, content: [{ tag: 'list', attrs: {}, content: [bundle] }] },
  repo,
);

const client = await connectRawClient(emu.waUrl, creds);
const stanzaFor = async (text: string) => {
  const { type, ciphertext } = await repo.encryptMessage({
    jid: contactAddress,
    data: encodeWAMessage({ conversation: text }),
  });
  return {
    tag: 'message',
    attrs: { to: contact.jid, id: generateMessageIDV2(creds.me!.id), type: 'text' },
    content: [
      {
        tag: 'participants',
        attrs: {},
        content: [
          {
            tag: 'to',
            attrs: { jid: contact.jid },
            content: [{ tag: 'enc', attrs: { v: '2', type }, content: ciphertext }],
          },
        ],
      },
    ],
  };
};
// Handshake: one pkmsg, then the contact answers so later messages are steady-state `msg`.
client.send(await stanzaFor('hello'));
await contact.waitForMessage((m) => m.text === 'hello');
await contact.sendText(creds.me!.id.split(':')[0] + '@s.whatsapp.net', 'hi back');
const reply = await client.next((n) => n.tag === 'message');
const enc = (reply.content as { tag: string; attrs: Record<string, string>; content: Uint8Array }[]).find(
  (c) => c.tag === 'enc',
)!;
const plain = await repo.decryptMessage({
  jid: contact.lidJid,
  type: enc.attrs.type as 'pkmsg',
  ciphertext: Buffer.from(enc.content),
});
if (proto.Message.decode(unpadRandomMax16(plain)).conversation !== 'hi back')
  throw new Error('bench setup: reply did not decrypt');

const stanzas = [];
for (let i = 0; i < MESSAGES; i++) stanzas.push(await stanzaFor(`bench ${i}`));
// Client-side costs stay outside the timing: frames are Noise-encrypted up front and answers are not read.
const frames = stanzas.map((s) => client.encode(s));
client.ignoreIncoming();
if (stanzas.some((s) => (s.content[0].content[0].content[0].attrs.type as string) !== 'msg'))
  throw new Error('bench setup: expected msg');
const before = contact.messages.length;
const started = performance.now();
for (const frame of frames) client.sendFrame(frame);
while (contact.messages.length - before < MESSAGES) {
  if (performance.now() - started > 120_000)
    throw new Error(`only ${contact.messages.length - before}/${MESSAGES} decrypted`);
  await new Promise((resolve) => setTimeout(resolve, 5));
}
const seconds = (performance.now() - started) / 1000;
if (emu.faults.errors.length) throw new Error(`emulator errors: ${emu.faults.errors.slice(0, 3).join('; ')}`);
client.close();
await emu.close();
reportBench('emulator-msgs-per-s', Math.round(MESSAGES / seconds), 'msg/s', '>=2000');
process.exit(0);
