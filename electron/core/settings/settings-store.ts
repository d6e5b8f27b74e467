// Typed settings with defaults; the API key is generated on first start (and anew when it was sealed under a
// data key that was lost: the API keeps serving, with the new key shown in Settings).
import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { desktopSettingDefaults } from '../../../shared/desktop-settings';
import { DEFAULT_API_PORT, type Settings } from '../../../shared/domain';
import { openSecret, sealSecret } from '../secrets/db-secrets';
import { readSettingRows, writeSetting } from './queries';

/** Settings sealed with the data key (secrets/db-secrets.ts); an unreadable one counts as not set. */
const SEALED_SETTINGS = new Set(['apiKey']);

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
    const stored = Object.fromEntries(
      Object.entries(rows).flatMap(([key, value]) => {
        const text = SEALED_SETTINGS.has(key) ? openSecret(db, value) : value;
        return text === undefined ? [] : [[key, JSON.parse(text)]];
      }),
    );
    return { ...defaults, ...stored } as Settings;
  };
  const get = (): Settings => ({ ...(current ??= load()) });
  const update = (patch: Partial<Settings>): Settings => {
    db.transaction(() => {
      for (const [key, value] of Object.entries(patch)) {
        if (value === undefined) continue;
        const text = JSON.stringify(value);
        writeSetting(db, key, SEALED_SETTINGS.has(key) ? sealSecret(db, text) : text);
      }
    })();
    current = null;
    return get();
  };
  if (!get().apiKey) update({ apiKey: generateApiKey() });
  return { get, update };
}
