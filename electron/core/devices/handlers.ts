// Devices part of the contract: list, add (number normalized), rename, remove.
import type { Database } from 'better-sqlite3';
import type { HandlersFor } from '../../../shared/contract';
import { normalizePhone } from '../../../shared/phone';
import { AppError, appError } from '../errors';
import type { EventBus } from '../events';
import type { SettingsStore } from '../settings/settings-store';
import {
  deleteDevice,
  findDeviceByNumber,
  insertDevice,
  listDevices,
  renameDevice,
  setDeviceInteractiveStyle,
  setDeviceWebhook,
} from './queries';

export interface DeviceHandlerDeps {
  /** Called before a device row is deleted (the session unlinks it from the phone). */
  beforeRemove(deviceId: number): Promise<void>;
}

export function createDeviceHandlers(
  db: Database,
  settings: SettingsStore,
  events: EventBus,
  deps: DeviceHandlerDeps,
) {
  const changed = <T>(deviceId: number, result: T): T => {
    events.emit('devices.changed', { deviceId });
    return result;
  };
  return {
    'devices.list': () => listDevices(db),
    'devices.create': ({ number, name }) => {
      const normalized = normalizePhone(number, settings.get().defaultRegion);
      if (!normalized) {
        throw appError('invalid_input', 'phone_invalid', undefined, { number: 'phone_invalid' });
      }
      if (findDeviceByNumber(db, normalized)) {
        throw appError('conflict', 'device_number_added', undefined, { number: 'device_number_taken' });
      }
      const device = insertDevice(db, normalized, name);
      return changed(device.id, device);
    },
    'devices.rename': ({ id, name }) => {
      const device = renameDevice(db, id, name);
      if (!device) throw new AppError('not_found', `Device ${id} does not exist.`);
      return changed(id, device);
    },
    'devices.remove': async ({ id }) => {
      await deps.beforeRemove(id);
      return changed(id, { removed: deleteDevice(db, id) });
    },
    'devices.setWebhook': ({ id, url, repliesElsewhere }) => {
      const device = setDeviceWebhook(db, id, url || null, repliesElsewhere);
      if (!device) throw new AppError('not_found', `Device ${id} does not exist.`);
      return changed(id, device);
    },
    'devices.setInteractiveStyle': ({ id, style }) => {
      const device = setDeviceInteractiveStyle(db, id, style);
      if (!device) throw new AppError('not_found', `Device ${id} does not exist.`);
      return changed(id, device);
    },
  } satisfies HandlersFor<
    | 'devices.list'
    | 'devices.create'
    | 'devices.rename'
    | 'devices.remove'
    | 'devices.setWebhook'
    | 'devices.setInteractiveStyle'
  >;
}
