// The API page: base URL, health check, documentation link. Indonesian.

export const api = {
  title: 'API',
  subtitle: 'Hubungkan skrip PHP, Excel, atau sistem kasir ke Wasender.',
  baseUrl: 'Alamat dasar (base URL)',
  baseUrlHint: 'Hanya bisa diakses dari komputer ini.',
  healthTitle: 'Cek apakah API berjalan',
  healthText:
    'Jalankan perintah ini di Command Prompt atau Terminal. Jawabannya berisi status, versi, dan jumlah perangkat.',
  docsTitle: 'Dokumentasi semua endpoint',
  docsText:
    'Setiap endpoint dengan parameternya dan contoh PHP, Python, Node.js dan curl yang siap disalin, memakai alamat di atas. Bisa dibuka tanpa internet.',
  docsTextWithKey:
    'Setiap endpoint dengan parameternya dan contoh PHP, Python, Node.js dan curl yang siap disalin, sudah berisi alamat dan API key Anda. Bisa dibuka tanpa internet.',
  docsAction: 'Buka dokumentasi API',
  compatTitle: 'Sama dengan API Wasender online',
  compatText:
    'Endpoint pengiriman (/send-message, /send-media, …) memakai parameter yang sama dengan layanan Wasender/MPWA online. Cukup ganti alamat server ke alamat di atas dan pakai API key dari Pengaturan.',
  keyAction: 'Lihat API key',
  offline: 'API sedang tidak berjalan.',
};
