import { afterEach, describe, expect, it } from 'vitest';
import { tempDatabase } from '../../../test/support/temp-dir';
import { insertDevice } from '../devices/queries';
import { createEventBus } from '../events';
import { createLogger } from '../logger';
import { createSessionRegistry, type SessionRegistry } from './session-registry';

describe('session registry', () => {
  let registry: SessionRegistry | undefined;
  afterEach(() => registry?.closeAll());

  it('gives a session only to an id that is a device, so no session outlives or precedes its row', () => {
    const db = tempDatabase();
    registry = createSessionRegistry({
      db,
      events: createEventBus(),
      logger: createLogger('silent'),
      wa: {},
    });
    const device = insertDevice(db, '6281234567001', 'Toko');
    expect(registry.get(device.id).snapshot()).toMatchObject({ deviceId: device.id });
    expect(() => registry!.get(device.id + 1)).toThrow(
      expect.objectContaining({ code: 'not_found', message: `Device ${device.id + 1} does not exist.` }),
    );
    expect(registry.list().map((state) => state.deviceId)).toEqual([device.id]);
  });
});
