// Baileys auth state in SQLite: every keys.set is one transaction, so a kill -9 leaves either the
// old or the new keys, never half of them (the multi-file JSON store can leave truncated files).
import {
  BufferJSON,
  initAuthCreds,
  makeCacheableSignalKeyStore,
  proto,
  type AuthenticationCreds,
  type AuthenticationState,
  type SignalDataSet,
  type SignalDataTypeMap,
  type SignalKeyStore,
} from '@whiskeysockets/baileys';
import type { Database } from 'better-sqlite3';
import type { Logger } from '../logger';
import {
  clearAuth,
  prepareKeyWriters,
  readCreds,
  readDecrypted,
  readKeys,
  writeCreds,
  writeDecrypted,
} from './auth-queries';

const encode = (value: unknown) => JSON.stringify(value, BufferJSON.replacer);
const decode = (text: string) => JSON.parse(text, BufferJSON.reviver);

// Plaintexts of received messages (patch decrypt-once, patches/README.md) are stored with the time they were
// saved, so the hourly job can drop them after DECRYPTED_RETENTION_MS (auth-queries.ts).
const DECRYPTED = 'decrypted-message';

export function createSqliteKeyStore(
  db: Database,
  deviceId: number,
  now: () => number = Date.now,
): SignalKeyStore {
  const writers = prepareKeyWriters(db);
  // One SQLite transaction per keys.set: a decrypted message's plaintext and the session step that spent its key
  // are written together, or neither is.
  const writeAll = db.transaction((data: SignalDataSet) => {
    for (const [type, entries] of Object.entries(data)) {
      for (const [id, value] of Object.entries(entries ?? {})) {
        if (type === DECRYPTED) writeDecrypted(db, deviceId, id, value == null ? null : encode(value), now());
        else if (value === null || value === undefined) writers.remove(deviceId, type, id);
        else writers.upsert(deviceId, type, id, encode(value));
      }
    }
  });
  return {
    get<T extends keyof SignalDataTypeMap>(type: T, ids: string[]) {
      const found: { [id: string]: SignalDataTypeMap[T] } = {};
      const rows = type === DECRYPTED ? readDecrypted(db, deviceId, ids) : readKeys(db, deviceId, type, ids);
      for (const row of rows) {
        let value = decode(row.value);
        if (type === 'app-state-sync-key') value = proto.Message.AppStateSyncKeyData.fromObject(value);
        found[row.id] = value;
      }
      return found;
    },
    set(data) {
      writeAll(data);
    },
    clear() {
      clearAuth(db, deviceId);
    },
  };
}

export interface SqliteAuthState {
  state: AuthenticationState;
  saveCreds(): void;
}

export function loadSqliteAuthState(db: Database, deviceId: number, logger: Logger): SqliteAuthState {
  const stored = readCreds(db, deviceId);
  const creds: AuthenticationCreds = stored ? decode(stored) : initAuthCreds();
  const keys = makeCacheableSignalKeyStore(createSqliteKeyStore(db, deviceId), logger as never);
  return {
    state: { creds, keys },
    saveCreds: () => writeCreds(db, deviceId, encode(creds)),
  };
}
