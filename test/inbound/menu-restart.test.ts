// A customer answers a numbered menu after the app was restarted: the typed "2" still maps to the option.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { findMessageByWaId } from '../../electron/core/messages/inbox-queries';
import { startEmulator, type Emulator } from '../emulator/index';
import { tempDataDir } from '../support/temp-core';
import { linkDeviceByQr, startCoreAgainst, waitForSession } from '../support/wa-harness';

const DEVICE = '6281234567151';
let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator();
});
afterAll(() => emu?.close());

it('maps a typed answer to the menu sent before the restart', async () => {
  const dataDir = tempDataDir();
  const first = await startCoreAgainst(emu, { dataDir });
  const { device } = await linkDeviceByQr(first, emu, DEVICE);
  const alice = emu.createPhone('6281234567152', 'Alice');
  await first.sender.send({
    sender: DEVICE,
    to: alice.jid,
    content: {
      kind: 'content',
      content: { text: 'Pilih:\n1. Paket A\n2. Paket B\n\nBalas 1/2' },
      choices: [
        { id: '1', text: 'Paket A' },
        { id: '2', text: 'Paket B' },
      ],
    },
  });
  await alice.waitForMessage((m) => !!m.text?.startsWith('Pilih:'));
  await first.close();

  const restarted = await startCoreAgainst(emu, { dataDir });
  try {
    await waitForSession(restarted, device.id, (s) => s.status === 'open');
    const answer = await alice.sendText(`${DEVICE}@s.whatsapp.net`, '2');
    await expect
      .poll(async () => {
        await restarted.inbound.settled();
        return findMessageByWaId(restarted.db, device.id, answer.id);
      })
      .toMatchObject({ body: 'Paket B', selectedId: '2' });
  } finally {
    await restarted.close();
  }
});
