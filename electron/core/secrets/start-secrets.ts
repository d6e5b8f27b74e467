// Core's start with the data key its caller unwrapped (desktop: safeStorage; headless: the key file): the
// database gets its secret box and an older install's plaintext secrets are sealed before anything reads them.
import type { Database } from 'better-sqlite3';
import type { KeyProtection } from '../../../shared/key-protection';
import type { Logger } from '../logger';
import { attachSecretBox, openSecret } from './db-secrets';
import type { DataKeys } from './keystore';
import { sealPlaintextSecrets } from './seal-plaintext';
import { createSecretBox } from './secret-box';

const unprotected: KeyProtection = { level: 'none', backend: null, lostKey: false, keyFile: null };

/**
 * Values sealed under a key this start does not hold, also when the keystore itself said nothing: e.g. the
 * database restored without its keystore.json, or copied from another computer.
 */
function hasUnreadableSecrets(db: Database): boolean {
  const rows = db
    .prepare(`SELECT creds AS value FROM wa_creds UNION ALL SELECT value FROM settings WHERE key = 'apiKey'`)
    .all() as { value: string }[];
  return rows.some((row) => openSecret(db, row.value) === undefined);
}

export function startSecrets(db: Database, keys: DataKeys | undefined, logger: Logger): KeyProtection {
  if (!keys) return unprotected;
  const box = createSecretBox(keys.key, keys.olderKeys);
  attachSecretBox(db, box);
  const sealed = sealPlaintextSecrets(db, box);
  if (sealed > 0) logger.info({ sealed }, 'sealed the secrets an older version kept in plaintext');
  const protection = { ...keys.protection, lostKey: keys.protection.lostKey || hasUnreadableSecrets(db) };
  if (protection.lostKey)
    logger.warn(
      { keyFile: keys.protection.keyFile },
      'the stored data key could not be unwrapped (keychain reset or data copied from another account): ' +
        'kept it, made a new one; devices whose keys cannot be read must be linked again',
    );
  return protection;
}
