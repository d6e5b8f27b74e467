// One behaviour suite for the contract, run against every transport (HTTP+WebSocket, Electron IPC).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContractBridge, EventName, EventPayload } from '../../shared/contract';
import type { ErrorCode } from '../../shared/errors';
import type { Core } from '../../electron/core/app';

export interface ContractHarness {
  bridge: ContractBridge;
  core: Core;
  teardown: () => Promise<void>;
}

/** Resolves with the next payload of `event` that matches, or rejects after `ms`. */
export function nextEvent<E extends EventName>(
  bridge: ContractBridge,
  event: E,
  matches: (payload: EventPayload<E>) => boolean = () => true,
  ms = 3000,
): Promise<EventPayload<E>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`no ${event} event within ${ms} ms`));
    }, ms);
    const unsubscribe = bridge.subscribe(event, (payload) => {
      if (!matches(payload)) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(payload);
    });
  });
}

/** The rejection of a contract call, checked to be a ContractError-shaped value with `code`. */
export async function contractFailure(call: Promise<unknown>, code: ErrorCode) {
  const error = await call.then(
    () => {
      throw new Error(`expected the call to fail with ${code}, but it succeeded`);
    },
    (e: unknown) => e as { name: string; code: string; message: string; details?: any },
  );
  expect(error).toMatchObject({ name: 'ContractError', code });
  expect(typeof error.message).toBe('string');
  return error;
}

