import { describe, expect, it } from 'vitest';
import { tempDatabase } from '../../../test/support/temp-dir';
import { insertDevice } from '../devices/queries';
import { insertRule, listRules, updateRule, type RuleFields } from './queries';

const fields = (deviceId: number, pattern: string): RuleFields => ({
  deviceId,
  match: 'contains',
  pattern,
  caseSensitive: false,
  reply: `Balasan untuk ${pattern}`,
  mediaUrl: null,
  enabled: true,
  cooldownSeconds: 60,
});

describe('auto-reply rule queries', () => {
  it('stores new rules at the end of the device list and updates every editable field', () => {
    const db = tempDatabase();
    const device = insertDevice(db, '6281234567161', 'Toko');
    const first = insertRule(db, fields(device.id, 'harga'));
    const second = insertRule(db, fields(device.id, 'alamat'));
    expect([first.position, second.position]).toEqual([1, 2]);
    expect(first).toMatchObject({ ...fields(device.id, 'harga'), id: expect.any(Number) });

    const changed = {
      ...first,
      match: 'exact' as const,
      pattern: 'HARGA',
      caseSensitive: true,
      reply: 'Harga mulai 10 ribu',
      mediaUrl: 'https://toko.example/harga.jpg',
      enabled: false,
      cooldownSeconds: 5,
    };
    expect(updateRule(db, changed)).toEqual(changed);
    expect(listRules(db, device.id).map((r) => r.pattern)).toEqual(['HARGA', 'alamat']);
  });
});
