// Why a device is not connected, as codes only: core stores them, the renderer shows them in the user's language
// (renderer/src/i18n/locales/{id,en}/devices.ts, `reasons`, typed by DisconnectReason so every code has a text).
export const disconnectReasonCodes = [
  'logged_out',
  'replaced',
  'connection_lost',
  'restart_required',
  'banned',
  'bad_session',
  'multidevice_mismatch',
  'unavailable',
  'qr_timeout',
  'wrong_number',
  'unresponsive',
  'unreachable',
  // The device's WhatsApp keys are sealed under a data key this computer can no longer unwrap (secrets/keystore.ts).
  'keys_unreadable',
] as const;

export type DisconnectReason = (typeof disconnectReasonCodes)[number];
