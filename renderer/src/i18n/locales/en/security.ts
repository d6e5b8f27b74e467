// Settings → Security: how the WhatsApp keys and secrets are protected on this computer. English.
import type { Shape } from '../../shape';
import type * as id from '../id/security';

export const security: Shape<typeof id.security> = {
  section: 'Data security',
  level: {
    keychain:
      'WhatsApp keys, the API key, the webhook secret and the AI API key are stored encrypted. Their encryption key is protected by the system keychain ({{backend}}): a copied database file alone opens nothing.',
    key_file:
      'WhatsApp keys and secrets are stored encrypted, but this computer has no system keychain, so their encryption key is in the file {{keyFile}}, readable only by your account. Keep this computer account to yourself.',
    none: 'WhatsApp keys and secrets are stored without encryption; only the data folder permissions protect them.',
  },
  backendDefault: 'the system default',
  lostKey:
    'The stored encryption key could not be opened when the app started (the keychain was reset, or the data was copied from another account). No data was deleted: the app made a new key, the API key and webhook secret were renewed (see above), and devices whose keys cannot be read need their QR scanned again.',
  backupNote:
    'A backup of the data folder opens only for this account on this computer. Restored on another computer, the devices must be linked again.',
};
