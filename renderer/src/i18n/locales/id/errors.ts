// Generic error lines by error code (the notification title and the fallback for each code). Indonesian.

export const errors = {
  title: 'Gagal',
  invalid_input: 'Data yang diisi belum benar. Periksa kolom yang ditandai.',
  not_found: 'Data tidak ditemukan. Mungkin sudah dihapus.',
  conflict: 'Data ini sudah ada.',
  unauthorized: 'Akses ditolak. Muat ulang halaman ini.',
  session_not_connected: 'Perangkat belum tersambung ke WhatsApp.',
  send_failed: 'Pesan gagal dikirim. Silakan coba lagi.',
  port_in_use: 'Port sudah dipakai aplikasi lain.',
  internal: 'Terjadi kesalahan. Silakan coba lagi.',
  network: 'Tidak bisa menghubungi Wasender. Pastikan aplikasinya masih berjalan.',
};
