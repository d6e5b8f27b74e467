// Typed settings with defaults; the API key is generated on first start.
import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { desktopSettingDefaults } from '../../../shared/desktop-settings';
import { DEFAULT_API_PORT, type Settings } from '../../../shared/domain';
import { readSettingRows, writeSetting } from './queries';

const defaults: Omit<Settings, 'apiKey'> = {
  language: 'id',
  apiPort: DEFAULT_API_PORT,
  defaultRegion: 'ID',
  closeToTray: true,
  listenOnLan: false,
  offlineReplyMaxHours: 24,
  ...desktopSettingDefaults,
  corsOrigins: [],
  allowLocalMediaUrls: true,
};

/** 32 url-safe characters, 192 bits: long enough to be unguessable, short enough to paste. */
export function generateApiKey(): string {
  return randomBytes(24).toString('base64url');
}

export interface SettingsStore {
  get(): Settings;
  update(patch: Partial<Settings>): Settings;
}

/** This store is the only writer of the settings table, so it keeps them in memory (read on every API call). */
export function createSettingsStore(db: Database): SettingsStore {
  let current: Settings | null = null;
  const load = (): Settings => {
    const rows = readSettingRows(db);
    const stored = Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, JSON.parse(v)]));
    return { ...defaults, ...stored } as Settings;
  };
  const get = (): Settings => ({ ...(current ??= load()) });
  const update = (patch: Partial<Settings>): Settings => {
    db.transaction(() => {
      for (const [key, value] of Object.entries(patch)) {
        if (value !== undefined) writeSetting(db, key, JSON.stringify(value));
      }
    })();
    current = null;
    return get();
  };
  if (!get().apiKey) update({ apiKey: generateApiKey() });
  return { get, update };
}
