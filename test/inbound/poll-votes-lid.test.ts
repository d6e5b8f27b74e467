// Poll votes from voters WhatsApp addresses by LID (issue 20 item 4): in a LID chat the vote is signed with the
// creator's LID and the voter's PN, or the voter's LID when its number is hidden (test/emulator/inbound-content.ts
// buildPollVote; Baileys #2342 / #2467). The vote must still reach the webhook and the inbox as the option text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/app';
import { findMessageByWaId } from '../../electron/core/messages/inbox-queries';
import { startEmulator, type Emulator, type Phone } from '../emulator/index';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver';
import { linkDeviceByQr, startCoreAgainst } from '../support/wa-harness';

const SHOP = '6281234568701';
const shopJid = `${SHOP}@s.whatsapp.net`;
let emu: Emulator;
let core: Core;
let receiver: WebhookReceiver;
let deviceId: number;

beforeAll(async () => {
  emu = await startEmulator();
  receiver = await startWebhookReceiver();
  core = await startCoreAgainst(emu, { webhookUrl: receiver.url });
  ({
    device: { id: deviceId },
  } = await linkDeviceByQr(core, emu, SHOP));
});
afterAll(async () => {
  await core?.close();
  await receiver?.close();
  await emu?.close();
});

/** The app sends a poll to `to`; resolves with the poll as the phone received it. */
async function pollTo(phone: Phone, to: string, name: string) {
  await core.sender.send({
    sender: SHOP,
    to,
    content: { kind: 'content', content: { poll: { name, values: ['Merah', 'Biru'], selectableCount: 1 } } },
  });
  const poll = await phone.waitForMessage((m) => m.poll?.name === name);
  await expect.poll(() => findMessageByWaId(core.db, deviceId, poll.id)).toBeTruthy();
  return poll;
}

async function expectVote(voteId: string, option: string) {
  const hook = await receiver.waitFor((h) => h.body.id === voteId);
  expect(hook.body).toMatchObject({ type: 'poll_vote', message: option });
  await core.inbound.settled();
  expect(findMessageByWaId(core.db, deviceId, voteId)).toMatchObject({ type: 'poll_vote', body: option });
}

describe('poll votes from LID voters', () => {
  it('a voter in a LID chat (creator signed by LID, voter by number) is read as the option text', async () => {
    const rina = emu.createPhone('6281234568702', 'Rina');
    rina.movedToLid = true;
    const hello = await rina.sendText(shopJid, 'mau pesan', { fromLid: true });
    await receiver.waitFor((h) => h.body.id === hello.id);
    const poll = await pollTo(rina, rina.jid, 'Warna kaos?');
    const vote = await rina.sendPollVote(shopJid, poll, ['Biru'], { fromLid: true });
    await expectVote(vote.id, 'Biru');
  });

  it('a voter WhatsApp shows only by LID (both sides signed by LID) is read too', async () => {
    const dewi = emu.createPhone('6281234568703', 'Dewi');
    const hello = await dewi.sendText(shopJid, 'halo', { fromLid: true, hidePn: true });
    await receiver.waitFor((h) => h.body.id === hello.id);
    const poll = await pollTo(dewi, dewi.lidJid, 'Warna topi?');
    const vote = await dewi.sendPollVote(shopJid, poll, ['Merah'], {
      fromLid: true,
      hidePn: true,
    });
    await expectVote(vote.id, 'Merah');
  });
});
