// The desktop app's data key: core/secrets/keystore.ts keeps the file, wrapped by the OS keychain through
// Electron safeStorage (keychain-wrapper.ts) when there is one.
import { safeStorage } from 'electron';
import { loadDataKeys, type DataKeys } from '../core/secrets/keystore';
import { keychainWrapper } from './keychain-wrapper';

export async function loadDesktopDataKeys(dataDir: string): Promise<DataKeys> {
  return loadDataKeys({ dataDir, wrapper: await keychainWrapper(safeStorage) });
}
