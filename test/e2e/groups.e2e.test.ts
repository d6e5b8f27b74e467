// The Groups page in Chromium against the emulator: the number's groups (one it is admin of, one LID group of
// Budi's with hidden numbers), the members, "make contact list" with the unresolved count, the invite link, and a
// group created from the page.
import { expect, it } from 'vitest';
import type { Emulator, Phone } from '../emulator/index';
import { screenshot, useE2eApp } from './helpers';

const SHOP = '6281234567601';
let budi: Phone;
let sari: Phone;
let emu: Emulator;

const app = useE2eApp({
  emulator: true,
  prepare: ({ emulator }) => {
    emu = emulator;
    budi = emulator.createPhone('6281234567602', 'Budi');
    sari = emulator.createPhone('6281234567603', 'Sari');
  },
  linkedDevice: { number: SHOP, name: 'Toko' },
  viewport: { width: 1366, height: 1000 },
  timeout: 60_000,
});

it('lists the groups, shows members, makes a contact list, gets the invite link and creates a group', async () => {
  const page = app.page;
  // Made while the app is connected: it learns them from WhatsApp's create notifications.
  const pelanggan = await emu.createGroup('Pelanggan', [SHOP, budi.number, sari.number], SHOP);
  await emu.context.groups.create('Arisan', [budi.number, SHOP, sari.number], budi.number, 'lid', {
    hidePhoneNumbers: true,
  });
  await page.goto(`${app.server.url}/#/groups`);
  await page.getByTestId('group-row').getByText('Pelanggan').waitFor({ timeout: 15_000 });
  await page.getByTestId('group-row').getByText('Arisan').waitFor();
  await page.getByTestId('group-row').filter({ hasText: 'Pelanggan' }).click();
  await page.getByText('Anggota (3)').waitFor();
  await page.getByRole('button', { name: 'Tautan undangan' }).click();
  const link = await page.getByTestId('group-invite-link').textContent();
  expect(link).toBe(`https://chat.whatsapp.com/${emu.context.groups.get(pelanggan.jid)!.inviteCode}`);

  // Budi's LID group, member numbers hidden: Budi's number can come with the group (its creator_pn), Sari's is
  // unknown; the shop itself is left out of the list.
  await page.getByTestId('group-row').filter({ hasText: 'Arisan' }).click();
  await page.getByText('Nomor tidak diketahui (LID)').first().waitFor();
  // Our own entry is shown by our number, not as unknown.
  await page.getByTestId('group-members').getByText('+62 812 3456 7601').waitFor();
  expect(await page.getByRole('button', { name: 'Tautan undangan' }).count()).toBe(0);
  await page.getByRole('button', { name: 'Jadikan daftar kontak' }).click();
  await page.getByTestId('group-list-made').waitFor();
  const made = (await page.getByTestId('group-list-made').textContent()) ?? '';
  const [, added, unresolved] =
    /Daftar kontak dibuat: (\d+) nomor, (\d+) tidak bisa dikenali\./.exec(made) ?? [];
  // Budi's pair may or may not have reached the app's LID map yet; Sari's number is known nowhere.
  expect(Number(added) + Number(unresolved)).toBe(2);
  expect(Number(unresolved)).toBeGreaterThanOrEqual(1);
  expect(await page.getByTestId('group-invite-link').count()).toBe(0);
  await screenshot(page, 'groups-01-members');

  await page.getByLabel('Nama grup').fill('Grup Baru');
  await page.getByLabel('Nomor anggota (satu per baris)').fill(`${budi.number}\n${sari.number}`);
  await page.getByRole('button', { name: 'Buat', exact: true }).click();
  await page.getByTestId('group-row').getByText('Grup Baru').waitFor();
  const created = emu.context.groups.list().find((g) => g.subject === 'Grup Baru');
  expect(created?.participants.find((p) => p.number === SHOP)?.admin).toBe('superadmin');
  // All groups of the number as a broadcast list (one message per group in a campaign).
  await page.getByTestId('groups-campaign-list').click();
  await page.getByText('Daftar "Grup Toko" dibuat: 3 grup, satu pesan per grup di siaran.').waitFor();
  await screenshot(page, 'groups-02-created');
  expect(app.pageErrors).toEqual([]);
});
