// The app shell: name, navigation, header, shared buttons, the no-device screen, languages and countries. Indonesian.

export const app = {
  name: 'Wasender Desktop',
  tagline: 'Kirim pesan WhatsApp dari komputer Anda',
  loading: 'Memuat…',
  loadFailed: 'Aplikasi tidak bisa dimuat',
  loadFailedHint: 'Pastikan Wasender masih berjalan, lalu coba lagi.',
};

export const nav = {
  devices: 'Perangkat',
  compose: 'Tulis Pesan',
  broadcasts: 'Siaran',
  inbox: 'Kotak Masuk',
  ai: 'Balasan AI',
  groups: 'Grup',
  webhooks: 'Webhooks',
  api: 'API',
  settings: 'Pengaturan',
  toggle: 'Buka atau tutup menu',
  main: 'Menu utama',
};

export const header = {
  apiOnline: 'API aktif',
  apiOffline: 'API mati',
  apiOnlineHint: 'Aplikasi lain bisa mengirim pesan lewat {{url}}',
  language: 'Bahasa',
  logout: 'Keluar',
};

export const apiError = {
  title: 'API lokal tidak berjalan',
  hint: 'Skrip, Excel, atau aplikasi kasir belum bisa mengirim pesan lewat Wasender. Pilih port lain di Pengaturan, lalu mulai ulang aplikasi.',
  action: 'Buka Pengaturan',
};

export const common = {
  save: 'Simpan',
  cancel: 'Batal',
  copy: 'Salin',
  copied: 'Tersalin',
  retry: 'Coba lagi',
  edit: 'Ubah',
  delete: 'Hapus',
};

export const noDevice = {
  title: 'Tautkan perangkat dulu',
  text: 'Halaman ini butuh setidaknya satu nomor WhatsApp yang tertaut.',
  action: 'Ke halaman Perangkat',
};

export const languages = {
  id: 'Bahasa Indonesia',
  en: 'English',
};

export const countries = {
  ID: 'Indonesia',
  MY: 'Malaysia',
  SG: 'Singapura',
  PH: 'Filipina',
  TH: 'Thailand',
  VN: 'Vietnam',
  IN: 'India',
  AU: 'Australia',
  US: 'Amerika Serikat',
  GB: 'Inggris',
  NL: 'Belanda',
  SA: 'Arab Saudi',
  AE: 'Uni Emirat Arab',
};
