// Migration 008 (send style): existing and new devices send interactive messages; only the three styles fit.
import { describe, expect, it } from 'vitest';
import { tempDatabase } from '../../../test/support/temp-dir';
import { insertDevice, interactiveStyleOf, setDeviceInteractiveStyle } from '../devices/queries';

describe('migration 008 devices.interactive_style', () => {
  it('defaults to interactive, stores poll or text, and refuses anything else', () => {
    const db = tempDatabase();
    const device = insertDevice(db, '6281234567001', 'Toko');
    expect(device.interactiveStyle).toBe('interactive');
    expect(setDeviceInteractiveStyle(db, device.id, 'poll')?.interactiveStyle).toBe('poll');
    expect(interactiveStyleOf(db, '6281234567001')).toBe('poll');
    expect(interactiveStyleOf(db, '6281234567999')).toBe('interactive');
    expect(() =>
      db.prepare(`UPDATE devices SET interactive_style = 'buttons' WHERE id = ?`).run(device.id),
    ).toThrow(/CHECK/);
    db.close();
  });
});