export function describeContract(name: string, setup: () => Promise<ContractHarness>) {
  describe(`contract over ${name}`, () => {
    let h: ContractHarness;
    beforeEach(async () => {
      h = await setup();
    });
    afterEach(async () => {
      await h.teardown();
    });

    it('app.info describes the running app', async () => {
      const info = await h.bridge.invoke('app.info');
      expect(info).toMatchObject({
        name: expect.any(String),
        version: expect.any(String),
        apiListening: true,
        apiError: null,
      });
      expect(info.dataDir).toBe((await h.core.rpc.invoke('app.info')).dataDir);
      expect(info.apiUrl).toBe(h.core.api.url);
    });

    it('settings.get returns the stored settings including the API key', async () => {
      const settings = await h.bridge.invoke('settings.get');
      expect(settings).toEqual(h.core.settings.get());
      expect(settings.apiKey.length).toBeGreaterThanOrEqual(32);
    });

    it('settings.set changes only the given fields, persists them and announces settings.changed', async () => {
      const before = await h.bridge.invoke('settings.get');
      const announced = nextEvent(h.bridge, 'settings.changed', (s) => s.language === 'en');
      const after = await h.bridge.invoke('settings.set', { language: 'en', closeToTray: false });
      expect(after).toEqual({ ...before, language: 'en', closeToTray: false });
      expect(await announced).toEqual(after);
      expect(h.core.settings.get()).toEqual(after);
    });

    it('settings.regenerateApiKey replaces the key and announces it', async () => {
      const { apiKey: oldKey } = await h.bridge.invoke('settings.get');
      const announced = nextEvent(h.bridge, 'settings.changed', (s) => s.apiKey !== oldKey);
      const { apiKey } = await h.bridge.invoke('settings.regenerateApiKey');
      expect(apiKey).not.toBe(oldKey);
      expect(apiKey.length).toBeGreaterThanOrEqual(32);
      expect((await announced).apiKey).toBe(apiKey);
    });

    it('devices.create normalizes an Indonesian number and devices.list shows it', async () => {
      expect(await h.bridge.invoke('devices.list')).toEqual([]);
      const device = await h.bridge.invoke('devices.create', {
        number: '0812-3456-7890',
        name: 'Toko Utama',
      });
      expect(device).toMatchObject({
        id: expect.any(Number),
        number: '6281234567890',
        name: 'Toko Utama',
        status: 'idle',
      });
      expect(await h.bridge.invoke('devices.list')).toEqual([device]);
    });

    it('devices.create refuses an invalid number with invalid_input and a field message', async () => {
      const error = await contractFailure(
        h.bridge.invoke('devices.create', { number: '12', name: 'x' }),
        'invalid_input',
      );
      expect(error.details).toEqual({ number: [expect.any(String)] });
      expect(await h.bridge.invoke('devices.list')).toEqual([]);
    });

    it('devices.create refuses the same number in another notation with conflict', async () => {
      await h.bridge.invoke('devices.create', { number: '0812-3456-7890', name: 'A' });
      const error = await contractFailure(
        h.bridge.invoke('devices.create', { number: '+62 812 3456 7890' }),
        'conflict',
      );
      expect(error.details).toEqual({ number: [expect.any(String)] });
      expect(await h.bridge.invoke('devices.list')).toHaveLength(1);
    });

    it('devices.rename renames, and a missing device is not_found', async () => {
      const device = await h.bridge.invoke('devices.create', { number: '081234567890', name: 'Old' });
      const renamed = await h.bridge.invoke('devices.rename', { id: device.id, name: '  Kasir 2 ' });
      expect(renamed).toMatchObject({ id: device.id, number: device.number, name: 'Kasir 2' });
      await contractFailure(
        h.bridge.invoke('devices.rename', { id: device.id + 100, name: 'x' }),
        'not_found',
      );
    });

    it('devices.remove removes the device and reports whether it existed', async () => {
      const device = await h.bridge.invoke('devices.create', { number: '081234567890' });
      expect(await h.bridge.invoke('devices.remove', { id: device.id })).toEqual({ removed: true });
      expect(await h.bridge.invoke('devices.remove', { id: device.id })).toEqual({ removed: false });
      expect(await h.bridge.invoke('devices.list')).toEqual([]);
    });

    it('delivers devices.changed for create, rename and remove through subscribe', async () => {
      const seen: EventPayload<'devices.changed'>[] = [];
      const unsubscribe = h.bridge.subscribe('devices.changed', (payload) => seen.push(payload));
      const created = nextEvent(h.bridge, 'devices.changed');
      const device = await h.bridge.invoke('devices.create', { number: '081234567890' });
      expect(await created).toEqual({ deviceId: device.id });
      const renamed = nextEvent(h.bridge, 'devices.changed');
      await h.bridge.invoke('devices.rename', { id: device.id, name: 'B' });
      await renamed;
      const removed = nextEvent(h.bridge, 'devices.changed');
      await h.bridge.invoke('devices.remove', { id: device.id });
      await removed;
      unsubscribe();
      expect(seen).toEqual([{ deviceId: device.id }, { deviceId: device.id }, { deviceId: device.id }]);
    });

    it('stops delivering to a listener after its unsubscribe', async () => {
      const stopped: unknown[] = [];
      const unsubscribe = h.bridge.subscribe('devices.changed', (payload) => stopped.push(payload));
      unsubscribe();
      // A second listener proves the event was delivered to the page at all.
      const delivered = nextEvent(h.bridge, 'devices.changed');
      await h.bridge.invoke('devices.create', { number: '081234567890' });
      await delivered;
      expect(stopped).toEqual([]);
    });

    it('delivers only the subscribed event name', async () => {
      const devices: unknown[] = [];
      const unsubscribe = h.bridge.subscribe('devices.changed', (payload) => devices.push(payload));
      const settings = nextEvent(h.bridge, 'settings.changed');
      await h.bridge.invoke('settings.set', { language: 'en' });
      await settings;
      unsubscribe();
      expect(devices).toEqual([]);
    });

    it('rejects input of the wrong shape with invalid_input, naming every bad field', async () => {
      const wrongTypes = await contractFailure(
        h.bridge.invoke('devices.create', { number: 812345, name: 7 } as never),
        'invalid_input',
      );
      expect(Object.keys(wrongTypes.details).sort()).toEqual(['name', 'number']);
      const extraKey = await contractFailure(
        h.bridge.invoke('devices.create', { number: '081234567890', admin: true } as never),
        'invalid_input',
      );
      expect(extraKey.details).toBeTruthy();
      const badPort = await contractFailure(
        h.bridge.invoke('settings.set', { apiPort: 80 }),
        'invalid_input',
      );
      expect(Object.keys(badPort.details)).toEqual(['apiPort']);
      await contractFailure(h.bridge.invoke('devices.remove', { id: -1 }), 'invalid_input');
      expect(await h.bridge.invoke('devices.list')).toEqual([]);
    });

    it('refuses a method that is not in the contract', async () => {
      await contractFailure(h.bridge.invoke('devices.dropAll' as never), 'not_found');
    });
  });
}
