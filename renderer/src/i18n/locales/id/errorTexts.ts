// core's error texts (shared/error-texts.ts) in Indonesian, key for key; the typecheck refuses a missing or extra key.
import type { ErrorTextKey } from '../../../../../shared/error-texts';

export const errorTexts: Record<ErrorTextKey, string> = {
  campaign_finished: 'Siaran ini sudah selesai.',
  campaign_cancelled: 'Siaran ini sudah dibatalkan.',
  upload_expired: 'Berkas yang diunggah sudah kedaluwarsa. Pilih berkasnya lagi.',
  sheet_missing: 'Berkas ini tidak punya sheet bernama "{{sheet}}".',
  device_already_connected: 'Perangkat ini sudah tersambung.',
  update_blocked_by_campaign:
    'Kampanye sedang mengirim. Pembaruan dipasang saat Anda keluar, atau mulai ulang setelah kampanye selesai.',
  update_not_downloaded: 'Belum ada pembaruan yang selesai diunduh.',
};
