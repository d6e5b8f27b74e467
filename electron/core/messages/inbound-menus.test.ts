import { describe, expect, it } from 'vitest';
import { tempDataDir } from '../../../test/support/temp-dir';
import { openDatabase } from '../db/database';
import { insertDevice } from '../devices/queries';
import { createMenuMemory } from './inbound-menus';
import type { InboundMessage } from './inbound-normalize';

const chat = '6281234567142@s.whatsapp.net';
const choices = [
  { id: '1', text: 'Paket A' },
  { id: '2', text: 'Paket B' },
];

function setup() {
  const dataDir = tempDataDir();
  const db = openDatabase(dataDir);
  const device = insertDevice(db, '6281234567141', 'Toko');
  return { dataDir, db, deviceId: device.id };
}

const typed = (body: string) =>
  ({ type: 'text', body, chatJid: chat, fromMe: false }) as unknown as InboundMessage;

describe('menu memory', () => {
  it('maps a typed number or the option text to the option, case and spaces aside', () => {
    const { db, deviceId } = setup();
    const menus = createMenuMemory(db);
    menus.remember(deviceId, chat, choices);
    const two = typed(' 2 ');
    menus.resolve(deviceId, two);
    expect(two).toMatchObject({ body: 'Paket B', selectedId: '2', extra: { typed: ' 2 ' } });
    const byText = typed('paket a');
    menus.resolve(deviceId, byText);
    expect(byText).toMatchObject({ body: 'Paket A', selectedId: '1' });
    const other = typed('3');
    menus.resolve(deviceId, other);
    expect(other.selectedId).toBeUndefined();
  });

  it('still knows the menu after the app restarts, and forgets it after a day', () => {
    const { dataDir, db, deviceId } = setup();
    let now = 1_000_000;
    createMenuMemory(db, () => now).remember(deviceId, chat, choices);
    db.close();
    const reopened = createMenuMemory(openDatabase(dataDir), () => now);
    const answer = typed('2');
    reopened.resolve(deviceId, answer);
    expect(answer.body).toBe('Paket B');
    now += 24 * 60 * 60_000 + 1;
    const late = typed('2');
    reopened.resolve(deviceId, late);
    expect(late.body).toBe('2');
  });

  it('keeps only the last menu sent to a chat', () => {
    const { db, deviceId } = setup();
    const menus = createMenuMemory(db);
    menus.remember(deviceId, chat, choices);
    menus.remember(deviceId, chat, [{ id: '1', text: 'Ya' }]);
    const answer = typed('1');
    menus.resolve(deviceId, answer);
    expect(answer.body).toBe('Ya');
  });
});
