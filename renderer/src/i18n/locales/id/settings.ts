// The Settings page: API access, language, region, tray. Indonesian.

export const settings = {
  title: 'Pengaturan',
  subtitle: 'Akses API, bahasa, dan cara kerja aplikasi.',
  saved: 'Pengaturan disimpan',
  apiSection: 'Akses API',
  apiUrl: 'Alamat API',
  apiKey: 'API key',
  apiKeyHint: 'Dipakai skrip dan aplikasi lain sebagai parameter api_key. Jangan bagikan ke orang lain.',
  showKey: 'Tampilkan API key',
  hideKey: 'Sembunyikan API key',
  regenerate: 'Buat key baru',
  regenerateTitle: 'Buat API key baru?',
  regenerateBody:
    'Key lama langsung tidak berlaku. Skrip atau aplikasi yang masih memakai key lama harus diperbarui dengan key yang baru.',
  regenerateConfirm: 'Ya, buat key baru',
  regenerated: 'API key baru sudah dibuat',
  port: 'Port API',
  portHint: 'Berlaku setelah aplikasi dimulai ulang.',
  portRunning:
    'Sekarang API berjalan di port {{port}}. Port yang disimpan di sini berlaku setelah aplikasi dimulai ulang.',
  lanSwitch: 'Izinkan komputer lain di jaringan kantor memakai API',
  lanHint: 'Berlaku setelah aplikasi dimulai ulang.',
  lanWarning:
    'Siapa pun di jaringan yang tahu API key dapat mengirim pesan atas nama nomor Anda. Aktifkan hanya di jaringan yang Anda percaya, dan jangan di Wi-Fi umum.',
  corsOrigins: 'Aplikasi web Anda sendiri yang boleh memakai API (CORS)',
  corsOriginsHint:
    'Satu alamat per baris, misalnya https://pos.example.com. Situs lain selalu ditolak; program dan server tidak perlu diisi di sini.',
  corsOriginsInvalid: 'Tulis sebagai http(s)://nama atau http(s)://nama:port, tanpa path.',
  localMediaSwitch: 'Izinkan tautan media ke komputer ini dan jaringan kantor',
  localMediaHint:
    'Untuk invoice di server kantor. Alamat cloud dan link-local (169.254.x.x) tidak pernah diunduh.',
  lanUrls: 'Alamat untuk komputer lain',
  generalSection: 'Umum',
  language: 'Bahasa',
  region: 'Wilayah nomor',
  regionHint: 'Nomor tanpa kode negara (misalnya 0812…) dibaca sebagai nomor dari wilayah ini.',
  closeToTray: 'Tetap berjalan di tray saat jendela ditutup',
  closeToTrayHint: 'API tetap menerima permintaan dari aplikasi lain walau jendela ditutup.',
};
