// Issue 14, point 10: receivers written for MPWA-based gateways read `sender` (and `device`) besides `message`,
// and drop a payload without `sender`. MPWA itself posts {message, bufferImage, from, name, participant}
// (zymzz-id/MPWA server/controllers/incomingMessage.js, sendWebhook call); every documented key stays.
import { describe, expect, it } from 'vitest';
import { useCompat } from './harness';

const ctx = useCompat('6281234567161', '6281234567162');

describe('10: incoming-message webhook', () => {
  it('carries sender (= from) and device beside every documented key', async () => {
    const { id } = await ctx.phone.sendText(`${ctx.sender}@s.whatsapp.net`, 'Halo dari pelanggan');
    const hook = await ctx.receiver.waitFor((h) => h.body?.id === id);
    expect(hook.body).toMatchObject({
      message: 'Halo dari pelanggan',
      from: ctx.phone.number,
      bufferImage: null,
      participant: null,
      name: 'Budi',
      sender: ctx.phone.number,
      device: ctx.sender,
    });
    // The documented keys come first, in the documented order, as before.
    expect(Object.keys(hook.body).slice(0, 4)).toEqual(['message', 'from', 'bufferImage', 'participant']);
  });

  it('in a group, sender is from (the group), the member is participant, as MPWA sends them', async () => {
    const other = ctx.emu.createPhone('6281234567163', 'Sari');
    const group = await ctx.emu.createGroup(
      'Pelanggan',
      [ctx.phone.number, other.number, ctx.sender],
      other.number,
    );
    const { id } = await other.sendText(group.jid, 'ada stok?');
    const hook = await ctx.receiver.waitFor((h) => h.body?.id === id);
    expect(hook.body).toMatchObject({
      message: 'ada stok?',
      from: group.jid,
      sender: group.jid,
      participant: other.number,
      device: ctx.sender,
    });
  });
});
