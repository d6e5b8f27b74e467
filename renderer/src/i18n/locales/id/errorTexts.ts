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
  pasted_list_empty: 'Ketik atau tempel minimal satu nomor.',
  media_missing: 'Pilih berkas atau isi tautannya.',
  template_button_invalid: 'Ada tombol yang bukan "call|Label|nomor" atau "url|Label|tautan".',
  template_button_format: 'Tulis tombol sebagai call|Label|nomor atau url|Label|tautan.',
  // The reader's own reason stays as it is (technical, for whoever helps the user).
  sheet_unreadable: 'Berkas ini tidak bisa dibaca sebagai Excel atau CSV ({{reason}}).',
  sheet_type: 'Berkas harus berupa Excel (.xlsx, .xls) atau CSV.',
  phone_column_missing: 'Pilih kolom nomor telepon (dan, bila ada, kolom lain untuk nama).',
  phone_column_field: 'Pilih kolom yang berisi nomor telepon.',
  webhook_url_missing: 'Alamat webhook belum diisi.',
  webhook_url_required: 'Alamat webhook wajib diisi.',
  knowledge_sheet_empty: 'Berkas ini tidak punya sheet dengan baris judul dan data.',
  ai_chat_missing: 'Percakapan ini tidak ada.',
  status_no_audience: 'Nomor ini belum punya kontak di aplikasi: isi nomornya atau pilih daftar kontak.',
  group_not_admin: 'Anda bukan admin grup ini.',
  group_members_missing: 'Isi minimal satu nomor anggota.',
  phone_invalid: 'Nomor telepon tidak valid. Contoh: 0812-3456-7890.',
  device_number_added: 'Nomor ini sudah ditambahkan.',
  device_number_taken: 'Nomor ini sudah ditambahkan.',
  message_text_required: 'Pesan wajib diisi.',
  group_unknown: 'Nomor ini tidak ada di grup tersebut.',
  campaign_status_type: 'Hanya siaran teks, gambar, atau video yang bisa juga dipasang sebagai Status.',
  media_unavailable:
    'Berkas ini sudah tidak tersedia: WhatsApp hanya menyimpan berkas untuk sementara dan HP tidak bisa mengirimkannya lagi.',
};
