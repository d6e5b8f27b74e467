// Which events notify, with what text, and where a click leads (pure rules of notification-rules.ts).
import { describe, expect, it } from 'vitest';
import type { RecipientCounts } from '../../shared/broadcasts';
import { desktopSettingDefaults } from '../../shared/desktop-settings';
import type { SessionState } from '../../shared/domain';
import type { InboxMessage } from '../../shared/inbox';
import {
  campaignNotification,
  deviceNotification,
  firstLine,
  inboxNotification,
  restrictionNotification,
  type CampaignChange,
  type RuleContext,
} from './notification-rules';

const id: RuleContext = { language: 'id', switches: desktopSettingDefaults.notifications };
const en: RuleContext = { ...id, language: 'en' };
const off = (kind: keyof RuleContext['switches']): RuleContext => ({
  ...id,
  switches: { ...id.switches, [kind]: false },
});

const message = (patch: Partial<InboxMessage> = {}): InboxMessage => ({
  id: 41,
  deviceId: 2,
  chatId: 7,
  waId: '3EB0AAAA',
  fromMe: false,
  sender: '6281311112222',
  senderName: 'Bu Sari',
  type: 'text',
  body: 'Pesanan saya sudah dikirim?\nTerima kasih',
  selectedId: null,
  mimetype: null,
  fileName: null,
  thumbnail: null,
  quotedId: null,
  quoted: null,
  hasMedia: false,
  status: null,
  edited: false,
  deleted: false,
  extra: null,
  timestamp: 1_760_000_000_000,
  ...patch,
});

describe('inboxNotification', () => {
  it('a message from someone while the window is not in front: sender, first line, click opens the chat', () => {
    expect(inboxNotification(message(), false, id)).toEqual({
      kind: 'inbox',
      title: 'Bu Sari',
      body: 'Pesanan saya sudah dikirim?',
      route: 'inbox?device=2&chat=7',
    });
  });

  it('says nothing while the window is in front, for our own sends, or with the switch off', () => {
    expect(inboxNotification(message(), true, id)).toBeNull();
    expect(inboxNotification(message({ fromMe: true }), false, id)).toBeNull();
    expect(inboxNotification(message(), false, off('inbox'))).toBeNull();
  });

  it('falls back to the formatted number, and names media without a caption', () => {
    const photo = inboxNotification(message({ senderName: null, type: 'image', body: '' }), false, id);
    expect(photo).toMatchObject({ title: '+62 813 1111 2222', body: 'Foto' });
    const voice = inboxNotification(message({ type: 'audio', body: '' }), false, en);
    expect(voice?.body).toBe('Voice message');
    const file = inboxNotification(
      message({ type: 'document', body: '', fileName: 'faktur.pdf' }),
      false,
      id,
    );
    expect(file?.body).toBe('faktur.pdf');
  });

  it('shortens a long first line to 120 characters', () => {
    const line = firstLine(`\n  ${'a'.repeat(300)}\nnext`);
    expect(line).toHaveLength(120);
    expect(line.endsWith('…')).toBe(true);
  });
});

describe('deviceNotification', () => {
  const state = (status: SessionState['status']): SessionState => ({
    deviceId: 2,
    status,
    reason: null,
    qrDataUrl: null,
    qr: null,
    pairingCode: null,
    retryAt: null,
  });

  it('logged out by the phone: at once, and the click opens Devices', () => {
    expect(deviceNotification('open', state('logged_out'), 'Kasir', id)).toEqual({
      kind: 'device',
      title: 'Kasir dikeluarkan dari WhatsApp',
      body: 'Perangkat ini dikeluarkan dari ponsel. Pindai kode QR lagi untuk menautkan.',
      route: 'devices',
    });
  });

  it('a working device that drops or is refused says "disconnected"', () => {
    expect(deviceNotification('open', state('reconnecting'), 'Kasir', en)?.title).toBe('Kasir disconnected');
    expect(deviceNotification('open', state('failed'), 'Kasir', id)?.title).toBe('Kasir terputus');
  });

  it('stays quiet for linking steps, pauses by the user, repeats and with the switch off', () => {
    expect(deviceNotification('connecting', state('reconnecting'), 'Kasir', id)).toBeNull();
    expect(deviceNotification('open', state('paused'), 'Kasir', id)).toBeNull();
    expect(deviceNotification('logged_out', state('logged_out'), 'Kasir', id)).toBeNull();
    expect(deviceNotification('open', state('open'), 'Kasir', id)).toBeNull();
    expect(deviceNotification('open', state('logged_out'), 'Kasir', off('device'))).toBeNull();
  });
});

describe('campaignNotification', () => {
  const counts: RecipientCounts = {
    total: 10,
    pending: 0,
    sending: 0,
    sent: 5,
    delivered: 2,
    read: 1,
    failed: 2,
    skipped: 0,
  };
  const change = (patch: Partial<CampaignChange>): CampaignChange => ({
    campaignId: 9,
    name: 'Promo Desember',
    from: 'running',
    to: 'done',
    pauseReason: null,
    counts,
    ...patch,
  });

  it('finished: sent (with delivered and read) and failed counts, click opens the campaign', () => {
    expect(campaignNotification(change({}), id)).toEqual({
      kind: 'campaign',
      title: 'Kampanye "Promo Desember" selesai',
      body: '8 terkirim, 2 gagal.',
      route: 'broadcasts?campaign=9',
    });
  });

  it('paused by itself says why; paused by the user, cancelled or switched off says nothing', () => {
    const limited = campaignNotification(change({ to: 'paused', pauseReason: 'rate_limited' }), en);
    expect(limited).toMatchObject({
      title: 'Campaign "Promo Desember" paused',
      body: 'WhatsApp is limiting sends from this number. Resume later.',
    });
    const loggedOut = campaignNotification(change({ to: 'paused', pauseReason: 'logged_out' }), id);
    expect(loggedOut?.body).toBe('Perangkat pengirim dikeluarkan dari WhatsApp.');
    expect(campaignNotification(change({ to: 'paused', pauseReason: 'user' }), id)).toBeNull();
    expect(campaignNotification(change({ to: 'cancelled' }), id)).toBeNull();
    expect(
      campaignNotification(change({ from: 'paused', to: 'paused', pauseReason: 'logged_out' }), id),
    ).toBeNull();
    expect(campaignNotification(change({}), off('campaign'))).toBeNull();
  });
});

describe('restrictionNotification', () => {
  it('names the number and, when known, until when (24-hour time)', () => {
    const until = new Date(2026, 11, 3, 21, 30).getTime();
    const spec = restrictionNotification({ deviceId: 2, until }, 'Kasir', id);
    expect(spec).toMatchObject({
      kind: 'restriction',
      title: 'Kasir dibatasi oleh WhatsApp',
      route: 'devices',
    });
    expect(spec?.body).toMatch(/ditahan sampai .*21[.:]30/);
    expect(restrictionNotification({ deviceId: 2, until: null }, 'Kasir', en)?.body).toBe(
      'Messages to new chats are held for a while. Replies to existing chats still go out.',
    );
    expect(restrictionNotification({ deviceId: 2, until }, 'Kasir', off('restriction'))).toBeNull();
  });
});
